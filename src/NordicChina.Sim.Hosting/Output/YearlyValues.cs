using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// Every metric's value per replication for each year and for the whole horizon: flows summed over the year's
/// (the horizon's) ticks, stocks at the year's (the horizon's) last tick, final metrics as written. NaN where a
/// replication has no value. Built replication by replication as each finishes, so ticks need not be kept; it holds
/// one double per key (about 11,000 keys in the baseline: each point written, per year and for the horizon) per replication.
/// </summary>
public sealed class YearlyValues(int replications)
{
    private readonly SortedDictionary<MetricKey, double[]> _values = new();

    public int Replications { get; } = replications;

    public IReadOnlyDictionary<MetricKey, double[]> Values => _values;

    /// <summary>Adds one replication's ticks (all of them, in tick order; once per replication). Not thread-safe.</summary>
    public void Add(int replication, IReadOnlyList<TickMetrics> ticks)
    {
        foreach (var tick in ticks)
        {
            var b = tick.Metrics;
            for (int i = 0; i < b.Count; i++)
            {
                bool flow = MetricCatalogue.Get(b.Metric[i]).Kind == MetricKind.Flow;
                Accumulate(new MetricKey(b.Metric[i], tick.Year, b.Region[i], b.Sector[i]), replication, b.Value[i], flow);
                Accumulate(new MetricKey(b.Metric[i], MetricKey.Horizon, b.Region[i], b.Sector[i]), replication, b.Value[i], flow);
            }
        }
    }

    private void Accumulate(MetricKey key, int replication, double value, bool flow)
    {
        if (!_values.TryGetValue(key, out var values))
        {
            values = new double[Replications];
            Array.Fill(values, flow ? 0 : double.NaN);
            _values[key] = values;
        }
        values[replication] = flow ? values[replication] + value : value;
    }

    /// <summary>Adds one value of one replication at a tick of <paramref name="year"/> (ticks of a replication in tick
    /// order), to the year's and the horizon's key: what <see cref="Add"/> does for each point, for values read back
    /// from metrics.csv (<see cref="MetricsReader"/>).</summary>
    public void AddPoint(int replication, int metric, int year, int region, int sector, double value)
    {
        bool flow = MetricCatalogue.Get(metric).Kind == MetricKind.Flow;
        Accumulate(new MetricKey(metric, year, region, sector), replication, value, flow);
        Accumulate(new MetricKey(metric, MetricKey.Horizon, region, sector), replication, value, flow);
    }

    /// <summary>
    /// The values over the years <paramref name="from"/>..<paramref name="until"/> (inclusive): the years outside are
    /// left out, and the horizon key holds the window's values: a flow summed over its years, a stock at the end of
    /// <paramref name="until"/>, and a final value (the window's closing year) as written when it is at most
    /// <paramref name="until"/>, else missing (not reached by then).
    /// </summary>
    public YearlyValues Window(int from, int until)
    {
        var w = new YearlyValues(Replications);
        foreach (var (key, values) in _values)
        {
            if (key.Year == MetricKey.Horizon)
            {
                var def = MetricCatalogue.Get(key.Metric);
                if (def.Kind == MetricKind.Final)
                    w._values[key] = values.Select(v => v <= until ? v : double.NaN).ToArray();
                else if (def.Kind == MetricKind.Stock)
                {
                    if (_values.TryGetValue(key with { Year = until }, out var end)) w._values[key] = (double[])end.Clone();
                }
                else
                {
                    var sum = new double[Replications];
                    bool any = false;
                    for (int y = from; y <= until; y++)
                        if (_values.TryGetValue(key with { Year = y }, out var year))
                        {
                            any = true;
                            for (int r = 0; r < Replications; r++) sum[r] += year[r];
                        }
                    if (any) w._values[key] = sum;
                }
            }
            else if (key.Year >= from && key.Year <= until) w._values[key] = (double[])values.Clone();
        }
        return w;
    }

    /// <summary>Region index of the first group's keys (<see cref="WithGroups"/>): group g's keys have region <c>GroupRegion + g</c>.</summary>
    public const int GroupRegion = 1000;

    /// <summary>
    /// These values plus, for every additive metric (<see cref="MetricDefinition.Additive"/>) and every group, the
    /// sum over the group's regions per replication (a region without the value counts as nothing; missing when
    /// none of them has it), under region <see cref="GroupRegion"/> + the group's position.
    /// </summary>
    public YearlyValues WithGroups(IReadOnlyList<RegionGroup> groups)
    {
        var w = new YearlyValues(Replications);
        foreach (var (key, values) in _values) w._values[key] = (double[])values.Clone();
        if (groups.Count == 0) return w;
        foreach (var (key, values) in _values)
        {
            if (key.Region < 0 || key.Region >= Regions.Count || !MetricCatalogue.Get(key.Metric).Additive) continue;
            for (int g = 0; g < groups.Count; g++)
            {
                if (!groups[g].Members.Contains(key.Region)) continue;
                var gk = key with { Region = GroupRegion + g };
                if (!w._values.TryGetValue(gk, out var sum))
                {
                    sum = new double[Replications];
                    Array.Fill(sum, double.NaN);
                    w._values[gk] = sum;
                }
                for (int r = 0; r < Replications; r++)
                    if (!double.IsNaN(values[r])) sum[r] = double.IsNaN(sum[r]) ? values[r] : sum[r] + values[r];
            }
        }
        return w;
    }

    /// <summary>Per-replication values of a key, or null when the run never wrote it.</summary>
    public double[]? Get(MetricKey key) => _values.GetValueOrDefault(key);
}
