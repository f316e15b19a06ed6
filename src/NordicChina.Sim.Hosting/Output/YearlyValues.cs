using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Metrics;

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

    /// <summary>Per-replication values of a key, or null when the run never wrote it.</summary>
    public double[]? Get(MetricKey key) => _values.GetValueOrDefault(key);
}
