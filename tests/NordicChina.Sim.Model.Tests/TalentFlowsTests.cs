using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class TalentFlowsTests
{
    [Fact]
    public void WaspAddsPhdsOnlyInSwedishRegionsSplitByTheGsrShare()
    {
        var p = TestWorld.Defaults;
        var off = TestWorld.Policy();
        var on = TestWorld.Policy(TestWorld.Lever(PolicyLevers.Wasp, 2));
        foreach (var r in Regions.All)
        {
            Assert.Equal(p.Phds[r.Index], TalentFlows.PhdsPerYear(p, r, off), 12);
            if (!r.IsSwedish) Assert.Equal(p.Phds[r.Index], TalentFlows.PhdsPerYear(p, r, on), 12);
        }
        double gsr = TalentFlows.PhdsPerYear(p, Regions.Gsr, on) - p.Phds[Regions.Gsr.Index];
        double wse = TalentFlows.PhdsPerYear(p, Regions.WestSweden, on) - p.Phds[Regions.WestSweden.Index];
        Assert.Equal(2 * p.WaspPhds * p.WaspGsrShare, gsr, 12);
        Assert.Equal(2 * p.WaspPhds * (1 - p.WaspGsrShare), wse, 12);
        Assert.Equal(2 * p.WaspPhds, gsr + wse, 12);

        var allGsr = TestWorld.With(("talent.wasp_gsr_share", 1.0));
        Assert.Equal(allGsr.Phds[Regions.WestSweden.Index], TalentFlows.PhdsPerYear(allGsr, Regions.WestSweden, on), 12);
    }

    [Fact]
    public void EffectiveRdQualityRisesWithThePhdStockAndIsCappedAtOne()
    {
        var p = TestWorld.Defaults;
        foreach (var r in Regions.All)
        {
            int i = r.Index;
            Assert.Equal(p.RdQuality[i], TalentFlows.EffectiveRdQuality(p, i, p.PhdStock[i]), 12);
            double previous = 0;
            foreach (double factor in new[] { 0.01, 0.5, 1.0, 1.1, 1.2 })
            {
                double q = TalentFlows.EffectiveRdQuality(p, i, p.PhdStock[i] * factor);
                Assert.InRange(q, 0.0, 1.0);
                Assert.True(q > previous || q == 1.0, $"{r.Code}: quality {q} not rising at factor {factor}");
                previous = q;
            }
            Assert.Equal(1.0, TalentFlows.EffectiveRdQuality(p, i, p.PhdStock[i] * 1e6));
            Assert.True(TalentFlows.EffectiveRdQuality(p, i, 0) >= 0);
        }
        // the elasticity: doubling the stock multiplies quality by 2^e (below the cap)
        int gdm = Regions.Guangdong.Index;
        Assert.Equal(p.RdQuality[gdm] * Math.Pow(2, p.PhdQualityElasticity), TalentFlows.EffectiveRdQuality(p, gdm, 2 * p.PhdStock[gdm]), 12);
    }

    [Fact]
    public void GraduationAddsGraduatesToThePoolAndUpdatesThePhdStock()
    {
        var p = TestWorld.Defaults;
        var policy = TestWorld.Policy(TestWorld.Lever(PolicyLevers.Wasp, 1));
        var rng = new RandomStream(new StreamKey(1, 0, 0, 0, RandomPurpose.Graduation));
        var pool = new TalentPool { Available = 1000, PhdStock = p.PhdStock[0] };
        double phds = TalentFlows.PhdsPerYear(p, Regions.Gsr, policy);
        long sum = 0;
        const int ticks = 400;
        for (int t = 0; t < ticks; t++)
        {
            long before = pool.Available;
            double stock = pool.PhdStock;
            long g = TalentFlows.Graduate(p, Regions.Gsr, pool, policy, 0.25, rng);
            Assert.Equal(before + g, pool.Available);
            Assert.Equal(stock * (1 - p.PhdDepreciation * 0.25) + phds * 0.25, pool.PhdStock, 9);
            double expected = (p.Graduates[0] + phds) * 0.25;
            Assert.True(g == (long)Math.Floor(expected) || g == (long)Math.Floor(expected) + 1);
            sum += g;
        }
        Assert.Equal((p.Graduates[0] + phds) * 0.25, sum / (double)ticks, 0.1);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(0, 3)]
    [InlineData(17, 40)]
    [InlineData(200, 150)]
    [InlineData(7_000, 130_000)]
    [InlineData(1_000_000_000, 2_000_000_000)]
    public void OtherEmploymentAndRetirementConservesHeadCount(long available, long employedOther)
    {
        var p = TestWorld.Defaults;
        var rng = new RandomStream(new StreamKey(2, 0, available, 0, RandomPurpose.Attrition));
        var pool = new TalentPool { Available = available, EmployedOther = employedOther };
        long retiredTotal = 0;
        foreach (double dt in new[] { 0.25, 1.0, 1.0 / 12 })
            for (int t = 0; t < 100; t++)
            {
                long before = pool.Available + pool.EmployedOther;
                long retired = TalentFlows.OtherEmploymentAndRetirement(p, pool, dt, rng);
                Assert.True(retired >= 0);
                Assert.True(pool.Available >= 0 && pool.EmployedOther >= 0, $"negative pool {pool.Available}/{pool.EmployedOther}");
                Assert.Equal(before, pool.Available + pool.EmployedOther + retired);
                retiredTotal += retired;
            }
        if (available + employedOther >= 1000) Assert.True(retiredTotal > 0);
    }

    [Fact]
    public void RetirementMatchesItsRate()
    {
        var p = TestWorld.Defaults;
        var rng = new RandomStream(new StreamKey(2, 0, 0, 0, RandomPurpose.Attrition));
        var pool = new TalentPool { Available = 20_000, EmployedOther = 80_000 };
        long retired = TalentFlows.OtherEmploymentAndRetirement(p, pool, 1.0, rng);
        Assert.Equal(100_000 * p.RetirementRate, retired, 100_000 * p.RetirementRate * 0.1);
    }
}
