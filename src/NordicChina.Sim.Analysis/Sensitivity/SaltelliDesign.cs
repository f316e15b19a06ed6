using NordicChina.Sim.Analysis.Randomness;

namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// Saltelli sampling for first-order and total Sobol' indices (Saltelli 2002, "Making best use of model
/// evaluations to compute sensitivity indices", Comput. Phys. Commun. 145:280–297; Saltelli et al. 2010,
/// "Variance based sensitivity analysis of model output. Design and estimator for the total sensitivity index",
/// Comput. Phys. Commun. 181:259–270).
/// </summary>
/// <remarks>
/// <para>
/// Two independent N × k matrices A and B are drawn by plain Monte Carlo from <see cref="SeededRandom"/>
/// (row j of A, then row j of B, so a larger N with the same seed extends a smaller design). For each parameter i,
/// AB<sub>i</sub> is A with column i taken from B. Total cost N(k + 2) model runs.
/// Plain Monte Carlo keeps the rows independent and identically distributed, which is what the row bootstrap in
/// <see cref="SobolAnalysis"/> assumes (a quasi-random design would make those intervals conservative but
/// not meaningful as sampling intervals).
/// </para>
/// <para>
/// Flat order (as in SALib without second-order terms): row j (0…N−1) contributes k + 2 consecutive points
/// A<sub>j</sub>, AB<sub>1,j</sub>, …, AB<sub>k,j</sub>, B<sub>j</sub>, i.e.
/// <see cref="IndexOfA"/>(j) = j(k + 2), <see cref="IndexOfAB"/>(j, i) = j(k + 2) + 1 + i,
/// <see cref="IndexOfB"/>(j) = j(k + 2) + k + 1 (i zero-based).
/// </para>
/// </remarks>
public sealed class SaltelliDesign
{
    private SaltelliDesign(IReadOnlyList<ParameterRange> parameters, int baseSamples, ulong seed,
        double[][] unitPoints, double[][] points)
    {
        Parameters = parameters;
        BaseSamples = baseSamples;
        Seed = seed;
        UnitPoints = unitPoints;
        Points = points;
    }

    /// <summary>The k parameters, in the column order of every point.</summary>
    public IReadOnlyList<ParameterRange> Parameters { get; }

    /// <summary>N, the number of rows of A and B.</summary>
    public int BaseSamples { get; }

    /// <summary>Seed the design was drawn from.</summary>
    public ulong Seed { get; }

    /// <summary>k + 2 points per row.</summary>
    public int PointsPerRow => Parameters.Count + 2;

    /// <summary>All N(k + 2) points on the unit hypercube in flat order. Read, do not modify.</summary>
    public IReadOnlyList<double[]> UnitPoints { get; }

    /// <summary>
    /// All N(k + 2) points scaled to the parameter ranges, in flat order; evaluate the model on these and pass
    /// the outputs in the same order to <see cref="SobolAnalysis.Analyze"/>. Read, do not modify.
    /// </summary>
    public IReadOnlyList<double[]> Points { get; }

    /// <summary>Flat index of row <paramref name="row"/> of A.</summary>
    public int IndexOfA(int row) => row * PointsPerRow;

    /// <summary>Flat index of row <paramref name="row"/> of AB<sub>i</sub> (A with column <paramref name="parameter"/> from B).</summary>
    public int IndexOfAB(int row, int parameter) => row * PointsPerRow + 1 + parameter;

    /// <summary>Flat index of row <paramref name="row"/> of B.</summary>
    public int IndexOfB(int row) => row * PointsPerRow + PointsPerRow - 1;

    /// <summary>Draws a Saltelli design.</summary>
    /// <param name="parameters">The k ≥ 1 parameters and their ranges (inputs independent and uniform).</param>
    /// <param name="baseSamples">N ≥ 2 rows of A and B; the indices' error shrinks like 1/√N.</param>
    /// <param name="seed">Seed of the <see cref="SeededRandom"/> drawing A and B.</param>
    public static SaltelliDesign Create(IReadOnlyList<ParameterRange> parameters, int baseSamples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0) throw new ArgumentException("At least one parameter is needed.", nameof(parameters));
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);

        var ranges = parameters.ToArray();
        int k = ranges.Length;
        int perRow = k + 2;
        var rng = new SeededRandom(seed);
        // Sized in long arithmetic before anything is allocated: N(k+2) overflows int for large N.
        long points = (long)baseSamples * perRow;
        if (points > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(baseSamples), baseSamples, $"{baseSamples} base samples of {k} parameters make {points} points, more than an array holds.");
        var unit = new double[points][];

        for (int j = 0; j < baseSamples; j++)
        {
            var a = new double[k];
            var b = new double[k];
            for (int i = 0; i < k; i++) a[i] = rng.NextDouble();
            for (int i = 0; i < k; i++) b[i] = rng.NextDouble();

            int row = j * perRow;
            unit[row] = a;
            for (int i = 0; i < k; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                unit[row + 1 + i] = ab;
            }
            unit[row + perRow - 1] = b;
        }

        var scaled = new double[unit.Length][];
        for (int n = 0; n < unit.Length; n++)
        {
            scaled[n] = new double[k];
            for (int i = 0; i < k; i++) scaled[n][i] = ranges[i].FromUnit(unit[n][i]);
        }

        return new SaltelliDesign(Array.AsReadOnly(ranges), baseSamples, seed, unit, scaled);
    }
}
