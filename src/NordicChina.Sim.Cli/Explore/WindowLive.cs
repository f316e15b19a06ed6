using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>
/// The explorer's window view of a run, over the replications finished so far: Sweden's and China's AI capability
/// and Sweden's lead per heavy-industry sector (and their heavy-industry mean) each year, described across
/// replications as summary.csv does (<see cref="Description"/>), and the closing year's table as window.csv gives it
/// (<see cref="ClosingYearTable.Rows"/>, the one censored convention). Once every replication has finished, the
/// numbers are those of the run's summary.csv and window.csv.
/// </summary>
public sealed class WindowLive(ScenarioDefinition scenario) : IRunSink
{
    private static readonly int[] Metrics = [MetricCatalogue.CapabilitySweden, MetricCatalogue.CapabilityChina, MetricCatalogue.WindowGap, MetricCatalogue.WindowClosingYear];
    private readonly YearlyValues _arrived = new(scenario.Replications);
    private readonly bool[] _done = new bool[scenario.Replications];
    private readonly object _gate = new();

    /// <summary>The latest view (null before the first replication finishes).</summary>
    public volatile WindowSnapshot? Latest;

    public ValueTask ReplicationFinishedAsync(int replication, IReadOnlyList<TickMetrics> ticks, CancellationToken cancel)
    {
        lock (_gate)
        {
            // Only the window's metrics are kept (a few hundred values a replication).
            foreach (var tick in ticks)
            {
                var b = tick.Metrics;
                for (int i = 0; i < b.Count; i++)
                    if (Array.IndexOf(Metrics, b.Metric[i]) >= 0) _arrived.AddPoint(replication, b.Metric[i], tick.Year, b.Region[i], b.Sector[i], b.Value[i]);
            }
            _done[replication] = true;
            Latest = Measure();
        }
        return ValueTask.CompletedTask;
    }

    private WindowSnapshot Measure()
    {
        // The finished replications, in replication order, as a run of their own.
        int[] finished = [.. Enumerable.Range(0, _done.Length).Where(r => _done[r])];
        var sofar = new YearlyValues(finished.Length);
        foreach (var (key, values) in _arrived.Values)
        {
            if (key.Year == MetricKey.Horizon) continue;
            // Missing values too (a window not closed): the closing year's key must exist when no replication closed.
            for (int i = 0; i < finished.Length; i++) sofar.AddPoint(i, key.Metric, key.Year, key.Region, key.Sector, values[finished[i]]);
        }

        var sectors = new List<WindowSector>();
        foreach (int sector in Sectors.All.Where(s => s.HeavyIndustry).Select(s => s.Index).Prepend(MetricCatalogue.HeavySector))
        {
            List<WindowPoint> Series(int metric)
            {
                var points = new List<WindowPoint>();
                for (int year = scenario.StartYear; year <= scenario.EndYear; year++)
                {
                    var values = sofar.Get(new MetricKey(metric, year, MetricPoint.All, sector));
                    if (values is null) continue;
                    var d = Description.Of(values);
                    points.Add(new WindowPoint(year, d.N, Json.Finite(d.Mean), Json.Finite(d.Ci95Low), Json.Finite(d.Ci95High)));
                }
                return points;
            }
            string code = MetricCatalogue.SectorLabel(sector);
            string name = sector == MetricCatalogue.HeavySector ? "Heavy industry (mean of the heavy-industry sectors)" : Sectors.All[sector].Name;
            sectors.Add(new WindowSector(code, name, Series(MetricCatalogue.CapabilitySweden), Series(MetricCatalogue.CapabilityChina), Series(MetricCatalogue.WindowGap)));
        }
        var closing = ClosingYearTable.Rows(sofar, scenario.StartYear, scenario.EndYear)
            .Select(r => new WindowClosing(r.Sector, r.Year, r.N, r.Closed, Json.Finite(r.ShareClosed), r.NotClosed, Json.Finite(r.MedianClosingYear))).ToList();
        return new WindowSnapshot(finished.Length, sectors, closing);
    }
}
