namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Result of <see cref="MomentFit.Evaluate"/>.</summary>
/// <param name="Distance">D = Σ<sub>j</sub> w<sub>j</sub> ((sim<sub>j</sub> − target<sub>j</sub>) / scale<sub>j</sub>)².</param>
/// <param name="Moments">Per-moment errors, in target order.</param>
public sealed record MomentFitResult(double Distance, IReadOnlyList<MomentError> Moments);
