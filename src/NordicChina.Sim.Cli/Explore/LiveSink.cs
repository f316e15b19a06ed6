using System.Diagnostics;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>
/// The explorer's live view of a run: the headline indicators (<see cref="HeadlineTable"/>, the console's and the
/// report's list) from the start to every year, over every replication that has reached that year, so the lines grow
/// year by year while replications run and the 95% band narrows as more replications arrive. A replication still
/// running counts for the years it has completed; its closing year so far is the first year a tick had the window
/// closed (what the model records at the end). Each finished replication replaces its running values with its final
/// ones. Updates from running replications are measured at most every <see cref="MinInterval"/>.
/// </summary>
public sealed class LiveSink(ScenarioDefinition scenario) : IRunSink
{
    /// <summary>The least time between two measurements from running replications (a finished one is always measured).</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(100);

    private readonly object _gate = new();
    private readonly SortedDictionary<int, Replication> _replications = new();
    private readonly HashSet<int> _metrics = HeadlineMetrics();
    private readonly Stopwatch _sinceMeasured = Stopwatch.StartNew();
    private readonly IReadOnlyList<HeadlineRow>?[] _rows = new IReadOnlyList<HeadlineRow>?[scenario.EndYear - scenario.StartYear + 1];
    private readonly string?[] _signatures = new string?[scenario.EndYear - scenario.StartYear + 1];
    private int _versions;

    /// <summary>The latest series (null before the first year of any replication is complete).</summary>
    public volatile IReadOnlyList<LiveSeries>? Series;

    /// <summary>How many times <see cref="Series"/> has been replaced.</summary>
    public int Updates => Volatile.Read(ref _updates);
    private int _updates;

