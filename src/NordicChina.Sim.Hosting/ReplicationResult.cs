using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Hosting;

/// <summary>All ticks of one replication, in tick order.</summary>
public sealed record ReplicationResult(int Replication, int Agents, long AgentSteps, IReadOnlyList<TickMetrics> Ticks);
