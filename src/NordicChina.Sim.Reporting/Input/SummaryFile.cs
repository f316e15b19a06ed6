using System.Globalization;

namespace NordicChina.Sim.Reporting.Input;

/// <summary>summary.csv of a run: yearly means with 95% confidence intervals, looked up by metric, region and sector.</summary>
internal sealed class SummaryFile
{
    private readonly Dictionary<(string Metric, string Region, string Sector), List<SummaryRow>> _series;

    private SummaryFile(Dictionary<(string, string, string), List<SummaryRow>> series) => _series = series;

    public static SummaryFile Load(string path)
    {
        var csv = CsvTable.Load(path);
        int metric = csv.Column("metric"), year = csv.Column("year"), region = csv.Column("region"),
            sector = csv.Column("sector"), n = csv.Column("n"), mean = csv.Column("mean"), sd = csv.Column("sd"),
            low = csv.Column("ci95_low"), high = csv.Column("ci95_high"),
            share = csv.Has("share_parametric") ? csv.Column("share_parametric") : -1;
        var series = new Dictionary<(string, string, string), List<SummaryRow>>();
        foreach (var r in csv.Rows)
        {
            // Rows whose year is not a number (e.g. "total") are not part of a time series.
            if (!int.TryParse(CsvTable.Field(r, year).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y))
            {
                continue;
            }

            var row = new SummaryRow(
                CsvTable.SeriesName(csv, r, metric),
                y,
                CsvTable.Field(r, region).Trim(),
                CsvTable.Field(r, sector).Trim(),
                CsvTable.Number(CsvTable.Field(r, n)),
                CsvTable.Number(CsvTable.Field(r, mean)),
                CsvTable.Number(CsvTable.Field(r, sd)),
                CsvTable.Number(CsvTable.Field(r, low)),
                CsvTable.Number(CsvTable.Field(r, high)),
                share < 0 ? double.NaN : CsvTable.Number(CsvTable.Field(r, share)));
            var key = (row.Metric, row.Region, row.Sector);
            if (!series.TryGetValue(key, out var list))
            {
                list = [];
                series[key] = list;
            }

            list.Add(row);
        }

        foreach (var list in series.Values)
        {
            list.Sort((a, b) => a.Year.CompareTo(b.Year));
        }

        return new SummaryFile(series);
    }

    /// <summary>The yearly rows of one metric, region and sector in year order; empty when absent.</summary>
    public IReadOnlyList<SummaryRow> Series(string metric, string region, string sector) =>
        _series.TryGetValue((metric, region, sector), out var list) ? list : [];
}
