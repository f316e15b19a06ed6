using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

public class LatinHypercubeTests
{
    private static readonly ParameterRange[] Box = [new("a", -1, 3), new("b", 10, 20), new("c", 0, 0.5)];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(50)]
    public void EveryStratumOfEveryDimensionHoldsExactlyOnePoint(int n)
    {
        var points = LatinHypercube.Sample(Box, n, seed: 42);

        Assert.Equal(n, points.Length);
        for (int j = 0; j < Box.Length; j++)
        {
            var counts = new int[n];
            foreach (var p in points)
            {
                Assert.InRange(p[j], Box[j].Low, Box[j].High);
                int stratum = (int)Math.Floor(Box[j].ToUnit(p[j]) * n);
                counts[Math.Min(stratum, n - 1)]++;
            }
            Assert.All(counts, c => Assert.Equal(1, c));
        }
    }

    [Fact]
    public void SameSeedSameSampleDifferentSeedDifferentSample()
    {
        var a = LatinHypercube.Sample(Box, 20, seed: 5);
        var b = LatinHypercube.Sample(Box, 20, seed: 5);
        var c = LatinHypercube.Sample(Box, 20, seed: 6);

        for (int i = 0; i < 20; i++) Assert.Equal(a[i], b[i]);
        Assert.NotEqual(a[0], c[0]);
    }

    [Fact]
    public void MaximinIsAtLeastAsSpreadAsItsFirstCandidate()
    {
        // The first candidate of MaximinUnit is SampleUnit drawn from the same generator.
        var plain = LatinHypercube.SampleUnit(30, 4, new SeededRandom(9));
        var maximin = LatinHypercube.MaximinUnit(30, 4, seed: 9, candidates: 50);

        Assert.True(LatinHypercube.MinimumDistance(maximin) >= LatinHypercube.MinimumDistance(plain));
        Assert.True(LatinHypercube.MinimumDistance(maximin) > 0.1, $"min distance {LatinHypercube.MinimumDistance(maximin)}");
    }
}
