using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Reads values out of a run for assertions.</summary>
public static class RunMetrics
{
    public static double Value(RecordedReplication rep, int tick, int metric, int region = MetricPoint.All, int sector = MetricPoint.All)
    {
        var b = rep.Ticks[tick].Metrics;
        for (int i = 0; i < b.Count; i++)
            if (b.Metric[i] == metric && b.Region[i] == region && b.Sector[i] == sector) return b.Value[i];
        throw new KeyNotFoundException($"{MetricCatalogue.Get(metric).Name} {region}/{sector} missing at tick {tick}");
    }

    /// <summary>Sum over all ticks and replications.</summary>
    public static double Total(RecordedRun run, int metric, int region = MetricPoint.All, int sector = MetricPoint.All) =>
        run.Replications.Sum(rep => Enumerable.Range(0, rep.Ticks.Count).Sum(t => Value(rep, t, metric, region, sector)));

    public static IEnumerable<int> RegionIndices => Regions.All.Select(r => r.Index);
}
