using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>A Parquet file's rows, every row group in order, as comma-separated text (doubles round-trip, NULL as an empty field as in
/// CSV, a NaN as "NaN" so that it never passes for a missing value),
/// and its key-value metadata.</summary>
public static class ParquetRows
{
    public static async Task<(List<string> Rows, IReadOnlyDictionary<string, string> Metadata)> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<string>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            var columns = new List<Array>();
            foreach (DataField f in fields)
            {
                if (f.ClrType == typeof(int)) { var a = new int[n]; await group.ReadAsync<int>(f, a); columns.Add(a); }
                else if (f.ClrType == typeof(double) && f.IsNullable) { var a = new double?[n]; await group.ReadAsync<double>(f, a); columns.Add(a); }
                else if (f.ClrType == typeof(double)) { var a = new double[n]; await group.ReadAsync<double>(f, a); columns.Add(a); }
                else if (f.ClrType == typeof(bool)) { var a = new bool[n]; await group.ReadAsync<bool>(f, a); columns.Add(a); }
                else { var a = new string[n]; await group.ReadAsync(f, a); columns.Add(a); }
            }
            for (int r = 0; r < n; r++)
                rows.Add(string.Join(',', columns.Select(c => Text(c.GetValue(r)))));
        }
        return (rows, reader.CustomMetadata);
    }

    private static string Text(object? v) => v switch
    {
        double d => double.IsNaN(d) ? "NaN" : d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        null => "",
        _ => v.ToString()!,
    };
}
