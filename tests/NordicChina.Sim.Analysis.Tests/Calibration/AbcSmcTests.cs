using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

public class AbcSmcTests
{
    private static readonly ParameterRange[] Box = [new("mu", -5, 5)];

    /// <summary>Summary: the mean of 20 N(μ, 1) draws, i.e. s ~ N(μ, 1/20).</summary>
    private static Func<IReadOnlyList<double[]>, IReadOnlyList<double[]>> NormalMean(ulong seed)
    {
        var random = new SeededRandom(seed);
        return points => points.Select(p =>
        {
            double sum = 0;
            for (int i = 0; i < 20; i++) sum += p[0] + ToyStochasticSimulator.Normal(random);
            return new[] { sum / 20 };
        }).ToArray();
    }

    [Fact]
    public void RecoversTheConjugatePosteriorOfANormalMean()
    {
        // Uniform prior on [−5, 5] (wide) and s_obs = 1: the exact posterior is N(1, 1/20), sd 0.2236, truncated far
        // in the tails. With ε = 0.02 the ABC kernel adds only ε²/3 ≈ 0.00013 to the variance.
        var abc = new AbcSmc(Box, [1.0], scales: [1.0], new AbcSmcOptions { Seed = 3, Particles = 1000, TargetTolerance = 0.02, MaxGenerations = 20 });

        var result = abc.Run(NormalMean(11));

        Assert.Equal(AbcSmcStop.TargetTolerance, result.Stop);
        var final = result.Final;
        Assert.Equal(0.02, final.Tolerance);
        Assert.All(final.Distances, rho => Assert.True(rho <= 0.02));
        double mean = final.Mean(0);
        double sd = Math.Sqrt(final.Particles.Select((p, i) => final.Weights[i] * (p[0] - mean) * (p[0] - mean)).Sum());
        Assert.Equal(1.0, mean, 0.03);
        Assert.InRange(sd, 0.2236 * 0.9, 0.2236 * 1.1);
        Assert.Equal(1 - 1.96 * 0.2236, final.Quantile(0, 0.025), 0.06);
        Assert.Equal(1 + 1.96 * 0.2236, final.Quantile(0, 0.975), 0.06);
        Assert.True(final.EffectiveSampleSize > 300, $"ESS {final.EffectiveSampleSize}");
        // Tolerances decrease generation by generation.
        for (int t = 2; t < result.Generations.Count; t++)
            Assert.True(result.Generations[t].Tolerance <= result.Generations[t - 1].Tolerance);
        Assert.Equal(result.Simulations, result.Generations.Sum(g => g.Simulations));
    }

    [Fact]
    public void SameSeedSameResultAndTheBudgetIsRespected()
    {
        var options = new AbcSmcOptions { Seed = 8, Particles = 200, MaxGenerations = 4 };
        var a = new AbcSmc(Box, [1.0], options: options).Run(NormalMean(5));
        var b = new AbcSmc(Box, [1.0], options: options).Run(NormalMean(5));

        Assert.Equal(a.Final.Particles.Count, b.Final.Particles.Count);
        for (int i = 0; i < a.Final.Particles.Count; i++) Assert.Equal(a.Final.Particles[i], b.Final.Particles[i]);
        Assert.Equal(a.Final.Weights, b.Final.Weights);

        var limited = new AbcSmc(Box, [1.0], options: options with { MaxSimulations = 1000, MaxGenerations = 50 }).Run(NormalMean(5));
        Assert.Equal(AbcSmcStop.SimulationBudget, limited.Stop);
        Assert.True(limited.Simulations <= 1000);
    }
}
