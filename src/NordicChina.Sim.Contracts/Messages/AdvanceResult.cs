using System.Collections.Immutable;

namespace NordicChina.Sim.Contracts.Messages;

/// <summary>The ticks a coordinator ran in one Advance call, and whether the replication is finished.</summary>
[GenerateSerializer, Immutable, Alias("ncs.AdvanceResult")]
public sealed record AdvanceResult(
    [property: Id(0)] ImmutableArray<TickMetrics> Ticks,
    [property: Id(1)] bool Finished,
    [property: Id(2)] long AgentSteps);
