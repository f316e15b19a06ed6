using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>
/// The explorer's live view of a run: each finished replication's yearly values, and after each one the headline
/// indicators (<see cref="HeadlineTable"/>, the console's and the report's list) from the start to every year, over
/// the replications finished so far, so the chart's 95% band narrows as replications arrive.
/// </summary>
public sealed class LiveSink(ScenarioDefinition scenario) : IRunSink
{
    private readonly YearlyValues _arrived = new(scenario.Replications);
    private readonly object _gate = new();
    private int _count;

    /// <summary>The latest series (null before the first replication finishes).</summary>
    public volatile IReadOnlyList<LiveSeries>? Series;

    public ValueTask ReplicationFinishedAsync(int replication, IReadOnlyList<TickMetrics> ticks, CancellationToken cancel)
    {
        lock (_gate)
        {
            _arrived.Add(_count++, ticks);
            Series = Measure();
        }
        return ValueTask.CompletedTask;
    }

    private IReadOnlyList<LiveSeries> Measure()
    {
        var sofar = new YearlyValues(_count);
        foreach (var (key, values) in _arrived.Values)
        {
            if (key.Year == MetricKey.Horizon) continue;
            for (int i = 0; i < _count; i++)
                if (!double.IsNaN(values[i])) sofar.AddPoint(i, key.Metric, key.Year, key.Region, key.Sector, values[i]);
        }
        var series = new List<LiveSeries>();
        for (int year = scenario.StartYear; year <= scenario.EndYear; year++)
        {
            var rows = HeadlineTable.Of(scenario, sofar, scenario.StartYear, year, []);
            for (int i = 0; i < rows.Count; i++)
            {
                if (series.Count <= i) series.Add(new LiveSeries(rows[i].Title, rows[i].Unit, []));
                else series[i] = series[i] with { Title = rows[i].Title };   // the last year's title ("..., end of <last year>")
                series[i].Points.Add(new LivePoint(year, rows[i].N, Json.Finite(rows[i].Mean), Json.Finite(rows[i].Ci95Low), Json.Finite(rows[i].Ci95High)));
            }
        }
        return series;
    }
}
