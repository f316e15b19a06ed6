namespace NordicChina.Sim.Analysis.Comparison;

/// <summary>
/// Splits the spread of a result across replications into a stochastic part (the model's own random numbers) and a
/// parametric part (parameter uncertainty), for runs whose replications come in pairs that share a parameter set:
/// replications 2k and 2k + 1 form pair k. One-way random-effects ANOVA with groups of two (Searle, Casella &amp;
/// McCulloch 1992, ch. 3): the within-pair variance estimates the stochastic variance,
/// σ²<sub>s</sub> = Σ<sub>k</sub> (x<sub>2k</sub> − x<sub>2k+1</sub>)² / (2K), and the parametric variance is what the
/// total sample variance of the 2K values (n − 1 divisor) has beyond it, σ²<sub>p</sub> = max(0, σ²<sub>total</sub> − σ²<sub>s</sub>).
/// </summary>
/// <remarks>Only complete pairs count: a pair with a missing (NaN or infinite) value, and the unpaired last replication
/// of an odd count, are left out. With fewer than two complete pairs nothing is estimated (all NaN).</remarks>
/// <param name="Pairs">Complete pairs used (K).</param>
/// <param name="TotalVariance">Sample variance of the 2K values.</param>
/// <param name="StochasticVariance">σ²<sub>s</sub>, the within-pair variance.</param>
/// <param name="ParametricVariance">σ²<sub>p</sub> = max(0, total − σ²<sub>s</sub>).</param>
public sealed record VarianceDecomposition(int Pairs, double TotalVariance, double StochasticVariance, double ParametricVariance)
{
    /// <summary>The fewest complete pairs a decomposition needs.</summary>
    public const int MinPairs = 2;

    /// <summary>No estimate (too few complete pairs).</summary>
    public static VarianceDecomposition None { get; } = new(0, double.NaN, double.NaN, double.NaN);

    /// <summary>Standard deviation of the stochastic part, √σ²<sub>s</sub>.</summary>
    public double SdStochastic => Math.Sqrt(StochasticVariance);

    /// <summary>Standard deviation of the parametric part, √σ²<sub>p</sub>.</summary>
    public double SdParametric => Math.Sqrt(ParametricVariance);

    /// <summary>The parametric share of the variance, σ²<sub>p</sub> / (σ²<sub>p</sub> + σ²<sub>s</sub>); NaN when both are 0.</summary>
    public double ShareParametric =>
        ParametricVariance + StochasticVariance is var sum && sum > 0 ? ParametricVariance / sum : double.NaN;

    /// <summary>Decomposes per-replication values (element r from replication r).</summary>
    public static VarianceDecomposition Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var pairs = new List<(double A, double B)>(values.Count / 2);
        for (int k = 0; 2 * k + 1 < values.Count; k++)
        {
            double a = values[2 * k], b = values[2 * k + 1];
            if (double.IsFinite(a) && double.IsFinite(b)) pairs.Add((a, b));
        }
        if (pairs.Count < MinPairs) return None with { Pairs = pairs.Count };

        double mean = 0;
        foreach (var (a, b) in pairs) mean += a + b;
        mean /= 2 * pairs.Count;
        double total = 0, within = 0;
        foreach (var (a, b) in pairs)
        {
            total += (a - mean) * (a - mean) + (b - mean) * (b - mean);
            within += (a - b) * (a - b);
        }
        total /= 2 * pairs.Count - 1;
        within /= 2 * pairs.Count;
        return new VarianceDecomposition(pairs.Count, total, within, Math.Max(0, total - within));
    }

    /// <summary>Decomposes the paired differences scenario − baseline, replication by replication.</summary>
    public static VarianceDecomposition OfDifferences(IReadOnlyList<double> baseline, IReadOnlyList<double> scenario)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scenario);
        if (baseline.Count != scenario.Count) throw new ArgumentException("baseline and scenario must have one value per replication each");
        var d = new double[baseline.Count];
        for (int r = 0; r < d.Length; r++) d[r] = scenario[r] - baseline[r];
        return Of(d);
    }
}
