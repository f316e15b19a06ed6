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
}
