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
        var s = run.Scenario;
        await using var csv = CsvOut.Create(Path.Combine(folder, File));
        csv.Row(Columns);
        foreach (var (key, years) in run.Yearly.Values.Where(kv => kv.Key.Metric == MetricCatalogue.WindowClosingYear && kv.Key.Year == MetricKey.Horizon)
                     .OrderBy(kv => kv.Key.Sector == MetricCatalogue.HeavySector ? -2 : kv.Key.Sector))
        {
            string median = CsvOut.Number(ClosingYears.Median(years));
            for (int y = s.StartYear; y <= s.EndYear; y++)
            {
                int closed = years.Count(v => !double.IsNaN(v) && v <= y);
                csv.Row([MetricCatalogue.SectorLabel(key.Sector), y.ToString(CultureInfo.InvariantCulture), years.Length.ToString(CultureInfo.InvariantCulture),
                    closed.ToString(CultureInfo.InvariantCulture), CsvOut.Number(ClosingYears.ShareClosedBy(years, y)),
                    (years.Length - closed).ToString(CultureInfo.InvariantCulture), median]);
            }
        }
    }
}
