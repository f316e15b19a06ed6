using System.Globalization;
using NordicChina.Sim.Analysis.Statistics;
using NordicChina.Sim.Model.Metrics;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// window.csv: for the heavy-industry window and every sector's, by the end of each simulated year, how many
/// replications' windows had closed (first closed, from window.closing_year), the share, how many were still open,
/// and the Kaplan-Meier median closing year (empty when fewer than half closed within the horizon). The one
/// censored-data view of the closing year (<see cref="ClosingYears"/>), which the report draws.
/// </summary>
public static class ClosingYearTable
{
    public const string File = "window.csv";

    public static readonly string[] Columns = ["sector", "year", "n", "closed", "share_closed", "not_closed", "median_closing_year"];

    public static async Task WriteAsync(RunResult run, string folder)
    {
        await using var csv = CsvOut.Create(Path.Combine(folder, File));
        csv.Row(Columns);
        foreach (var r in Rows(run.Yearly, run.Scenario.StartYear, run.Scenario.EndYear))
            csv.Row([r.Sector, r.Year.ToString(CultureInfo.InvariantCulture), r.N.ToString(CultureInfo.InvariantCulture),
                r.Closed.ToString(CultureInfo.InvariantCulture), CsvOut.Number(r.ShareClosed),
                r.NotClosed.ToString(CultureInfo.InvariantCulture), CsvOut.Number(r.MedianClosingYear)]);
    }

    /// <summary>The table's rows for the replications in <paramref name="yearly"/> (all of a run, or those finished
    /// so far, as the explorer shows them): the heavy-industry window first, then each sector, years in order.</summary>
    public static IEnumerable<ClosingYearRow> Rows(YearlyValues yearly, int startYear, int endYear)
    {
        foreach (var (key, years) in yearly.Values.Where(kv => kv.Key.Metric == MetricCatalogue.WindowClosingYear && kv.Key.Year == MetricKey.Horizon)
                     .OrderBy(kv => kv.Key.Sector == MetricCatalogue.HeavySector ? -2 : kv.Key.Sector))
        {
            double median = ClosingYears.Median(years);
            for (int y = startYear; y <= endYear; y++)
            {
                int closed = years.Count(v => !double.IsNaN(v) && v <= y);
                yield return new ClosingYearRow(MetricCatalogue.SectorLabel(key.Sector), y, years.Length, closed, ClosingYears.ShareClosedBy(years, y), years.Length - closed, median);
            }
        }
    }
}
