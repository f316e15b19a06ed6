using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// First-order and total Sobol' indices (Sobol' 1993, 2001) from the outputs of a <see cref="SaltelliDesign"/>,
/// with percentile bootstrap intervals.
/// </summary>
/// <remarks>
/// <para>With n usable rows and outputs f(A)<sub>j</sub>, f(B)<sub>j</sub>, f(AB<sub>i</sub>)<sub>j</sub>:</para>
/// <para>
/// V = variance of the 2n values f(A) ∪ f(B) (divisor 2n, as in SALib);
/// first order (Saltelli et al. 2010, Table 2 (b)):
/// S<sub>i</sub> = (1/n) Σ<sub>j</sub> f(B)<sub>j</sub> (f(AB<sub>i</sub>)<sub>j</sub> − f(A)<sub>j</sub>) / V;
/// total (Jansen 1999, "Analysis of variance designs for model output", Comput. Phys. Commun. 117:35–43;
/// Saltelli et al. 2010, Table 2 (f)):
/// S<sub>Ti</sub> = (1/(2n)) Σ<sub>j</sub> (f(A)<sub>j</sub> − f(AB<sub>i</sub>)<sub>j</sub>)² / V.
/// </para>
/// <para>
/// Outputs are first centred on the mean of f(A) ∪ f(B). The indices' expectations are unchanged by a shift, but
/// the first-order estimator's variance grows with the square of the output mean without it (SALib also
/// centres). Estimates are not clipped to [0, 1]: small negative values or S<sub>i</sub> slightly above
/// S<sub>Ti</sub> are sampling noise.
/// </para>
/// <para>
/// Rows are the independent unit of the design: a row in which any of its k + 2 outputs is not finite is dropped
/// whole. Intervals: percentile bootstrap (Efron &amp; Tibshirani 1993; Archer, Saltelli &amp; Sobol' 1997)
/// resampling the n rows with replacement B times and recomputing V, S<sub>i</sub> and S<sub>Ti</sub> each time.
/// </para>
/// </remarks>
public static class SobolAnalysis
{
    /// <summary>Default number of bootstrap resamples.</summary>
    public const int DefaultBootstrapSamples = 1000;

    /// <summary>Computes S<sub>i</sub> and S<sub>Ti</sub> with bootstrap intervals for every parameter.</summary>
    /// <param name="design">The design the outputs were computed on.</param>
    /// <param name="outputs">One output per point of <see cref="SaltelliDesign.Points"/>, in the same order.</param>
    /// <param name="bootstrapSamples">Number of bootstrap resamples B ≥ 1, default 1000.</param>
    /// <param name="bootstrapSeed">Seed of the resampling; default derived from the design's seed.</param>
    /// <param name="confidenceLevel">Coverage of the intervals, default 0.95.</param>
    /// <exception cref="ArgumentException">Output count mismatch, or fewer than two usable rows.</exception>
    public static SobolResult Analyze(
        SaltelliDesign design,
        IReadOnlyList<double> outputs,
        int bootstrapSamples = DefaultBootstrapSamples,
        ulong? bootstrapSeed = null,
        double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        Bootstrap.ValidateSamples(bootstrapSamples);
        Bootstrap.ValidateLevel(confidenceLevel);
        if (outputs.Count != design.Points.Count)
            throw new ArgumentException(
                $"The design has {design.Points.Count} points but {outputs.Count} outputs were given.", nameof(outputs));

        int k = design.Parameters.Count;
        var rows = new List<int>(design.BaseSamples);
        for (int j = 0; j < design.BaseSamples; j++)
        {
            bool complete = true;
            for (int p = 0; p < design.PointsPerRow && complete; p++)
                complete = double.IsFinite(outputs[design.IndexOfA(j) + p]);
            if (complete) rows.Add(j);
        }
        int n = rows.Count;
        if (n < 2)
            throw new ArgumentException($"Only {n} design rows have finite outputs; at least 2 are needed.", nameof(outputs));

        var fA = new double[n];
        var fB = new double[n];
        var fAB = new double[k][];
        for (int i = 0; i < k; i++) fAB[i] = new double[n];
        double centre = 0;
        for (int r = 0; r < n; r++)
        {
            int j = rows[r];
            fA[r] = outputs[design.IndexOfA(j)];
            fB[r] = outputs[design.IndexOfB(j)];
            for (int i = 0; i < k; i++) fAB[i][r] = outputs[design.IndexOfAB(j, i)];
            centre += fA[r] + fB[r];
        }
        centre /= 2.0 * n;
        for (int r = 0; r < n; r++)
        {
            fA[r] -= centre;
            fB[r] -= centre;
            for (int i = 0; i < k; i++) fAB[i][r] -= centre;
        }

        var identity = new int[n];
        for (int r = 0; r < n; r++) identity[r] = r;
        var first = new double[k];
        var total = new double[k];
        double variance = Estimate(fA, fB, fAB, identity, first, total);

        ulong seed = bootstrapSeed ?? SeededRandom.DeriveSeed(design.Seed, 2);
        var rng = new SeededRandom(seed);
        var firstReplicates = new double[k][];
        var totalReplicates = new double[k][];
        for (int i = 0; i < k; i++)
        {
            firstReplicates[i] = new double[bootstrapSamples];
            totalReplicates[i] = new double[bootstrapSamples];
        }
        var pick = new int[n];
        var s = new double[k];
        var st = new double[k];
        for (int b = 0; b < bootstrapSamples; b++)
        {
            for (int r = 0; r < n; r++) pick[r] = rng.Next(n);
            Estimate(fA, fB, fAB, pick, s, st);
            for (int i = 0; i < k; i++)
            {
                firstReplicates[i][b] = s[i];
                totalReplicates[i][b] = st[i];
            }
        }

        var indices = new SobolIndices[k];
        for (int i = 0; i < k; i++)
        {
            indices[i] = new SobolIndices(
                design.Parameters[i].Name,
                first[i],
                Bootstrap.PercentileInterval(firstReplicates[i], confidenceLevel),
                total[i],
                Bootstrap.PercentileInterval(totalReplicates[i], confidenceLevel));
        }

        return new SobolResult(Array.AsReadOnly(indices), variance, n, design.BaseSamples, bootstrapSamples, seed);
    }

    /// <summary>
    /// Estimates V, S and ST on the rows listed in <paramref name="pick"/> (with repetitions) in one pass;
    /// <paramref name="first"/> and <paramref name="total"/> receive the indices.
    /// </summary>
    private static double Estimate(double[] fA, double[] fB, double[][] fAB, int[] pick, double[] first, double[] total)
    {
        int n = pick.Length;
        int k = fAB.Length;
        double sum = 0, sumSq = 0;
        Array.Clear(first);
        Array.Clear(total);
        foreach (int r in pick)
        {
            double a = fA[r], b = fB[r];
            sum += a + b;
            sumSq += a * a + b * b;
            for (int i = 0; i < k; i++)
            {
                double change = fAB[i][r] - a;
                first[i] += b * change;
                total[i] += change * change;
            }
        }
        double mean = sum / (2.0 * n);
        double variance = Math.Max(sumSq / (2.0 * n) - mean * mean, 0);
        for (int i = 0; i < k; i++)
        {
            first[i] = variance > 0 ? first[i] / n / variance : double.NaN;
            total[i] = variance > 0 ? total[i] / (2.0 * n) / variance : double.NaN;
        }
        return variance;
    }
}
