using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>One replication of a <see cref="RecordedRun"/> with all its ticks in tick order.</summary>
public sealed record RecordedReplication(int Replication, int Agents, long AgentSteps, IReadOnlyList<TickMetrics> Ticks);
