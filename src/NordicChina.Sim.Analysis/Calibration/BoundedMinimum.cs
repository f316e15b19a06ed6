namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Result of <see cref="BoundedNelderMead.Minimize(Func{double[], double}, IReadOnlyList{Sensitivity.ParameterRange})"/>.</summary>
/// <param name="Point">The best point found, inside the bounds (in the parameters' own units).</param>
/// <param name="Value">The objective at <paramref name="Point"/>, the lowest value evaluated.</param>
/// <param name="Iterations">Nelder–Mead iterations summed over the initial run and the restarts, as counted by
/// MathNet's <see cref="MathNet.Numerics.Optimization.NelderMeadSimplex"/> (a run stopped by the budget counts its
/// whole budget).</param>
/// <param name="Evaluations">Calls of the objective function.</param>
/// <param name="Restarts">Restarts performed after the initial run.</param>
/// <param name="Converged">True when the last run met the tolerance and a restart from its best point could not
/// improve on it by more than the tolerance; false when the iteration budget ran out first.</param>
public sealed record BoundedMinimum(
    IReadOnlyList<double> Point,
    double Value,
    int Iterations,
    int Evaluations,
    int Restarts,
    bool Converged);
