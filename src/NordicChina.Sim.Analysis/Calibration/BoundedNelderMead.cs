using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// Derivative-free minimisation over a box: MathNet's <see cref="NelderMeadSimplex"/> (Nelder &amp; Mead 1965,
/// "A simplex method for function minimization", Comput. J. 7:308–313) run on unbounded variables u that a
/// logistic transform maps into the bounds.
/// </summary>
/// <remarks>
/// <para>
/// Transform (a standard device for bound constraints, e.g. Press et al. 2007 §10.5; Nash 2014 on bounds
/// in Nelder–Mead): x<sub>i</sub> = low<sub>i</sub> + (high<sub>i</sub> − low<sub>i</sub>) · σ(u<sub>i</sub>),
/// σ(u) = 1/(1 + e<sup>−u</sup>), with inverse u<sub>i</sub> = logit((x<sub>i</sub> − low<sub>i</sub>)/(high<sub>i</sub> − low<sub>i</sub>)).
/// Every trial point is therefore inside the box; a minimum on the boundary is approached as u → ±∞ and
/// ends within rounding of the bound. Without a starting point the search starts at the box centre (u = 0).
/// </para>
/// <para>
/// Convergence is MathNet's test on the simplex's objective values,
/// 2|f<sub>max</sub> − f<sub>min</sub>| / (|f<sub>max</sub>| + |f<sub>min</sub>| + 10⁻¹⁰) &lt; tolerance, met on two
/// consecutive iterations. Because a simplex can collapse prematurely (McKinnon 1998), the search restarts from
/// its best point with a fresh simplex until a restart improves the value by no more than the tolerance
/// (relative), or <see cref="MaxRestarts"/> is reached. <see cref="MaxIterations"/> is the budget shared by all
/// runs; when it runs out the best point so far is returned with <see cref="BoundedMinimum.Converged"/> false.
/// </para>
/// <para>
/// A NaN objective value is treated as +∞ (the point is rejected). The objective receives a fresh array on every
/// call. The method is deterministic: no randomness is involved.
/// </para>
/// </remarks>
public sealed class BoundedNelderMead
{
    /// <summary>Fractions of the range closer than this to a bound are moved to it before taking the logit of a start point.</summary>
    private const double EdgeFraction = 1e-12;

