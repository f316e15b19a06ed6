using MathNet.Numerics.Distributions;
using NordicChina.Sim.Analysis.Comparison;
using NordicChina.Sim.Analysis.Randomness;

namespace NordicChina.Sim.Analysis.Tests.Comparison;

public class PairedComparisonTests
{
    [Fact]
    public void HandComputedExample()
    {
        // Complete pairs: differences 1, 2, 1, 0, 2 → d̄ = 1.2, s_d² = 2.8/4 = 0.7, s_d = 0.836660,
        // s.e. = s_d/√5 = 0.374166, t(0.975, 4) = 2.776445 → CI 1.2 ± 1.038850 = [0.161149, 2.238851].
        // The last two replications are missing on one side each and drop out of every statistic.
        double[] baseline = [10, 12, 14, 11, 13, 100, double.NaN];
        double[] scenario = [11, 14, 15, 11, 15, double.NaN, 5];

        var c = PairedComparison.Compare(baseline, scenario);

        Assert.Equal(5, c.N);
        Assert.Equal(12.0, c.BaselineMean, 12);
        Assert.Equal(13.2, c.ScenarioMean, 12);
        Assert.Equal(1.2, c.MeanDifference, 12);
        Assert.Equal(0.8366600265340756, c.DifferenceStandardDeviation, 12);
        Assert.Equal(0.1611493663164325, c.DifferenceInterval.Lower, 7);
        Assert.Equal(2.238850633683567, c.DifferenceInterval.Upper, 7);
        Assert.Equal(0.95, c.DifferenceInterval.Level);
        Assert.Equal(0.1, c.RelativeChange, 12);
    }

    [Fact]
    public void RelativeChangeUsesTheAbsoluteBaselineAndIsNaNAtZero()
    {
        var negative = PairedComparison.Compare([-10, -10], [-8, -9]);
        Assert.Equal(0.15, negative.RelativeChange, 12); // d̄ = 1.5, |b̄| = 10

        var zero = PairedComparison.Compare([-1, 1], [0, 2]);
        Assert.Equal(0, zero.BaselineMean);
        Assert.True(double.IsNaN(zero.RelativeChange));
    }

    [Fact]
    public void IdenticalDifferencesGiveADegenerateInterval()
    {
        var c = PairedComparison.Compare([1, 2, 3], [3, 4, 5]);
        Assert.Equal(2, c.MeanDifference, 12);
        Assert.Equal(2, c.DifferenceInterval.Lower, 12);
        Assert.Equal(2, c.DifferenceInterval.Upper, 12);
    }

    [Fact]
    public void FewerThanTwoPairsLeaveTheIntervalUndefined()
    {
        var c = PairedComparison.Compare([1, double.NaN], [2, 3]);
        Assert.Equal(1, c.N);
        Assert.Equal(1, c.MeanDifference);
        Assert.False(c.DifferenceInterval.IsDefined);
    }

    [Fact]
    public void RejectsUnpairedLists() =>
        Assert.Throws<ArgumentException>(() => PairedComparison.Compare([1, 2], [1]));

    [Fact]
    public void OneSampleMeanUsesTheStudentT()
    {
        var m = PairedComparison.OneSampleMean([2, 4, 4, 4, 5, 5, 7, 9, double.NaN]);
        // n = 8, mean 5, s² = 32/7, t(0.975, 7) = 2.364624.
        double se = Math.Sqrt(32.0 / 7 / 8);
        Assert.Equal(8, m.N);
        Assert.Equal(5, m.Mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), m.StandardDeviation, 12);
        Assert.Equal(se, m.StandardError, 12);
        Assert.Equal(5 - 2.364624251592785 * se, m.Interval.Lower, 7);
        Assert.Equal(5 + 2.364624251592785 * se, m.Interval.Upper, 7);

        var wider = PairedComparison.OneSampleMean([2, 4, 4, 4, 5, 5, 7, 9], confidenceLevel: 0.99);
        Assert.True(wider.Interval.Width > m.Interval.Width);
    }

    [Fact]
    public void IntervalsShrinkAsReplicationsGrow()
    {
        // Common random numbers: both arms share a noise term, the scenario adds a true effect of 0.5.
        var rng = new SeededRandom(123);
        var common = new Normal(10, 3, rng);
        var own = new Normal(0, 1, rng);
        double previous = double.PositiveInfinity;
        foreach (int n in new[] { 10, 40, 160, 640, 2560 })
        {
            var baseline = new double[n];
            var scenario = new double[n];
            for (int r = 0; r < n; r++)
            {
                double shared = common.Sample();
                baseline[r] = shared + own.Sample();
                scenario[r] = shared + 0.5 + own.Sample();
            }
            var c = PairedComparison.Compare(baseline, scenario);
            Assert.True(c.DifferenceInterval.Width < previous, $"n = {n}: width {c.DifferenceInterval.Width}");
            previous = c.DifferenceInterval.Width;
            Assert.True(Math.Abs(c.MeanDifference - 0.5) < 4 * c.DifferenceStandardDeviation / Math.Sqrt(n));

            // The paired interval is much narrower than the one-sample interval of either arm: the shared noise cancels.
            Assert.True(c.DifferenceInterval.Width < PairedComparison.OneSampleMean(baseline).Interval.Width);
        }
        // Width ~ 2 · 1.96 · √2 / √n at n = 2560.
        Assert.Equal(2 * 1.96 * Math.Sqrt(2) / Math.Sqrt(2560), previous, 0.02);
    }
}
