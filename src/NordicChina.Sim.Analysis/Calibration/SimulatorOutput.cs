namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>The simulator's outputs at one input point.</summary>
/// <param name="Means">One value per target (for a stochastic simulator the mean over its replications).</param>
/// <param name="MeanVariances">Optional variance of each value in <paramref name="Means"/> (for a mean of r
/// replications, the replication variance / r); when given, the emulators treat it as known noise of that run.</param>
public sealed record SimulatorOutput(IReadOnlyList<double> Means, IReadOnlyList<double>? MeanVariances = null);
