using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace NordicChina.Sim.Reporting.Input;

/// <summary>A CSV file read into memory: a header and rows of fields (RFC 4180 quoting, InvariantCulture numbers).</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static CsvTable Load(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var lines = ParseRecords(text, out var lineNumbers);
        if (lines.Count == 0)
        {
            return new CsvTable([], []);
        }

        var header = lines[0].Select(h => h.Trim()).ToArray();
        var rows = new List<string[]>();
        for (var i = 1; i < lines.Count; i++)
        {
            var r = lines[i];
            if (r.Length == 1 && r[0].Length == 0)
            {
                continue;
            }

            // nordicsim writes every row with the header's fields: anything else is a truncated or damaged file,
            // which would otherwise give a report with rows silently missing.
            if (r.Length != header.Length)
            {
                throw new InvalidDataException($"{path}:{lineNumbers[i]}: {r.Length} field(s) where the header has {header.Length}; the file is truncated or damaged.");
            }

            rows.Add(r);
        }

        return new CsvTable(header, rows);
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public int Column(string column) =>
        _columns.TryGetValue(column, out var index)
            ? index
            : throw new InvalidDataException($"CSV column '{column}' is missing (header: {string.Join(",", Header)}).");

    /// <summary>The series a row is about: its metric, or for a row with a destination (talent.flow) metric&gt;DESTINATION
    /// (e.g. talent.flow&gt;USA), so that the destinations of one origin stay apart.</summary>
    public static string SeriesName(CsvTable csv, string[] row, int metric)
    {
        string name = Field(row, metric).Trim();
        string destination = csv.Has("destination") ? Field(row, csv.Column("destination")).Trim() : "";
        return destination.Length == 0 ? name : name + ">" + destination;
    }

    /// <summary>The field of a row, or "" when the row is short.</summary>
    public static string Field(string[] row, int index) => index >= 0 && index < row.Length ? row[index] : "";

    /// <summary>A number in InvariantCulture; NaN for an empty field (nordicsim's missing value), "NA" (older files and
    /// hand-made ones) or unparsable text.</summary>
    public static double Number(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || t.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
    }

    /// <summary>Every record, unquoted, with the line it starts on (<see cref="Shared.CsvRecords"/>, the project's one
    /// CSV reader).</summary>
    private static List<string[]> ParseRecords(string text, out List<int> lineNumbers)
    {
        var records = Shared.CsvRecords.Read(text);
        lineNumbers = [.. records.Select(r => r.Line)];
        return [.. records.Select(r => r.Fields)];
    }
}
