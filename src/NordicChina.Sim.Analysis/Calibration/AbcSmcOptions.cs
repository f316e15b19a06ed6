namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Settings of <see cref="AbcSmc"/>; every default is stated on its property.</summary>
public sealed record AbcSmcOptions
{
    /// <summary>Seed of every random choice; default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Particles per generation (≥ 2); default 500.</summary>
    public int Particles { get; init; } = 500;

    /// <summary>Each new tolerance is this quantile of the previous generation's distances; default 0.5.</summary>
    public double ToleranceQuantile { get; init; } = 0.5;

    /// <summary>Stop once the tolerance is at or below this; default 0 (never on this rule).</summary>
    public double TargetTolerance { get; init; }

    /// <summary>Maximum generations after the prior generation; default 10.</summary>
    public int MaxGenerations { get; init; } = 10;

    /// <summary>Stop when a generation's acceptance rate falls below this; default 0.02.</summary>
    public double MinimumAcceptanceRate { get; init; } = 0.02;

    /// <summary>Total simulator runs allowed (the generation under way stops early and is discarded when it is
    /// exceeded); default 200 000.</summary>
    public int MaxSimulations { get; init; } = 200_000;

    /// <summary>Points sent to the simulator per call; null (default) for <see cref="Particles"/>.</summary>
    public int? BatchSize { get; init; }
}
