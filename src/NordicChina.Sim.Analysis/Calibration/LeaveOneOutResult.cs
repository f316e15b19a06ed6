namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// Closed-form leave-one-out predictions of a <see cref="GaussianProcessEmulator"/>'s training outputs (same
/// hyperparameters, regression coefficients re-estimated without the left-out run).
/// </summary>
/// <param name="Observed">The training outputs y<sub>i</sub>.</param>
/// <param name="Means">E[y<sub>i</sub> | y<sub>−i</sub>].</param>
/// <param name="Variances">Var[y<sub>i</sub> | y<sub>−i</sub>], the variance of the run's output, i.e. including
/// its nugget and known noise.</param>
/// <param name="StandardisedErrors">(y<sub>i</sub> − mean<sub>i</sub>)/√variance<sub>i</sub>.</param>
public sealed record LeaveOneOutResult(
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> Variances,
    IReadOnlyList<double> StandardisedErrors);
