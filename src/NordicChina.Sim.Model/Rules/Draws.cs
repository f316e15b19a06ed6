using MathNet.Numerics.Distributions;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Count draws used by the rules, built on MathNet.Numerics distributions. Binomial draws switch to the
/// normal approximation (n p (1-p) &gt; 25) or Poisson (small p) for large n, so a draw costs O(1) whatever
/// the pool size: no rule's cost may grow with the population.
/// </summary>
public static class Draws
{
    public static long Binomial(Random rng, long n, double p)
    {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        if (n <= 64) return MathNet.Numerics.Distributions.Binomial.Sample(rng, p, (int)n);
        double mean = n * p, variance = mean * (1 - p);
        long k = variance > 25
            ? (long)Math.Round(Normal.Sample(rng, mean, Math.Sqrt(variance)))
            : MathNet.Numerics.Distributions.Poisson.Sample(rng, mean);
        return Math.Clamp(k, 0, n);
    }

    public static long Poisson(Random rng, double mean) =>
        mean <= 0 ? 0 : MathNet.Numerics.Distributions.Poisson.Sample(rng, mean);

    /// <summary>Splits n items over categories with the given probabilities (summing to at most 1; the rest
    /// stays unallocated) by sequential conditional binomials, in category order.</summary>
    public static void Multinomial(Random rng, long n, ReadOnlySpan<double> probabilities, Span<long> counts)
    {
        long remaining = n;
        double remainingMass = 1.0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            double pi = probabilities[i];
            if (remaining <= 0 || pi <= 0 || remainingMass <= 0) { counts[i] = 0; continue; }
            long k = Binomial(rng, remaining, Math.Min(1.0, pi / remainingMass));
            counts[i] = k;
            remaining -= k;
            remainingMass -= pi;
        }
    }
}
