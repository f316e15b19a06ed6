namespace NordicChina.Sim.Scenarios;

/// <summary>
/// A history-matching calibration (docs/calibration.md): the targets files to match (each names its scenario), the
/// parameters to vary with their ranges, and the budget: replications per design point, waves, design points per
/// wave, candidate points per wave, the implausibility cutoff and the ensemble size. <paramref name="FitFrom"/> and
/// <paramref name="FitTo"/> restrict the fit to the moments whose years all lie inside them (the rest are predicted
/// out of sample). Everything is deterministic from <paramref name="Seed"/>.
/// </summary>
public sealed record CalibrationSpec(
    string Name,
    string Path,
    ulong Seed,
    IReadOnlyList<string> TargetFiles,
    IReadOnlyList<FittedParameter> Parameters,
    int Replications,
    int Waves,
    int DesignPoints,
    int Candidates,
    double Cutoff,
    int Ensemble,
    int FitFrom,
    int FitTo)
{
    /// <summary>Whether a moment with these years is fitted (all its years inside the fit years).</summary>
    public bool Fits(TargetMoment m) =>
        m.FromYear >= FitFrom && m.ToYear <= FitTo
        && (m.RelativeFrom is not { } f || (f >= FitFrom && m.RelativeTo <= FitTo));

    /// <summary>What the targets are matched with: the model's mean (default) or one realisation.</summary>
    public TargetMatch Match { get; init; } = TargetMatch.Mean;

    /// <summary>The budget of each twin experiment: half the calibration's (default) or all of it.</summary>
    public TwinBudget TwinBudget { get; init; } = TwinBudget.Half;

    /// <summary>Replications per design point of each targets file (parallel to <see cref="TargetFiles"/>; null where the
    /// spec's <see cref="Replications"/> applies): a file whose moments are noisier (ratios of lumpy yearly series)
    /// can run more replications per point than the rest (the spec's <c>targets: - { file, replications }</c>).</summary>
    public IReadOnlyList<int?> TargetReplications { get; init; } = [];

    /// <summary>Replications per design point (and per final run) of targets file <paramref name="file"/>.</summary>
    public int ReplicationsFor(int file) => file < TargetReplications.Count && TargetReplications[file] is { } r ? r : Replications;

    /// <summary>Seeds of each design point's replications: the scenario's for every point (default) or its own.</summary>
    public DesignSeeds DesignSeeds { get; init; } = DesignSeeds.Common;

    /// <summary>Which largest per-target implausibility the waves' emulator screens use: 1 = the maximum (default),
    /// 2 = the second largest, tolerating one poorly emulated target at a point (Vernon, Goldstein &amp; Bower 2010).
    /// The final runs are always judged by the maximum over their simulated targets.</summary>
    public int ImplausibilityRank { get; init; } = 1;

    /// <summary>Confirmation of the accepted final runs (0 = none, the default): each is run again on seeds of its own
    /// with this many times each file's replications and kept only if its simulated moments are still all within the
    /// cutoff. A final run of a lumpy moment can pass on a lucky draw whose estimated variance is itself large; more
    /// replications shrink both, so that the ensemble holds points whose model mean fits, not draws that did.</summary>
    public int Confirm { get; init; }

    /// <summary>How many times each file's replications the fit table's runs of every accepted member use (1, the
    /// default: the files' own). The fit table judges the ensemble's mean against each target's tolerance; a lumpy
    /// moment's mean over a few members at 8 replications each carries a Monte Carlo error of the order of that
    /// tolerance, which more replications shrink. The waves, the final runs and the ensemble do not change.</summary>
    public int PredictionFactor { get; init; } = 1;
}
