namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>What one wave of <see cref="HistoryMatching"/> did.</summary>
/// <param name="Wave">1-based wave number.</param>
/// <param name="DesignSize">Simulator runs made in this wave.</param>
/// <param name="TrainingSize">Runs the wave's emulators were trained on (this wave's plus earlier runs still
/// non-implausible).</param>
/// <param name="Emulators">The wave's emulators, one per target.</param>
/// <param name="Diagnostics">Leave-one-out diagnostics of each emulator.</param>
/// <param name="Cutoff">The implausibility cutoff used.</param>
/// <param name="NonImplausibleFraction">Estimated fraction of the original box that is non-implausible after this
/// wave (see <see cref="HistoryMatching"/> for the estimator).</param>
/// <param name="PoolSize">Non-implausible points kept for the next design.</param>
/// <param name="UniformAccepted">Uniform candidates found non-implausible (of <see cref="HistoryMatchingOptions.CandidateCount"/>).</param>
/// <param name="TemperingRounds">Rounds of the tempered search needed to reach the cutoff (0 when the uniform
/// candidates and the previous pool gave enough non-implausible seeds).</param>
/// <param name="VarianceRatios">Per output, the median over the pool of Var_emulator / (other variances).</param>
/// <param name="DesignVariances">Per output, the variance of the design outputs' shared error added to this wave's
/// implausibility denominator (all 0 unless <see cref="HistoryMatchingOptions.CommonRandomNumbers"/>).</param>
public sealed record HistoryMatchingWave(
    int Wave,
    int DesignSize,
    int TrainingSize,
    IReadOnlyList<GaussianProcessEmulator> Emulators,
    IReadOnlyList<EmulatorDiagnostics> Diagnostics,
    double Cutoff,
    double NonImplausibleFraction,
    int PoolSize,
    int UniformAccepted,
    int TemperingRounds,
    IReadOnlyList<double> VarianceRatios,
    IReadOnlyList<double> DesignVariances);
