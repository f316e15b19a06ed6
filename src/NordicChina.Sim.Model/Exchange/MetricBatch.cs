using System.Collections.Immutable;
using NordicChina.Sim.Model.Metrics;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>Metric points as parallel arrays: compact on the wire, no per-point objects.</summary>
[GenerateSerializer, Immutable, Alias("ncs.MetricBatch")]
public sealed record MetricBatch(
    [property: Id(0)] ImmutableArray<int> Metric,
    [property: Id(1)] ImmutableArray<int> Region,
    [property: Id(2)] ImmutableArray<int> Sector,
    [property: Id(3)] ImmutableArray<double> Value)
{
    public static MetricBatch Empty { get; } = new([], [], [], []);

    public int Count => Metric.Length;

    public static MetricBatch From(IReadOnlyCollection<MetricPoint> points)
    {
        var m = ImmutableArray.CreateBuilder<int>(points.Count);
        var r = ImmutableArray.CreateBuilder<int>(points.Count);
        var s = ImmutableArray.CreateBuilder<int>(points.Count);
        var v = ImmutableArray.CreateBuilder<double>(points.Count);
        foreach (var p in points) { m.Add(p.Metric); r.Add(p.Region); s.Add(p.Sector); v.Add(p.Value); }
        return new MetricBatch(m.MoveToImmutable(), r.MoveToImmutable(), s.MoveToImmutable(), v.MoveToImmutable());
    }

    public void AddTo(List<MetricPoint> target)
    {
        for (int i = 0; i < Metric.Length; i++) target.Add(new MetricPoint(Metric[i], Region[i], Sector[i], Value[i]));
    }
}