    /// <summary>Creates an optimiser.</summary>
    /// <param name="tolerance">Relative tolerance on the simplex's objective values (&gt; 0), default 1e-8.</param>
    /// <param name="maxIterations">Iteration budget over all runs (≥ 1), default 5000.</param>
    /// <param name="maxRestarts">Restarts from the best point after the first run (≥ 0), default 3.</param>
    /// <param name="initialStep">Size of the initial simplex in the transformed variables (&gt; 0), default 0.5;
    /// at the box centre, 0.5 moves a parameter by about 12 % of its range.</param>
    public BoundedNelderMead(double tolerance = 1e-8, int maxIterations = 5000, int maxRestarts = 3, double initialStep = 0.5)
    {
        if (!(tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Tolerance must be positive.");
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRestarts);
        if (!(initialStep > 0) || !double.IsFinite(initialStep))
            throw new ArgumentOutOfRangeException(nameof(initialStep), initialStep, "The initial step must be positive.");
        Tolerance = tolerance;
        MaxIterations = maxIterations;
        MaxRestarts = maxRestarts;
        InitialStep = initialStep;
    }

    /// <summary>Relative tolerance on the simplex's objective values.</summary>
    public double Tolerance { get; }

    /// <summary>Iteration budget shared by the first run and all restarts.</summary>
    public int MaxIterations { get; }

    /// <summary>Maximum number of restarts after the first run.</summary>
    public int MaxRestarts { get; }

    /// <summary>Initial simplex size in the transformed (logit) variables.</summary>
    public double InitialStep { get; }

    /// <summary>Minimises <paramref name="objective"/> over the box, starting at its centre.</summary>
    /// <param name="objective">Function of a point (one value per bound, in the same order).</param>
    /// <param name="bounds">Box bounds, one per parameter.</param>
    public BoundedMinimum Minimize(Func<double[], double> objective, IReadOnlyList<ParameterRange> bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        return Minimize(objective, bounds, bounds.Select(b => (b.Low + b.High) / 2).ToArray());
    }

    /// <summary>Minimises <paramref name="objective"/> over the box from <paramref name="start"/>.</summary>
    /// <param name="objective">Function of a point (one value per bound, in the same order).</param>
    /// <param name="bounds">Box bounds, one per parameter.</param>
    /// <param name="start">Starting point inside the bounds (a point on a bound is nudged 10⁻¹² of the range inside).</param>
    public BoundedMinimum Minimize(
        Func<double[], double> objective, IReadOnlyList<ParameterRange> bounds, IReadOnlyList<double> start)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(bounds);
        ArgumentNullException.ThrowIfNull(start);
        if (bounds.Count == 0) throw new ArgumentException("At least one parameter is needed.", nameof(bounds));
        if (start.Count != bounds.Count)
            throw new ArgumentException($"The start has {start.Count} values for {bounds.Count} bounds.", nameof(start));
        for (int i = 0; i < bounds.Count; i++)
        {
            if (!(start[i] >= bounds[i].Low && start[i] <= bounds[i].High))
                throw new ArgumentOutOfRangeException(
                    nameof(start), $"Start value {start[i]} of '{bounds[i].Name}' is outside [{bounds[i].Low}, {bounds[i].High}].");
        }

        var box = bounds.ToArray();
        int k = box.Length;
        var bestU = new double[k];
        for (int i = 0; i < k; i++) bestU[i] = ToUnbounded(start[i], box[i]);
        double bestValue = double.PositiveInfinity;
        int evaluations = 0;

        double Evaluate(Vector<double> u)
        {
            var x = new double[k];
            for (int i = 0; i < k; i++) x[i] = ToBounded(u[i], box[i]);
            double value = objective(x);
            evaluations++;
            if (double.IsNaN(value)) value = double.PositiveInfinity;
            if (value < bestValue)
            {
                bestValue = value;
                for (int i = 0; i < k; i++) bestU[i] = u[i];
            }
            return value;
        }

        var function = ObjectiveFunction.Value(Evaluate);
        var step = Vector<double>.Build.Dense(k, InitialStep);
        int iterations = 0;
        int restarts = 0;
        bool converged = false;

        for (int run = 0; run <= MaxRestarts; run++)
        {
            int budget = MaxIterations - iterations;
            if (budget <= 0)
            {
                converged = false;
                break;
            }
            double before = bestValue;
            if (run > 0) restarts++;

            var simplex = new NelderMeadSimplex(Tolerance, budget);
            bool runConverged;
            try
            {
                var result = simplex.FindMinimum(function, Vector<double>.Build.DenseOfArray((double[])bestU.Clone()), step);
                iterations += result.Iterations;
                runConverged = result.ReasonForExit == ExitCondition.Converged;
            }
            catch (MaximumIterationsException)
            {
                iterations += budget;
                runConverged = false;
            }

            if (!runConverged)
            {
                converged = false;
                break;
            }
            converged = true;
            if (run > 0 && !Improved(before, bestValue)) break;
            if (run == MaxRestarts && run > 0) converged = false;
        }

        var point = new double[k];
        for (int i = 0; i < k; i++) point[i] = ToBounded(bestU[i], box[i]);
        return new BoundedMinimum(Array.AsReadOnly(point), bestValue, iterations, evaluations, restarts, converged);
    }

    /// <summary>x = low + (high − low)·σ(u), σ(u) = 1/(1 + e<sup>−u</sup>), clamped into the range against rounding.</summary>
    public static double ToBounded(double u, ParameterRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        double sigma = u >= 0 ? 1 / (1 + Math.Exp(-u)) : Math.Exp(u) / (1 + Math.Exp(u));
        return Math.Clamp(range.Low + range.Width * sigma, range.Low, range.High);
    }

    /// <summary>u = logit((x − low)/(high − low)), the fraction first kept 10⁻¹² inside (0, 1).</summary>
    public static double ToUnbounded(double x, ParameterRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        double f = Math.Clamp(range.ToUnit(x), EdgeFraction, 1 - EdgeFraction);
        return Math.Log(f / (1 - f));
    }

    private bool Improved(double before, double after) =>
        before - after > Tolerance * (Math.Abs(before) + Math.Abs(after)) / 2 + 1e-300;
}
