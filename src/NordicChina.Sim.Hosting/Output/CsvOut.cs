using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// The one CSV writer and reader of every nordicsim output (metrics, summary, comparison, sweep, sensitivity, points,
/// calibration, and the point files of a resumable experiment), built on Sep: RFC 4180 quoting (a field holding a
/// comma, a quote or a line break is quoted, quotes doubled), UTF-8 without BOM, "\n" line ends, invariant culture,
/// doubles in the shortest round-trip form. Missing values (NaN in memory) are written as an empty field, never
/// <c>NA</c> or <c>NaN</c>; reading gives NaN for an empty field.
/// </summary>
public sealed class CsvOut : IDisposable, IAsyncDisposable
{
    private readonly StreamWriter _text;
    private readonly SepWriter _sep;

    private CsvOut(StreamWriter text)
    {
        _text = text;
        _sep = Sep.New(',').Writer(o => o with
        {
            Escape = true,
            WriteHeader = false,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).To(text, leaveOpen: true);
    }

    /// <summary>Creates (or replaces) <paramref name="path"/>.</summary>
    public static CsvOut Create(string path) =>
        new(new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" });

    /// <summary>Writes one row of text fields (the header, or a row without numbers).</summary>
    public void Row(params ReadOnlySpan<string> fields)
    {
        using var row = _sep.NewRow();
        for (int i = 0; i < fields.Length; i++) row[i].Set(fields[i]);
    }

    /// <summary>A new row; set its fields with <see cref="Set(SepWriter.Row, int, string)"/> and the other setters,
    /// and dispose it to end it.</summary>
    public SepWriter.Row NewRow() => _sep.NewRow();

    public static void Set(SepWriter.Row row, int col, string text) => row[col].Set(text);

    public static void Set(SepWriter.Row row, int col, int value) => row[col].Format(value);

    public static void Set(SepWriter.Row row, int col, ulong value) => row[col].Format(value);

    /// <summary>A double in its shortest round-trip form; empty for NaN (missing).</summary>
    public static void Set(SepWriter.Row row, int col, double value)
    {
        if (double.IsNaN(value)) row[col].Set(ReadOnlySpan<char>.Empty);
        else row[col].Format(value);
    }

    /// <summary>A double as nordicsim writes it in CSV: shortest round-trip, invariant culture; "" for NaN (missing).</summary>
    public static string Number(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A boolean as nordicsim writes it in CSV: true or false (the Table Schema boolean's default values).</summary>
    public static string Bool(bool b) => b ? "true" : "false";

    /// <summary>A field read back: NaN for an empty field (missing), otherwise the number (invariant culture).</summary>
    public static double ParseNumber(string text) =>
        text.Length == 0 ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Whether a field is a number or empty (missing).</summary>
    public static bool IsNumberOrMissing(string text) =>
        text.Length == 0 || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>Every record of a CSV text (header included), unquoted, with the line each starts on.</summary>
    public static List<(int Line, string[] Fields)> ReadText(string text) => Shared.CsvRecords.Read(text);

    /// <summary>Every record of a CSV file (header included), unquoted.</summary>
    public static List<string[]> ReadFile(string path) => ReadText(File.ReadAllText(path, Encoding.UTF8)).Select(r => r.Fields).ToList();

    /// <summary>One record as CSV text, without the line end (quoted where needed).</summary>
    public static string Line(params ReadOnlySpan<string> fields)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var sep = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = false, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).To(sw, leaveOpen: true))
        using (var row = sep.NewRow())
            for (int i = 0; i < fields.Length; i++) row[i].Set(fields[i]);
        return sw.ToString().TrimEnd('\n');
    }

    public void Dispose()
    {
        _sep.Dispose();
        _text.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _sep.Dispose();
        await _text.DisposeAsync();
    }
}
