using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Sensitivity;

public class SaltelliDesignTests
{
    private static readonly ParameterRange[] Ranges = [new("a", 0, 1), new("b", -5, 5), new("c", 100, 200)];

    [Fact]
    public void HasNTimesKPlusTwoPointsWithAbColumnsTakenFromB()
    {
        const int n = 64;
        var design = SaltelliDesign.Create(Ranges, n, seed: 9);

        Assert.Equal(n * (3 + 2), design.Points.Count);
        Assert.Equal(5, design.PointsPerRow);
        for (int j = 0; j < n; j++)
        {
            var a = design.Points[design.IndexOfA(j)];
            var b = design.Points[design.IndexOfB(j)];
            Assert.Equal(j * 5, design.IndexOfA(j));
            Assert.Equal(j * 5 + 4, design.IndexOfB(j));
            for (int i = 0; i < 3; i++)
            {
                var ab = design.Points[design.IndexOfAB(j, i)];
                Assert.Equal(j * 5 + 1 + i, design.IndexOfAB(j, i));
                for (int c = 0; c < 3; c++) Assert.Equal(c == i ? b[c] : a[c], ab[c]);
            }
        }
    }

    [Fact]
    public void PointsAreScaledIntoTheRangesAndLookUniform()
    {
        var design = SaltelliDesign.Create(Ranges, 2000, seed: 10);
        for (int i = 0; i < 3; i++)
        {
            var column = Enumerable.Range(0, design.BaseSamples)
                .Select(j => design.Points[design.IndexOfA(j)][i]).ToArray();
            Assert.All(column, x => Assert.InRange(x, Ranges[i].Low, Ranges[i].High));
            double meanUnit = column.Average(Ranges[i].ToUnit);
            Assert.Equal(0.5, meanUnit, 0.03); // s.e. of a uniform mean with n = 2000 is 0.0065
        }
        for (int n = 0; n < design.Points.Count; n++)
            for (int i = 0; i < 3; i++)
                Assert.Equal(Ranges[i].FromUnit(design.UnitPoints[n][i]), design.Points[n][i]);
    }

    [Fact]
    public void ALargerDesignExtendsASmallerOneWithTheSameSeed()
    {
        var small = SaltelliDesign.Create(Ranges, 10, seed: 4);
        var large = SaltelliDesign.Create(Ranges, 20, seed: 4);
        for (int n = 0; n < small.Points.Count; n++) Assert.Equal(small.Points[n], large.Points[n]);
    }
}
