using MathNet.Numerics.Distributions;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Count draws used by the rules, built on MathNet.Numerics distributions. A binomial draw uses symmetry
/// (p &gt; 0.5), MathNet's exact sampler for n &lt;= 64, the normal approximation when n p (1-p) &gt; 25, and exact
/// geometric waiting times otherwise (then n p &lt;= 50), so a draw costs O(1) whatever the pool size: no rule's
/// cost may grow with the population.
/// </summary>
public static class Draws
{
    public static long Binomial(Random rng, long n, double p)
    {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        if (p > 0.5) return n - Binomial(rng, n, 1 - p);
        if (n <= 64) return MathNet.Numerics.Distributions.Binomial.Sample(rng, p, (int)n);
        double mean = n * p, variance = mean * (1 - p);
        if (variance > 25) return Math.Clamp((long)Math.Round(Normal.Sample(rng, mean, Math.Sqrt(variance))), 0, n);
        // Exact: count successes by geometric waiting times; with p <= 0.5 here, n p <= 50, so O(1) on average.
        double logQ = Math.Log(1 - p);
        long k = 0, position = 0;
        while (true)
        {
            position += (long)Math.Floor(Math.Log(1 - rng.NextDouble()) / logQ) + 1;
            if (position > n) return k;
            k++;
        }
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
            double conditional = pi / remainingMass;
            // Rounding can leave the last conditional probability a hair below 1: treat it as 1.
            long k = Binomial(rng, remaining, conditional > 1 - 1e-12 ? 1.0 : conditional);
            counts[i] = k;
            remaining -= k;
            remainingMass -= pi;
        }
    }
}
