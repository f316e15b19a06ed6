using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Tests.Statistics;

/// <summary>The project's quantile is R's type 7 (the default of R's quantile() and numpy's quantile()).</summary>
public class QuantileTests
{
    // R: quantile(1:10) gives 0% 1.00, 25% 3.25, 50% 5.50, 75% 7.75, 100% 10.00 (the example in R's documentation);
    // quantile(1:10, c(0.025, 0.975)) gives 1.225 and 9.775; numpy.quantile(numpy.arange(1, 11), ...) agrees.
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.025, 1.225)]
    [InlineData(0.25, 3.25)]
    [InlineData(0.5, 5.5)]
    [InlineData(0.75, 7.75)]
    [InlineData(0.975, 9.775)]
    [InlineData(1.0, 10.0)]
    public void OneToTenMatchesRType7(double p, double expected)
    {
        var x = Enumerable.Range(1, 10).Select(i => (double)i);
        Assert.Equal(expected, Quantile.R7(x, p), 12);
    }

    // x = c(3.1, 0.4, 7.7, 2.2, 5.0, 9.9, 1.8) (unsorted, unequal gaps): R quantile(x, c(.025, .1, .5, .9, .975))
    // = 0.61, 1.24, 3.1, 8.58, 9.57 (also Python's statistics.quantiles(x, n=10, method="inclusive") for the deciles).
    [Theory]
    [InlineData(0.025, 0.61)]
    [InlineData(0.1, 1.24)]
    [InlineData(0.5, 3.1)]
    [InlineData(0.9, 8.58)]
    [InlineData(0.975, 9.57)]
    public void UnsortedUnevenVectorMatchesRType7(double p, double expected)
    {
        double[] x = [3.1, 0.4, 7.7, 2.2, 5.0, 9.9, 1.8];
        Assert.Equal(expected, Quantile.R7(x, p), 12);
    }

    [Fact]
    public void DiffersFromMathNetDefaultR8()
    {
        // MathNet's Statistics.Quantile is R-8: for 1..10 at 2.5% it gives the minimum, 1, not 1.225.
        var x = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        Assert.Equal(1.0, MathNet.Numerics.Statistics.Statistics.Quantile(x, 0.025), 12);
        Assert.Equal(1.225, Quantile.R7(x, 0.025), 12);
    }

    [Fact]
    public void SingleValueEmptyAndOutOfRange()
    {
        Assert.Equal(4.2, Quantile.R7([4.2], 0.975));
        Assert.True(double.IsNaN(Quantile.R7([], 0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantile.R7([1.0, 2.0], 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantile.R7([1.0, 2.0], double.NaN));
    }
}
