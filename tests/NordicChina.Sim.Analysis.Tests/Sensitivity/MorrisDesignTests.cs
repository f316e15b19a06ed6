using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Sensitivity;

public class MorrisDesignTests
{
    private static readonly ParameterRange[] Ranges =
        [new("a", 0, 1), new("b", -5, 5), new("c", 100, 200), new("d", 0, 0.1)];

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    public void TrajectoriesMoveOneParameterAtATimeByDeltaOnTheGrid(int levels)
    {
        const int r = 30;
        var design = MorrisDesign.Create(Ranges, r, seed: 5, levels: levels);
        int k = Ranges.Length;
        double delta = levels / (2.0 * (levels - 1));

        Assert.Equal(delta, design.Delta);
        Assert.Equal(r * (k + 1), design.Points.Count);
        for (int t = 0; t < r; t++)
        {
            var moved = new HashSet<int>();
            for (int m = 1; m <= k; m++)
            {
                var before = design.UnitPoints[design.IndexOf(t, m - 1)];
                var after = design.UnitPoints[design.IndexOf(t, m)];
                int changed = design.ChangedParameter(t, m);
                Assert.True(moved.Add(changed), "each parameter moves exactly once per trajectory");
                for (int i = 0; i < k; i++)
                {
                    if (i == changed) Assert.Equal(design.UnitStep(t, m), after[i] - before[i], 1e-12);
                    else Assert.Equal(before[i], after[i]);
                }
                Assert.Equal(delta, Math.Abs(design.UnitStep(t, m)), 1e-15);
            }
            for (int m = 0; m <= k; m++)
            {
                foreach (double u in design.UnitPoints[design.IndexOf(t, m)])
                {
                    double level = u * (levels - 1);
                    Assert.Equal(Math.Round(level), level, 1e-9);
                    Assert.InRange(u, 0, 1);
                }
            }
        }
    }

    [Fact]
    public void AllLevelsAreVisitedAndPointsAreScaled()
    {
        var design = MorrisDesign.Create(Ranges, 200, seed: 6);
        var levels = design.UnitPoints.SelectMany(p => p).Select(u => (int)Math.Round(u * 3)).ToArray();
        for (int l = 0; l < 4; l++) Assert.InRange(levels.Count(v => v == l) / (double)levels.Length, 0.2, 0.3);
        for (int n = 0; n < design.Points.Count; n++)
            for (int i = 0; i < Ranges.Length; i++)
                Assert.Equal(Ranges[i].FromUnit(design.UnitPoints[n][i]), design.Points[n][i]);
    }

    [Fact]
    public void RejectsOddLevelsAndSingleTrajectories()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MorrisDesign.Create(Ranges, 10, 1, levels: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => MorrisDesign.Create(Ranges, 1, 1));
    }
}