    public ValueTask TicksArrivedAsync(int replication, IReadOnlyList<TickMetrics> ticksSoFar, CancellationToken cancel)
    {
        int complete = ticksSoFar.Count / scenario.TicksPerYear * scenario.TicksPerYear;
        lock (_gate)
        {
            if (!_replications.TryGetValue(replication, out var r) || r.Ticks > complete)
                _replications[replication] = r = new Replication { Version = ++_versions };   // first batch, or a new attempt after a failure
            if (r.Finished || complete == r.Ticks) return ValueTask.CompletedTask;
            var fresh = new List<TickMetrics>(complete - r.Ticks);
            for (int t = r.Ticks; t < complete; t++) fresh.Add(ticksSoFar[t]);
            r.Values.Add(0, fresh);
            foreach (var tick in fresh) r.NoteClosing(tick);
            r.Ticks = complete;
            r.LastYear = ticksSoFar[complete - 1].Year;
            r.Refresh(_metrics);   // same version: the years it had completed keep their values
            if (_sinceMeasured.Elapsed < MinInterval) return ValueTask.CompletedTask;
            Publish();
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ReplicationFinishedAsync(int replication, IReadOnlyList<TickMetrics> ticks, CancellationToken cancel)
    {
        var r = new Replication { Finished = true, LastYear = scenario.EndYear, Ticks = ticks.Count };
        r.Values.Add(0, ticks);
        lock (_gate)
        {
            // The same version as its running values when it had some: the years it had completed keep theirs (the same
            // ticks give the same flows and stocks, and its closing year is the first tick with the window closed, as
            // the model's), so only the years it had not reached are measured again.
            r.Version = _replications.TryGetValue(replication, out var running) && !running.Finished ? running.Version : ++_versions;
            r.Refresh(_metrics);
            _replications[replication] = r;
            Publish();
        }
        return ValueTask.CompletedTask;
    }

    private void Publish()
    {
        Series = Measure();
        _sinceMeasured.Restart();
        Interlocked.Increment(ref _updates);
    }

    private IReadOnlyList<LiveSeries> Measure()
    {
        // Only the years whose replications changed are measured again: a batch adds one replication to the years it
        // completed, and a finished replication's values for the years it had already completed are the same.
        var all = _replications.Values.ToList();
        var series = new List<LiveSeries>();
        for (int year = scenario.StartYear; year <= scenario.EndYear; year++)
        {
            var reached = all.Where(r => r.LastYear >= year).ToList();
            int y = year - scenario.StartYear;
            string signature = string.Join(',', reached.Select(r => r.Version));
            if (_rows[y] is null || _signatures[y] != signature)
            {
                _rows[y] = Headlines(reached, year);
                _signatures[y] = signature;
            }
            var rows = _rows[y]!;
            for (int i = 0; i < rows.Count; i++)
            {
                if (series.Count <= i) series.Add(new LiveSeries(rows[i].Title, rows[i].Unit, []));
                else series[i] = series[i] with { Title = rows[i].Title };   // the last year's title ("..., end of <last year>")
                var point = reached.Count == 0 ? new LivePoint(year, 0, null, null, null)
                    : new LivePoint(year, rows[i].N, Json.Finite(rows[i].Mean), Json.Finite(rows[i].Ci95Low), Json.Finite(rows[i].Ci95High));
                series[i].Points.Add(point);
            }
        }
        return series;
    }

    /// <summary>The headline table from the start to <paramref name="year"/> over the replications that reached it.</summary>
    private IReadOnlyList<HeadlineRow> Headlines(List<Replication> reached, int year)
    {
        var sofar = new YearlyValues(reached.Count);
        for (int i = 0; i < reached.Count; i++)
        {
            var r = reached[i];
            foreach (var (key, value) in r.Headline)
            {
                if (key.Year > year && MetricCatalogue.Get(key.Metric).Kind != MetricKind.Final) continue;
                sofar.AddPoint(i, key.Metric, key.Year, key.Region, key.Sector, value);
            }
            if (!r.Finished)
                foreach (var (sector, closed) in r.Closing)
                    sofar.AddPoint(i, MetricCatalogue.WindowClosingYear, r.LastYear, MetricPoint.All, sector, closed);
        }
        return HeadlineTable.Of(scenario, sofar, scenario.StartYear, year, []);
    }

    /// <summary>The metrics the headline indicators read (with the window's stock, from which a running replication's
    /// closing year comes).</summary>
    private static HashSet<int> HeadlineMetrics()
    {
        var names = HeadlineTable.Definitions(HeadlineTable.Groups([]), 0).Select(d => d.Metric).ToHashSet(StringComparer.Ordinal);
        var ids = MetricCatalogue.All.Where(m => names.Contains(m.Name)).Select(m => m.Id).ToHashSet();   // every destination's series
        ids.Add(MetricCatalogue.WindowClosingYear);
        return ids;
    }

    /// <summary>One replication's values so far (one replication's <see cref="YearlyValues"/>).</summary>
    private sealed class Replication
    {
        public YearlyValues Values { get; } = new(1);
        public int Ticks { get; set; }
        public int LastYear { get; set; } = int.MinValue;
        public bool Finished { get; init; }

        /// <summary>Changes when values it had already given may change (a new attempt), not when a batch adds a year or it finishes.</summary>
        public int Version { get; set; }

        /// <summary>The values of the headline metrics, per year (the horizon left out).</summary>
        public List<(MetricKey Key, double Value)> Headline { get; } = new();

        public void Refresh(HashSet<int> metrics)
        {
            Headline.Clear();
            foreach (var (key, values) in Values.Values)
                if (key.Year != MetricKey.Horizon && metrics.Contains(key.Metric) && !double.IsNaN(values[0])) Headline.Add((key, values[0]));
        }

        /// <summary>Per sector (heavy included), the year of the first tick with the window closed.</summary>
        public SortedDictionary<int, double> Closing { get; } = new();

        public void NoteClosing(TickMetrics tick)
        {
            var b = tick.Metrics;
            for (int i = 0; i < b.Count; i++)
                if (b.Metric[i] == MetricCatalogue.WindowOpen && b.Value[i] == 0 && !Closing.ContainsKey(b.Sector[i]))
                    Closing[b.Sector[i]] = tick.Year;
        }
    }
}
