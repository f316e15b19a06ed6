namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>Progress of a sweep or sensitivity run: points done (including those found on disk when resuming).</summary>
public readonly record struct ExperimentProgress(int PointsDone, int Points);
