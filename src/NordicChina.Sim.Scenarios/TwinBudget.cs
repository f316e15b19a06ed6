namespace NordicChina.Sim.Scenarios;

/// <summary>The budget of each twin experiment (the spec's <c>twin_budget:</c>, docs/calibration.md).</summary>
public enum TwinBudget
{
    /// <summary>At most 2 waves of half the design points and an ensemble of at most 60: ten twins cost about three
    /// calibrations. The default.</summary>
    Half,

    /// <summary>The calibration's own budget (its waves, design points and ensemble): the twins' emulators are then as
    /// good as the ones they check, at about ten calibrations' cost.</summary>
    Full,
}
