using System.Collections.Immutable;

namespace NordicChina.Sim.Contracts.Messages;

/// <summary>A replication ready to advance: from the beginning, or from a checkpoint with the metrics of the
/// ticks already run.</summary>
[GenerateSerializer, Immutable, Alias("ncs.ReplicationStart")]
public sealed record ReplicationStart(
    [property: Id(0)] int Agents,
    [property: Id(1)] int TotalTicks,
    [property: Id(2)] int NextTick,
    [property: Id(3)] long AgentSteps,
    [property: Id(4)] ImmutableArray<TickMetrics> History)
{
    public bool Finished => NextTick >= TotalTicks;
}
