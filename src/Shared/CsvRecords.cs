using System.Globalization;
using nietras.SeparatedValues;

namespace NordicChina.Sim.Shared;

/// <summary>
/// Reads CSV the way nordicsim writes it (Sep, RFC 4180 quoting, invariant culture): every record unquoted, header
/// included, with the line it starts on; a byte-order mark is skipped and no final line break is needed. One source
/// file compiled into the two projects that read CSV and do not reference each other (Hosting and Reporting).
/// </summary>
internal static class CsvRecords
{
    public static List<(int Line, string[] Fields)> Read(string text)
    {
        var records = new List<(int, string[])>();
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Length == 0) return records;
        using var reader = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).FromText(text);
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (int i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
            records.Add((row.LineNumberFrom, fields));
        }
        return records;
    }
}
