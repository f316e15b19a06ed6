using System.Collections.Immutable;
using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Hosting;

/// <summary>Ticks an <see cref="IReplicationEngine"/> ran in one step (an <see cref="AdvanceResult"/> with the
/// replication's agent count): their metrics in tick order, their agent-steps, and whether the replication is finished.</summary>
public sealed record ReplicationBatch(int Agents, ImmutableArray<TickMetrics> Ticks, long AgentSteps, bool Finished)
{
    public static ReplicationBatch From(int agents, AdvanceResult advance) => new(agents, advance.Ticks, advance.AgentSteps, advance.Finished);
}
