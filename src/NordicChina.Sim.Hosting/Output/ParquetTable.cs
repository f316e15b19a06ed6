using Parquet;
using Parquet.Schema;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>A column table written as one Parquet row group (Parquet.Net), with key-value metadata stamped into
/// the file footer (seed, program version, scenario hash, parameters). Columns are int, double or string.</summary>
public sealed class ParquetTable
{
    private readonly List<(DataField Field, object Values)> _columns = new();

    public ParquetTable Add(string name, int[] values) { _columns.Add((new DataField<int>(name), values)); return this; }
    public ParquetTable Add(string name, double[] values) { _columns.Add((new DataField<double>(name), values)); return this; }
    public ParquetTable Add(string name, string[] values) { _columns.Add((new DataField<string>(name), values)); return this; }

    public async Task WriteAsync(string path, IReadOnlyDictionary<string, string> metadata)
    {
        var schema = new ParquetSchema(_columns.Select(c => (Field)c.Field).ToArray());
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        writer.CustomMetadata = metadata.ToDictionary();
        using var group = writer.CreateRowGroup();
        foreach (var (field, values) in _columns)
        {
            switch (values)
            {
                case int[] ints: await group.WriteAsync(field, new ReadOnlyMemory<int>(ints)); break;
                case double[] doubles: await group.WriteAsync(field, new ReadOnlyMemory<double>(doubles)); break;
                case string[] strings: await group.WriteAsync(field, strings); break;
            }
        }
    }
}
