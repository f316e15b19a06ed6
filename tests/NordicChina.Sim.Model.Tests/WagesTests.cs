using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class WagesTests
{
    private static readonly int Gsr = Regions.Gsr.Index;

    [Fact]
    public void WithoutForeignOwnershipOrShortagesWagesAreTheStartWages()
    {
        var p = TestWorld.Defaults;
        foreach (var r in Regions.All)
        {
            Assert.Equal(p.WageHigh[r.Index], Wages.HighSkill(p, r.Index, 0, 0, 1000), 9);
            Assert.Equal(p.WageLow[r.Index], Wages.LowSkill(p, r.Index, 0), 9);
        }
    }

    [Fact]
    public void HighSkillWageRisesWithTheForeignOwnedShare()
    {
        var p = TestWorld.Defaults;
        double previous = 0;
        foreach (double share in new[] { 0.0, 0.1, 0.3, 1.0 })
        {
            double w = Wages.HighSkill(p, Gsr, share, 0, 1000);
            Assert.True(w > previous);
            previous = w;
        }
        Assert.Equal(p.WageHigh[Gsr] * (1 + p.WageHighTakeover * 0.3), Wages.HighSkill(p, Gsr, 0.3, 0, 1000), 9);
    }

    [Fact]
    public void LowSkillWageFallsWithTheForeignOwnedShareButNeverBelowZero()
    {
        var p = TestWorld.Defaults;
        double previous = double.MaxValue;
        foreach (double share in new[] { 0.0, 0.1, 0.3, 1.0 })
        {
            double w = Wages.LowSkill(p, Gsr, share);
            Assert.True(w < previous || share == 0);
            previous = w;
        }
        Assert.Equal(p.WageLow[Gsr] * (1 - p.WageLowTakeover * 0.3), Wages.LowSkill(p, Gsr, 0.3), 9);
        var extreme = TestWorld.With(("wages.low_skill_takeover", 2.0));
        Assert.Equal(0.0, Wages.LowSkill(extreme, Gsr, 1.0));
    }

    [Fact]
    public void UnfilledDemandRaisesTheHighSkillWage()
    {
        var p = TestWorld.Defaults;
        double slack = Wages.HighSkill(p, Gsr, 0, 0, 1000);
        double tight = Wages.HighSkill(p, Gsr, 0, 500, 1000);
        double tighter = Wages.HighSkill(p, Gsr, 0, 500, 100);
        Assert.True(tight > slack && tighter > tight);
        Assert.Equal(p.WageHigh[Gsr] * (1 + p.WageTightness * 0.5), tight, 9);
        Assert.True(double.IsFinite(Wages.HighSkill(p, Gsr, 0, 500, 0)));
        Assert.Equal(p.WageLow[Gsr], Wages.LowSkill(p, Gsr, 0), 9);   // shortages of talent do not move low-skill wages
    }
}
