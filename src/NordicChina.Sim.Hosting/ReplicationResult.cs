namespace NordicChina.Sim.Hosting;

/// <summary>What a finished replication leaves in a <see cref="RunResult"/>: its size and cost, and its values of the
/// console's headlines (<see cref="Output.Headlines"/>, in their order). Its ticks went to the run's sink.</summary>
public sealed record ReplicationResult(int Replication, int Agents, long AgentSteps, IReadOnlyList<double> Headlines);
