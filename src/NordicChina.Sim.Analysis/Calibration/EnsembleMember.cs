namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>One final run of <see cref="HistoryMatching"/>.</summary>
/// <param name="Point">The input point, in the parameters' own units.</param>
/// <param name="Output">The simulated outputs there.</param>
/// <param name="Implausibility">Implausibility of the simulated outputs (no emulator).</param>
public sealed record EnsembleMember(IReadOnlyList<double> Point, SimulatorOutput Output, ImplausibilityMeasure Implausibility)
{
    /// <summary>True when the simulated outputs are within the cutoff.</summary>
    public bool Accepted => Implausibility.NonImplausible;
}
