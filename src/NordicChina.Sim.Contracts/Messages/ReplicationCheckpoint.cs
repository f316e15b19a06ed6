using System.Collections.Immutable;
using NordicChina.Sim.Model.Exchange;

namespace NordicChina.Sim.Contracts.Messages;

/// <summary>
/// A replication's whole state between two ticks: the coordinator's (tick, signals, knowledge flows, window
/// closing years), every agent grain's state, and the metrics of the ticks already run. Restoring it and
/// running on gives the same bytes as never stopping, because every random draw is keyed by
/// (seed, replication, entity, tick, purpose) and nothing else carries over between ticks.
/// </summary>
[GenerateSerializer, Immutable, Alias("ncs.ReplicationCheckpoint")]
public sealed record ReplicationCheckpoint(
    [property: Id(0)] ReplicationSpec Spec,
    [property: Id(1)] int NextTick,
    [property: Id(2)] int InitialAgents,
    [property: Id(3)] int Agents,
    [property: Id(4)] long AgentSteps,
    [property: Id(5)] ImmutableArray<TickMetrics> History,
    [property: Id(6)] ImmutableArray<RegionSignal> Signals,
    [property: Id(7)] KnowledgeFlows Flows,
    [property: Id(8)] ImmutableArray<int> ClosingYears,
    [property: Id(9)] ImmutableArray<byte[]> Regions,
    [property: Id(10)] ImmutableArray<byte[]> Funds,
    [property: Id(11)] ImmutableArray<byte[]> Countries);
