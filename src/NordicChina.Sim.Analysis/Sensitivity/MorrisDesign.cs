using NordicChina.Sim.Analysis.Randomness;

namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// Morris (1991) one-at-a-time trajectory design ("Factorial sampling plans for preliminary computational
/// experiments", Technometrics 33(2):161–174) for k parameters, r trajectories and p grid levels.
/// </summary>
/// <remarks>
/// <para>
/// Grid: each unit coordinate takes one of the p levels {0, 1/(p−1), …, 1}; p must be even so that the step
/// Δ = p / (2(p − 1)) is a whole number (p/2) of grid intervals and every level is sampled equally often
/// (Morris 1991; Saltelli et al. 2008, "Global Sensitivity Analysis. The Primer", §3.3).
/// </para>
/// <para>
/// One trajectory (equivalent to Morris' B* = (J x* + (Δ/2)[(2B − J) D* + J]) P*): draw each coordinate of the start
/// point x⁽⁰⁾ uniformly from the p levels; a coordinate in the lower half of the grid will move up by +Δ, one in the
/// upper half down by −Δ; visit the parameters in a uniformly random order π and move parameter π(m) at step m,
/// giving k + 1 points x⁽⁰⁾…x⁽ᵏ⁾ in which consecutive points differ in exactly one coordinate by ±Δ.
/// </para>
/// <para>
/// Points are stored trajectory by trajectory: point m (0…k) of trajectory t (0…r−1) has flat index
/// t·(k + 1) + m, so a caller evaluates <see cref="Points"/> as a flat list and hands the outputs, in the same
/// order, to <see cref="MorrisAnalysis.Analyze"/>. Total evaluations: r·(k + 1).
/// </para>
/// </remarks>
public sealed class MorrisDesign
{
    /// <summary>Default number of grid levels (p = 4, Morris 1991; Saltelli et al. 2008).</summary>
    public const int DefaultLevels = 4;

    private readonly int[][] _changed;
    private readonly double[][] _steps;

    private MorrisDesign(
        IReadOnlyList<ParameterRange> parameters, int trajectories, int levels, ulong seed,
        double[][] unitPoints, double[][] points, int[][] changed, double[][] steps)
    {
        Parameters = parameters;
        Trajectories = trajectories;
        Levels = levels;
        Seed = seed;
        UnitPoints = unitPoints;
        Points = points;
        _changed = changed;
        _steps = steps;
    }

    /// <summary>The k parameters, in the column order of every point.</summary>
    public IReadOnlyList<ParameterRange> Parameters { get; }

    /// <summary>Number of trajectories r.</summary>
    public int Trajectories { get; }

    /// <summary>Number of grid levels p.</summary>
    public int Levels { get; }

    /// <summary>Seed the design was drawn from.</summary>
    public ulong Seed { get; }

    /// <summary>Step on the unit hypercube, Δ = p / (2(p − 1)).</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    /// <summary>k + 1 points per trajectory.</summary>
    public int PointsPerTrajectory => Parameters.Count + 1;

    /// <summary>
    /// All r·(k + 1) points on the unit hypercube, trajectory-major. The arrays belong to the design: read, do not modify.
    /// </summary>
    public IReadOnlyList<double[]> UnitPoints { get; }

    /// <summary>
    /// All r·(k + 1) points scaled to the parameter ranges (x = low + u·(high − low)), in the order of
    /// <see cref="UnitPoints"/>. Evaluate the model on these. The arrays belong to the design: read, do not modify.
    /// </summary>
    public IReadOnlyList<double[]> Points { get; }

    /// <summary>Flat index of point <paramref name="step"/> (0…k) of trajectory <paramref name="trajectory"/>.</summary>
    public int IndexOf(int trajectory, int step) => trajectory * PointsPerTrajectory + step;

    /// <summary>Index of the parameter that moves between points step − 1 and step (step = 1…k).</summary>
    public int ChangedParameter(int trajectory, int step) => _changed[trajectory][step - 1];

    /// <summary>Signed unit-hypercube move (+Δ or −Δ) between points step − 1 and step (step = 1…k).</summary>
    public double UnitStep(int trajectory, int step) => _steps[trajectory][step - 1];

    /// <summary>Draws a Morris design.</summary>
    /// <param name="parameters">The k ≥ 1 parameters and their ranges.</param>
    /// <param name="trajectories">r ≥ 2 trajectories (10–50 is usual; at least 2 are needed for σ).</param>
    /// <param name="seed">Seed of the <see cref="SeededRandom"/> that draws start points, directions and orders.</param>
    /// <param name="levels">Even number p ≥ 2 of grid levels, default 4.</param>
    public static MorrisDesign Create(
        IReadOnlyList<ParameterRange> parameters, int trajectories, ulong seed, int levels = DefaultLevels)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0) throw new ArgumentException("At least one parameter is needed.", nameof(parameters));
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "Morris levels p must be even and at least 2.");

        var ranges = parameters.ToArray();
        int k = ranges.Length;
        int half = levels / 2;
        double delta = levels / (2.0 * (levels - 1));
        var rng = new SeededRandom(seed);

        // Sized in long arithmetic before anything is allocated: r(k+1) overflows int for large r.
        long points = (long)trajectories * (k + 1);
        if (points > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(trajectories), trajectories, $"{trajectories} trajectories of {k} parameters make {points} points, more than an array holds.");
        var unit = new double[points][];
        var scaled = new double[unit.Length][];
        var changed = new int[trajectories][];
        var steps = new double[trajectories][];
        var level = new int[k];
        var order = new int[k];

        for (int t = 0; t < trajectories; t++)
        {
            for (int i = 0; i < k; i++) level[i] = rng.Next(levels);
            for (int i = 0; i < k; i++) order[i] = i;
            rng.ShuffleInPlace(order.AsSpan());

            changed[t] = (int[])order.Clone();
            steps[t] = new double[k];
            int index = t * (k + 1);
            unit[index] = ToUnit(level, levels - 1);
            for (int m = 0; m < k; m++)
            {
                int i = order[m];
                bool up = level[i] < half;
                level[i] += up ? half : -half;
                steps[t][m] = up ? delta : -delta;
                unit[index + m + 1] = ToUnit(level, levels - 1);
            }
        }

        for (int n = 0; n < unit.Length; n++)
        {
            scaled[n] = new double[k];
            for (int i = 0; i < k; i++) scaled[n][i] = ranges[i].FromUnit(unit[n][i]);
        }

        return new MorrisDesign(Array.AsReadOnly(ranges), trajectories, levels, seed, unit, scaled, changed, steps);
    }

    private static double[] ToUnit(int[] level, int intervals)
    {
        var u = new double[level.Length];
        for (int i = 0; i < u.Length; i++) u[i] = level[i] / (double)intervals;
        return u;
    }
}
