using System.Diagnostics;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;

namespace NordicChina.Sim.Model.Tests;

public class DrawsTests
{
    private static RandomStream Rng(int entity = 0) => new(new StreamKey(99, 0, entity, 0, RandomPurpose.Attrition));

    private static void CheckMoments(long n, double p, int draws, double varianceTolerance)
    {
        var rng = Rng((int)(n % 1000));
        var xs = new double[draws];
        for (int i = 0; i < draws; i++)
        {
            long k = Draws.Binomial(rng, n, p);
            Assert.InRange(k, 0, n);
            xs[i] = k;
        }
        var (mean, variance) = Stats.MeanVariance(xs);
        double trueMean = n * p, trueVar = n * p * (1 - p);
        double se = Math.Sqrt(trueVar / draws);
        Assert.True(Math.Abs(mean - trueMean) < 5 * se + 0.5, $"Bin({n}, {p}): mean {mean}, expected {trueMean} (se {se})");
        Assert.True(Math.Abs(variance / trueVar - 1) < varianceTolerance, $"Bin({n}, {p}): variance {variance}, expected {trueVar}");
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(10, 0.3)]
    [InlineData(64, 0.9)]          // exact sampler
    [InlineData(100, 0.02)]        // Poisson branch
    [InlineData(1000, 0.01)]       // Poisson branch
    [InlineData(1000, 0.3)]        // normal branch
    [InlineData(100_000, 0.5)]
    [InlineData(1_000_000_000, 0.3)]
    [InlineData(1_000_000_000, 1e-8)]
    public void BinomialHasTheRightMeanAndVariance(long n, double p) => CheckMoments(n, p, 20_000, 0.08);

    /// <summary>When n p (1 - p) &lt;= 25 but p is not small (p near 1, or n around 100 with p = 0.2), the Poisson
    /// branch draws Poisson(n p), whose variance n p is far from n p (1 - p) and whose mass above n is clamped to n.</summary>
    [Theory]
    [InlineData(100, 0.2)]
    [InlineData(200, 0.95)]
    [InlineData(100, 0.8)]
    [InlineData(1_000_000_000, 0.999999999)]
    public void BinomialWithProbabilityNearOneHasTheRightMeanAndVariance(long n, double p) => CheckMoments(n, p, 20_000, 0.08);

    [Fact]
    public void BinomialEdgesAreExact()
    {
        var rng = Rng();
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(0, Draws.Binomial(rng, 0, 0.5));
            Assert.Equal(0, Draws.Binomial(rng, -4, 0.5));
            Assert.Equal(0, Draws.Binomial(rng, 1000, 0));
            Assert.Equal(0, Draws.Binomial(rng, 1000, -0.1));
            Assert.Equal(1000, Draws.Binomial(rng, 1000, 1));
            Assert.Equal(1_000_000_000_000, Draws.Binomial(rng, 1_000_000_000_000, 1.5));
        }
    }

    [Fact]
    public void BinomialNeverLeavesZeroToN()
    {
        var rng = Rng();
        foreach (long n in new long[] { 1, 2, 65, 70, 100, 1000, 10_000 })
            foreach (double p in new[] { 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 0.999999 })
                for (int i = 0; i < 500; i++)
                    Assert.InRange(Draws.Binomial(rng, n, p), 0, n);
    }

    [Fact]
    public void LargeBinomialDrawsAreConstantTime()
    {
        var rng = Rng();
        Draws.Binomial(rng, 1_000_000_000, 0.3);   // warm up
        var sw = Stopwatch.StartNew();
        long sum = 0;
        for (int i = 0; i < 100_000; i++)
        {
            sum += Draws.Binomial(rng, 1_000_000_000, 0.3);
            sum += Draws.Binomial(rng, 1_000_000_000, 1e-7);
        }
        sw.Stop();
        Assert.True(sum > 0);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"200,000 draws with n = 1e9 took {sw.Elapsed}");
    }

    [Fact]
    public void PoissonHasTheRightMean()
    {
        var rng = Rng();
        Assert.Equal(0, Draws.Poisson(rng, 0));
        Assert.Equal(0, Draws.Poisson(rng, -1));
        foreach (double mean in new[] { 0.3, 4.0, 250.0 })
        {
            var xs = Enumerable.Range(0, 20_000).Select(_ => (double)Draws.Poisson(rng, mean)).ToArray();
            var (m, v) = Stats.MeanVariance(xs);
            Assert.True(Math.Abs(m - mean) < 5 * Math.Sqrt(mean / xs.Length), $"Poisson({mean}) mean {m}");
            Assert.True(Math.Abs(v / mean - 1) < 0.08, $"Poisson({mean}) variance {v}");
        }
    }

    [Fact]
    public void MultinomialAllocatesAtMostNAndRespectsZeroProbabilities()
    {
        var rng = Rng();
        double[] probabilities = [0.1, 0.0, 0.25, 0.0, 0.05];   // 0.6 stays unallocated
        var counts = new long[probabilities.Length];
        var totals = new double[probabilities.Length];
        const int reps = 5000;
        const long n = 10_000;
        for (int r = 0; r < reps; r++)
        {
            Array.Fill(counts, -1);
            Draws.Multinomial(rng, n, probabilities, counts);
            Assert.True(counts.Sum() <= n);
            Assert.All(counts, c => Assert.True(c >= 0));
            Assert.Equal(0, counts[1]);
            Assert.Equal(0, counts[3]);
            for (int i = 0; i < counts.Length; i++) totals[i] += counts[i];
        }
        for (int i = 0; i < probabilities.Length; i++)
            Assert.Equal(n * probabilities[i], totals[i] / reps, n * probabilities[i] * 0.01 + 1e-9);
    }

    [Fact]
    public void MultinomialWithFullMassAllocatesEverything()
    {
        var rng = Rng();
        double[] probabilities = [0.5, 0.3, 0.2];
        var counts = new long[3];
        foreach (long n in new long[] { 0, 1, 7, 64, 500, 1_000_000 })
            for (int r = 0; r < 200; r++)
            {
                Draws.Multinomial(rng, n, probabilities, counts);
                Assert.Equal(n, counts.Sum());
                Assert.All(counts, c => Assert.InRange(c, 0, n));
            }
    }

    /// <summary>Probabilities summing to exactly 1 whose running remainder is inexact in floating point (1 - 0.7 - 0.1
    /// is 0.20000000000000004): the last conditional probability is 0.9999999999999998, and the Poisson branch then
    /// leaves part of n unallocated.</summary>
    [Fact]
    public void MultinomialWithFullMassAllocatesEverythingDespiteRounding()
    {
        var rng = Rng();
        double[] probabilities = [0.7, 0.1, 0.2];
        var counts = new long[3];
        for (int r = 0; r < 200; r++)
        {
            Draws.Multinomial(rng, 1_000_000, probabilities, counts);
            Assert.Equal(1_000_000, counts.Sum());
        }
    }

    [Fact]
    public void SameStreamGivesSameDraws()
    {
        var r1 = Rng(7); var r2 = Rng(7);
        for (int i = 0; i < 50; i++) Assert.Equal(Draws.Binomial(r1, 1_000_000, 0.01 * (i + 1) / 2), Draws.Binomial(r2, 1_000_000, 0.01 * (i + 1) / 2));
    }
}
