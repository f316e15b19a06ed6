using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Metrics;

namespace NordicChina.Sim.Grains;

/// <summary>Collects one grain's metric points for a tick, for one region (or "all").</summary>
internal sealed class MetricAccumulator(int region)
{
    private readonly List<MetricPoint> _points = new();

    public void Add(int metric, double value, int sector = MetricPoint.All) => _points.Add(new MetricPoint(metric, region, sector, value));

    public void Add(int metric, int atRegion, int sector, double value) => _points.Add(new MetricPoint(metric, atRegion, sector, value));

    public MetricBatch ToBatch() => MetricBatch.From(_points);
}
