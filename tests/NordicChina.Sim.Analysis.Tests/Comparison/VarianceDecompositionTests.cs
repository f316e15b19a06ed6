using MathNet.Numerics.Distributions;
using NordicChina.Sim.Analysis.Comparison;
using NordicChina.Sim.Analysis.Randomness;

namespace NordicChina.Sim.Analysis.Tests.Comparison;

public class VarianceDecompositionTests
{
    [Fact]
    public void Hand_computed_pairs_split_into_within_and_between()
    {
        // Pairs (1, 3) and (5, 7): mean 4, total variance (9 + 1 + 1 + 9) / 3 = 20/3, within-pair variance
        // ((1 - 3)² + (5 - 7)²) / (2 · 2) = 2, parametric 20/3 - 2 = 14/3, share (14/3) / (20/3) = 0.7.
        var d = VarianceDecomposition.Of([1, 3, 5, 7]);
        Assert.Equal(2, d.Pairs);
        Assert.Equal(20.0 / 3, d.TotalVariance, 12);
        Assert.Equal(2.0, d.StochasticVariance, 12);
        Assert.Equal(14.0 / 3, d.ParametricVariance, 12);
        Assert.Equal(Math.Sqrt(2), d.SdStochastic, 12);
        Assert.Equal(Math.Sqrt(14.0 / 3), d.SdParametric, 12);
        Assert.Equal(0.7, d.ShareParametric, 12);
    }

    [Fact]
    public void More_spread_within_pairs_than_in_total_gives_no_parametric_part()
    {
        // Pairs (1, 3) and (1, 3): total 4/3 < within 2, so the parametric variance is clipped at 0.
        var d = VarianceDecomposition.Of([1, 3, 1, 3]);
        Assert.Equal(2.0, d.StochasticVariance, 12);
        Assert.Equal(0.0, d.ParametricVariance);
        Assert.Equal(0.0, d.ShareParametric);
    }

    [Fact]
    public void Identical_pairs_are_all_parametric()
    {
        var d = VarianceDecomposition.Of([2, 2, 6, 6]);
        Assert.Equal(0.0, d.StochasticVariance);
        Assert.Equal(1.0, d.ShareParametric);
    }

    [Fact]
    public void Incomplete_pairs_and_an_unpaired_last_replication_are_left_out()
    {
        var expected = VarianceDecomposition.Of([1, 3, 5, 7]);
        Assert.Equal(expected, VarianceDecomposition.Of([1, 3, double.NaN, 0, 5, 7, 100]));
        Assert.Equal(expected, VarianceDecomposition.Of([1, 3, 5, 7, 100]));
    }

    [Fact]
    public void Fewer_than_two_complete_pairs_give_no_estimate()
    {
        foreach (double[] values in new double[][] { [], [1.0], [1.0, 2.0, 3.0], [1.0, 2.0, double.NaN, 4.0] })
        {
            var d = VarianceDecomposition.Of(values);
            Assert.True(double.IsNaN(d.SdStochastic) && double.IsNaN(d.SdParametric) && double.IsNaN(d.ShareParametric));
            Assert.True(d.Pairs < 2);
        }
    }

    [Fact]
    public void Differences_are_decomposed_replication_by_replication()
    {
        Assert.Equal(VarianceDecomposition.Of([1, 3, 5, 7]), VarianceDecomposition.OfDifferences([10, 10, 20, 20], [11, 13, 25, 27]));
        Assert.Throws<ArgumentException>(() => VarianceDecomposition.OfDifferences([1, 2], [1]));
    }

    [Fact]
    public void Recovers_known_variance_components_from_simulated_pairs()
    {
        // x = θ_k + ε with θ_k ~ N(0, 2²) per pair and ε ~ N(0, 1) per replication: σ²_p = 4, σ²_s = 1.
        var rng = new SeededRandom(42);
        var values = new double[2 * 4000];
        for (int k = 0; k < 4000; k++)
        {
            double theta = Normal.Sample(rng, 0, 2);
            values[2 * k] = theta + Normal.Sample(rng, 0, 1);
            values[2 * k + 1] = theta + Normal.Sample(rng, 0, 1);
        }
        var d = VarianceDecomposition.Of(values);
        Assert.Equal(1.0, d.StochasticVariance, 0.1);
        Assert.Equal(4.0, d.ParametricVariance, 0.4);
        Assert.Equal(0.8, d.ShareParametric, 0.03);
    }
}
