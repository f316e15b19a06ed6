using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// Elementary-effects screening (Morris 1991) on the outputs of a <see cref="MorrisDesign"/>, with μ, μ*
/// (Campolongo, Cariboni &amp; Saltelli 2007, "An effective screening design for sensitivity analysis of large
/// models", Environ. Model. Softw. 22:1509–1518) and σ, plus a bootstrap interval for μ*.
/// </summary>
/// <remarks>
/// <para>
/// For trajectory t and step m, parameter i = π<sub>t</sub>(m) moves by Δu = ±Δ on the unit hypercube and
/// EE<sub>i</sub><sup>(t)</sup> = (y(x⁽ᵐ⁾) − y(x⁽ᵐ⁻¹⁾)) / Δu, i.e. the output change per full parameter range
/// (the convention of Saltelli et al. 2008 and SALib). Then
/// μ<sub>i</sub> = (1/r) Σ<sub>t</sub> EE<sub>i</sub><sup>(t)</sup>,
/// μ*<sub>i</sub> = (1/r) Σ<sub>t</sub> |EE<sub>i</sub><sup>(t)</sup>|,
/// σ<sub>i</sub> = √( Σ<sub>t</sub> (EE<sub>i</sub><sup>(t)</sup> − μ<sub>i</sub>)² / (r − 1) ).
/// </para>
/// <para>
/// Non-finite outputs are missing: an elementary effect touching one is NaN and left out of that parameter's
/// measures (so r above becomes the number of defined effects).
/// </para>
/// <para>
/// The μ* interval is a percentile bootstrap (Efron &amp; Tibshirani 1993): draw r trajectories with replacement,
/// recompute μ*, repeat B times, take the (1−level)/2 and (1+level)/2 quantiles (as in SALib, whose default
/// resamples are also 1000, but with percentiles instead of a normal approximation).
/// </para>
/// </remarks>
public static class MorrisAnalysis
{
    /// <summary>Default number of bootstrap resamples.</summary>
    public const int DefaultBootstrapSamples = 1000;

    /// <summary>Computes μ, μ*, σ and the bootstrap interval of μ* for every parameter.</summary>
    /// <param name="design">The design the outputs were computed on.</param>
    /// <param name="outputs">One output per point of <see cref="MorrisDesign.Points"/>, in the same order.</param>
    /// <param name="bootstrapSamples">Number of bootstrap resamples B ≥ 1, default 1000.</param>
    /// <param name="bootstrapSeed">Seed of the resampling; default derived from the design's seed.</param>
    /// <param name="confidenceLevel">Coverage of the μ* interval, default 0.95.</param>
    public static MorrisResult Analyze(
        MorrisDesign design,
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
        int r = design.Trajectories;

        // ee[i][t]: the elementary effect of parameter i in trajectory t.
        var ee = new double[k][];
        for (int i = 0; i < k; i++) ee[i] = new double[r];
        for (int t = 0; t < r; t++)
        {
            for (int m = 1; m <= k; m++)
            {
                double before = outputs[design.IndexOf(t, m - 1)];
                double after = outputs[design.IndexOf(t, m)];
                double effect = double.IsFinite(before) && double.IsFinite(after)
                    ? (after - before) / design.UnitStep(t, m)
                    : double.NaN;
                ee[design.ChangedParameter(t, m)][t] = effect;
            }
        }

        ulong seed = bootstrapSeed ?? SeededRandom.DeriveSeed(design.Seed, 1);
        return Summarise(design.Parameters.Select(p => p.Name).ToArray(), ee, design.Levels, design.Delta, bootstrapSamples, seed, confidenceLevel);
    }

    /// <summary>μ, μ*, σ and the bootstrap interval of μ* from a matrix of elementary effects ee[factor][trajectory]
    /// (NaN where missing); shared by <see cref="Analyze"/> and <see cref="GroupMorrisAnalysis"/>.</summary>
    internal static MorrisResult Summarise(IReadOnlyList<string> names, double[][] ee, int levels, double delta,
        int bootstrapSamples, ulong seed, double confidenceLevel)
    {
        int k = names.Count;
        int r = k == 0 ? 0 : ee[0].Length;
        var rng = new SeededRandom(seed);
        var replicates = new double[k][];
        for (int i = 0; i < k; i++) replicates[i] = new double[bootstrapSamples];
        var pick = new int[r];
        for (int b = 0; b < bootstrapSamples; b++)
        {
            for (int j = 0; j < r; j++) pick[j] = rng.Next(r);
            for (int i = 0; i < k; i++)
            {
                double sum = 0;
                int n = 0;
                foreach (int t in pick)
                {
                    double e = ee[i][t];
                    if (!double.IsFinite(e)) continue;
                    sum += Math.Abs(e);
                    n++;
                }
                replicates[i][b] = n == 0 ? double.NaN : sum / n;
            }
        }

        var indices = new MorrisIndices[k];
        for (int i = 0; i < k; i++)
        {
            double[] defined = ee[i].Where(double.IsFinite).ToArray();
            double mu = defined.Length == 0 ? double.NaN : defined.Average();
            double muStar = defined.Length == 0 ? double.NaN : defined.Average(Math.Abs);
            double sigma = double.NaN;
            if (defined.Length >= 2)
            {
                double ss = 0;
                foreach (double e in defined) ss += (e - mu) * (e - mu);
                sigma = Math.Sqrt(ss / (defined.Length - 1));
            }
            indices[i] = new MorrisIndices(
                names[i],
                mu,
                muStar,
                sigma,
                Bootstrap.PercentileInterval(replicates[i], confidenceLevel),
                Array.AsReadOnly(ee[i]));
        }

        return new MorrisResult(Array.AsReadOnly(indices), r, levels, delta, bootstrapSamples, seed);
    }
}
