namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>One final run of <see cref="HistoryMatching"/>.</summary>
/// <param name="Point">The input point, in the parameters' own units.</param>
/// <param name="Output">The simulated outputs there.</param>
/// <param name="Implausibility">Implausibility of the simulated outputs (no emulator).</param>
public sealed record EnsembleMember(IReadOnlyList<double> Point, SimulatorOutput Output, ImplausibilityMeasure Implausibility)
{
    /// <summary>Implausibility of the confirmation run (the same point again, on seeds of its own and with more
    /// replications), when the calibration confirms its final runs; null otherwise.</summary>
    public ImplausibilityMeasure? Confirmation { get; init; }

    /// <summary>True when the simulated outputs are within the cutoff, and so are the confirmation run's if there is one.</summary>
    public bool Accepted => Implausibility.NonImplausible && (Confirmation?.NonImplausible ?? true);
}
