using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class FirmDynamicsTests
{
    private static readonly SimClock Clock = new(2020, 2040, 4);

    private static Firm Firm(FirmKind kind, double revenue = 20, long high = 0) => new()
    {
        Id = EntityIds.Firm(0, 1), Region = 0, Sector = 0, Kind = kind, Revenue = revenue, HighSkill = high,
    };

    [Fact]
    public void InitialRevenuesAreLogNormalAroundTheKindsMedian()
    {
        var p = TestWorld.Defaults;
        var rng = new RandomStream(new StreamKey(1, 0, 0, 0, RandomPurpose.Initialisation));
        foreach (var (kind, median) in new[] { (FirmKind.Incumbent, p.RevenueIncumbent), (FirmKind.Startup, p.RevenueStartup), (FirmKind.ChineseChampion, p.RevenueChampion) })
        {
            var xs = Enumerable.Range(0, 4001).Select(_ => FirmDynamics.InitialRevenue(p, kind, rng)).Order().ToArray();
            Assert.All(xs, x => Assert.True(x > 0));
            Assert.InRange(xs[2000], median * 0.9, median * 1.1);
        }
    }

    [Fact]
    public void StaffWantedFollowsRevenue()
    {
        var p = TestWorld.Defaults;
        var incumbent = Firm(FirmKind.Incumbent, 20);
        Assert.Equal((long)Math.Round(p.HighSkillPerEurM * 20), FirmDynamics.WantedHighSkill(p, incumbent));
        Assert.Equal((long)Math.Round(p.LowPerHigh * FirmDynamics.WantedHighSkill(p, incumbent)), FirmDynamics.InitialLowSkill(p, incumbent));
        var startup = Firm(FirmKind.Startup, 20);
        Assert.Equal(0, FirmDynamics.InitialLowSkill(p, startup));   // startups employ no low-skill staff
        var manufacturer = Firm(FirmKind.ChineseManufacturer, 20);
        Assert.True(FirmDynamics.InitialLowSkill(p, manufacturer) > 0);
    }

    [Fact]
    public void HiringDemandClosesAShareOfTheGap()
    {
        var p = TestWorld.Defaults;
        var firm = Firm(FirmKind.Incumbent, 100, high: 20);
        long gap = FirmDynamics.WantedHighSkill(p, firm) - 20;
        Assert.Equal((long)Math.Ceiling(gap * Math.Min(1, p.HiringSpeed * 0.25)), FirmDynamics.HiringDemand(p, firm, 0.25));
        Assert.Equal(gap, FirmDynamics.HiringDemand(p, firm, 100));
        firm.HighSkill = 1000;
        Assert.Equal(0, FirmDynamics.HiringDemand(p, firm, 0.25));
    }

    [Fact]
    public void GrowthRespondsToCapabilityOwnershipAndThePremium()
    {
        var p = TestWorld.Defaults;
        double Grow(double capability, bool chineseOwned = false, double premium = 0)
        {
            var f = Firm(FirmKind.Incumbent, 100);
            f.ChineseOwned = chineseOwned;
            f.GrowthPremium = premium;
            FirmDynamics.Grow(p, f, capability, 1.0, 0);
            return f.Revenue;
        }
        double reference = Grow(p.CapabilityReference);
        Assert.Equal(100 * Math.Exp(p.SectorGrowth[0]), reference, 9);
        Assert.True(Grow(0.95) > reference && Grow(0.3) < reference);
        Assert.Equal(100 * Math.Exp(p.SectorGrowth[0] + p.MarketAccessGrowth), Grow(p.CapabilityReference, chineseOwned: true), 9);
        Assert.True(Grow(p.CapabilityReference, premium: 0.6) > reference);

        var young = Firm(FirmKind.ChineseStartup, 3);
        young.GrowthPremium = 0.6;
        FirmDynamics.Grow(p, young, 0.7, 1.0, 0);
        Assert.Equal(0.6 * Math.Exp(-p.CnStartupGrowthDecay), young.GrowthPremium, 12);
    }

    [Fact]
    public void AdoptersWantMoreHighSkillStaff()
    {
        var p = TestWorld.Defaults;
        var plain = Firm(FirmKind.Incumbent, 100);
        var adopter = Firm(FirmKind.Incumbent, 100);
        adopter.AiAdopted = true;
        Assert.Equal((long)Math.Round(p.HighSkillPerEurM * 100), FirmDynamics.WantedHighSkill(p, plain));
        Assert.Equal((long)Math.Round(p.HighSkillPerEurM * 100 * (1 + p.AdoptionStaffUplift)), FirmDynamics.WantedHighSkill(p, adopter));
        Assert.True(FirmDynamics.WantedHighSkill(p, adopter) > FirmDynamics.WantedHighSkill(p, plain));
        Assert.True(FirmDynamics.HiringDemand(p, adopter, 0.25) > FirmDynamics.HiringDemand(p, plain, 0.25));
        // the uplift applies on top of the relocation cut
        var relocated = Firm(FirmKind.Incumbent, 100);
        relocated.Relocated = true;
        relocated.AiAdopted = true;
        Assert.Equal((long)Math.Round(p.HighSkillPerEurM * 100 * (1 - p.RelocationHighShare) * (1 + p.AdoptionStaffUplift)),
            FirmDynamics.WantedHighSkill(p, relocated));
        // no uplift, no difference
        var none = TestWorld.With(("adoption.staff_uplift", 0.0));
        Assert.Equal(FirmDynamics.WantedHighSkill(none, plain), FirmDynamics.WantedHighSkill(none, adopter));
    }

    [Fact]
    public void AdoptersGrowFasterByThePremium()
    {
        var p = TestWorld.Defaults;
        double Grow(bool adopted, double dt, double shock = 0)
        {
            var f = Firm(FirmKind.Incumbent, 100);
            f.AiAdopted = adopted;
            FirmDynamics.Grow(p, f, p.CapabilityReference, dt, shock);
            return f.Revenue;
        }
        Assert.Equal(100 * Math.Exp(p.SectorGrowth[0] + p.AdoptionGrowthPremium), Grow(true, 1.0), 9);
        Assert.Equal(Grow(false, 0.25) * Math.Exp(p.AdoptionGrowthPremium * 0.25), Grow(true, 0.25), 9);
        Assert.Equal(Grow(false, 0.25, -1.3) * Math.Exp(p.AdoptionGrowthPremium * 0.25), Grow(true, 0.25, -1.3), 9);

        // the premium is permanent (unlike a young Chinese startup's, which decays)
        var adopter = Firm(FirmKind.Startup, 10);
        adopter.AiAdopted = true;
        for (int t = 0; t < 40; t++) FirmDynamics.Grow(p, adopter, p.CapabilityReference, 0.25, 0);
        Assert.Equal(10 * Math.Exp((p.SectorGrowth[0] + p.AdoptionGrowthPremium) * 10), adopter.Revenue, 6);
        Assert.Equal(0.0, adopter.GrowthPremium);
    }

    [Fact]
    public void OnlyStartupsFail()
    {
        var p = TestWorld.Defaults;
        Assert.Equal(Clock.PerTick(p.StartupFailureRate), FirmDynamics.FailureProbability(p, Firm(FirmKind.Startup), Clock), 12);
        Assert.Equal(Clock.PerTick(p.StartupFailureRate), FirmDynamics.FailureProbability(p, Firm(FirmKind.ChineseStartup), Clock), 12);
        Assert.Equal(0.0, FirmDynamics.FailureProbability(p, Firm(FirmKind.Incumbent), Clock));
        Assert.Equal(0.0, FirmDynamics.FailureProbability(p, Firm(FirmKind.ChineseChampion), Clock));
        Assert.Equal(p.StartupBirthRate * 400 * 0.25, FirmDynamics.BirthMean(p, 400, 0.25), 12);
    }

    [Fact]
    public void DealSizes()
    {
        var p = TestWorld.Defaults;
        Assert.Equal(p.AcquisitionMultiple * 40, DealSizing.AcquisitionPrice(p, 40), 12);
        Assert.Equal(1, DealSizing.PlannedRdJobs(p, 0.0001));
        Assert.Equal((long)Math.Round(p.RdJobsPerEurM * 15), DealSizing.PlannedRdJobs(p, 15));
        var rng = new RandomStream(new StreamKey(1, 0, 0, 0, RandomPurpose.FundInvestment));
        var equity = Enumerable.Range(0, 4001).Select(_ => DealSizing.EquityStake(p, rng)).Order().ToArray();
        Assert.InRange(equity[2000], p.EquityMedian * 0.9, p.EquityMedian * 1.1);
        var vc = Enumerable.Range(0, 4001).Select(_ => DealSizing.VentureDeal(p, rng)).Order().ToArray();
        Assert.InRange(vc[2000], p.FundDealSize * 0.9, p.FundDealSize * 1.1);
    }
}
