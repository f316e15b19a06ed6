namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Settings of <see cref="HistoryMatching"/>; every default is stated on its property.</summary>
public sealed record HistoryMatchingOptions
{
    /// <summary>Seed of every random choice (designs, candidates, jitter, ensemble); default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Maximum number of waves (≥ 1); default 5.</summary>
    public int MaxWaves { get; init; } = 5;

    /// <summary>Runs in the wave-1 maximin Latin hypercube; null (default) for 10·d.</summary>
    public int? FirstWaveDesignSize { get; init; }

    /// <summary>Runs in each later wave's design; null (default) for 10·d.</summary>
    public int? WaveDesignSize { get; init; }

    /// <summary>Most runs an emulator is trained on (the newest are kept; each wave's own design always fits when it
    /// is smaller); default 300.</summary>
    public int MaxTrainingRuns { get; init; } = 300;

    /// <summary>Uniform (Latin hypercube) candidates screened in every wave to find the non-implausible space and
    /// estimate its volume; default 10 000.</summary>
    public int CandidateCount { get; init; } = 10_000;

    /// <summary>Non-implausible points kept per wave (topped up by a random walk when the uniform candidates yield fewer);
    /// default 2000, raised to <see cref="EnsembleSize"/> if that is larger.</summary>
    public int PoolSize { get; init; } = 2000;

    /// <summary>Implausibility cutoff; default 3.</summary>
    public double Cutoff { get; init; } = 3;

    /// <summary>1 = combine outputs by the maximum (default), 2 = second maximum, ….</summary>
    public int ImplausibilityRank { get; init; } = 1;

    /// <summary>The rank by which the final runs' simulated outputs are judged; null (default) for
    /// <see cref="ImplausibilityRank"/>. A higher rank in the waves tolerates an emulator's error at one output; a
    /// simulated run has no emulator error to tolerate, so 1 (the maximum) holds every final run to every target.</summary>
    public int? EnsembleRank { get; init; }

    /// <summary>
    /// Stop after a wave when, for every output, the median over the non-implausible pool of
    /// Var_emulator(x) / (Var_obs + Var_discrepancy + Var_ensemble + Var_design) is below this; default 0.1 (further waves
    /// could then barely shrink the space: the denominator is dominated by the other variances).
    /// </summary>
    public double StopVarianceRatio { get; init; } = 0.1;

    /// <summary>Points run at the end and returned (accepted when their simulated outputs are non-implausible);
    /// default 200.</summary>
    public int EnsembleSize { get; init; } = 200;

    /// <summary>Random-walk proposal sd, per input, as a multiple of the current point set's sd in that input
    /// (unit-cube scale, at least 0.002); default 0.5.</summary>
    public double JitterScale { get; init; } = 0.5;

    /// <summary>Lowest-implausibility candidates that seed the tempered search when fewer than this many candidates
    /// are non-implausible; default 100.</summary>
    public int SeedCount { get; init; } = 100;

    /// <summary>Maximum rounds of the tempered search (each lowers the threshold towards the cutoff); default 40.</summary>
    public int MaxTemperingRounds { get; init; } = 40;

    /// <summary>Random-walk Metropolis sweeps over the pool when it had to be filled by copies; default 10.</summary>
    public int MixingSweeps { get; init; } = 10;

    /// <summary>Uniform-candidate acceptances below which the volume is estimated by the sequential pass rate of the
    /// previous pool instead of the uniform fraction; default 50.</summary>
    public int MinimumUniformAccepted { get; init; } = 50;

    /// <summary>Bound on |standardised LOO error| in the diagnostics; default 3.</summary>
    public double DiagnosticThreshold { get; init; } = 3;

    /// <summary>
    /// True when the simulator runs every design point's replications with the same seeds (common random numbers)
    /// and reports each output mean's variance (<see cref="SimulatorOutput.MeanVariances"/>); default false. A mean
    /// over R replications then carries an error that neighbouring points share (and, in good part, every point: a
    /// seed that makes one year lumpy does so across the box). The emulator cannot tell that error from the signal:
    /// it learns f + e, not f, and a shared offset goes into its regression mean. Each wave therefore adds
    /// Var_design, the mean over its training runs of the reported mean variances, to the denominator of its
    /// emulators' implausibility. The final ensemble runs are judged on their own simulated outputs and variances.
    /// </summary>
    public bool CommonRandomNumbers { get; init; }

    /// <summary>Emulator fitting options.</summary>
    public EmulatorOptions Emulator { get; init; } = new();
}
