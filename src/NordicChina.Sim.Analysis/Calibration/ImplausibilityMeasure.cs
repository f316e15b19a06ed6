namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Implausibilities of one input point.</summary>
/// <param name="PerOutput">I<sub>k</sub>(x) for every target, in target order.</param>
/// <param name="Combined">The combined measure: the <c>rank</c>-th largest of <paramref name="PerOutput"/>.</param>
/// <param name="NonImplausible">True when <paramref name="Combined"/> ≤ the cutoff.</param>
public sealed record ImplausibilityMeasure(IReadOnlyList<double> PerOutput, double Combined, bool NonImplausible);
