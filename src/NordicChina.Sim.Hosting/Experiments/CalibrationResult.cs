using NordicChina.Sim.Analysis.Calibration;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>A finished calibration: fitted values (in the order of the targets' parameters), the fit, and the search.</summary>
public sealed record CalibrationResult(IReadOnlyList<double> Start, IReadOnlyList<double> Fitted, MomentFitResult Fit, int Evaluations, bool Converged);
