using NordicChina.Sim.Model.Exchange;

namespace NordicChina.Sim.Contracts.Messages;

/// <summary>All metrics of one tick of one replication, in canonical order.</summary>
[GenerateSerializer, Immutable, Alias("ncs.TickMetrics")]
public sealed record TickMetrics(
    [property: Id(0)] int Tick,
    [property: Id(1)] int Year,
    [property: Id(2)] int Period,
    [property: Id(3)] MetricBatch Metrics);
