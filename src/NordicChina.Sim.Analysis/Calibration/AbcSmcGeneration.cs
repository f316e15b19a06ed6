namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>One population of <see cref="AbcSmc"/>.</summary>
/// <param name="Index">0 for the prior sample, then 1, 2, ….</param>
/// <param name="Tolerance">ε of this generation (+∞ for the prior sample).</param>
/// <param name="Simulations">Simulator runs spent on this generation.</param>
/// <param name="AcceptanceRate">Accepted particles / runs.</param>
/// <param name="Particles">Accepted parameter vectors.</param>
/// <param name="Weights">Normalised importance weights (sum 1).</param>
/// <param name="Distances">Distance of each particle's simulated summaries to the observed ones.</param>
public sealed record AbcSmcGeneration(
    int Index,
    double Tolerance,
    int Simulations,
    double AcceptanceRate,
    IReadOnlyList<double[]> Particles,
    IReadOnlyList<double> Weights,
    IReadOnlyList<double> Distances)
{
    /// <summary>Weighted mean of parameter <paramref name="j"/>.</summary>
    public double Mean(int j)
    {
        double s = 0;
        for (int i = 0; i < Particles.Count; i++) s += Weights[i] * Particles[i][j];
        return s;
    }

    /// <summary>Weighted quantile of parameter <paramref name="j"/> (inverse of the weighted empirical CDF).</summary>
    public double Quantile(int j, double p)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie in [0, 1].");
        var order = Enumerable.Range(0, Particles.Count).OrderBy(i => Particles[i][j]).ToArray();
        double cumulative = 0;
        foreach (int i in order)
        {
            cumulative += Weights[i];
            if (cumulative >= p - 1e-12) return Particles[i][j];
        }
        return Particles[order[^1]][j];
    }

    /// <summary>Effective sample size 1/Σw².</summary>
    public double EffectiveSampleSize => 1 / Weights.Sum(w => w * w);
}
