namespace NordicChina.Sim.Hosting;

/// <summary>Progress of a run: ticks done over all replications, and replications finished.</summary>
public readonly record struct RunProgress(long TicksDone, long TotalTicks, int ReplicationsDone, int Replications);
