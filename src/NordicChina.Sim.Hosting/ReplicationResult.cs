namespace NordicChina.Sim.Hosting;

/// <summary>What a finished replication leaves in a <see cref="RunResult"/>: its size and cost. Its ticks went to the
/// run's sink and its values to the run's <see cref="Output.YearlyValues"/> (from which the headline table is measured).</summary>
public sealed record ReplicationResult(int Replication, int Agents, long AgentSteps);
