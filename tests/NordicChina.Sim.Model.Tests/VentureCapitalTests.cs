using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class VentureCapitalTests
{
    private static readonly SimClock Clock = new(2020, 2040, 4);

    private static VentureFund Fund(bool chinese, double vintage = 2020, double committed = 150, double invested = 0) => new()
    {
        Id = EntityIds.Fund(chinese ? 0 : 1),
        Chinese = chinese,
        HomeRegion = chinese ? Regions.Beijing.Index : Regions.Gsr.Index,
        Vintage = vintage,
        Committed = committed,
        Invested = invested,
    };

    [Fact]
    public void FundsInvestOnlyDuringTheInvestmentPeriod()
    {
        var p = TestWorld.Defaults;
        var fund = Fund(true);
        Assert.True(VentureCapital.Investing(p, fund, 2020));
        Assert.True(VentureCapital.Investing(p, fund, 2020 + p.FundInvestmentPeriod - 0.25));
        Assert.False(VentureCapital.Investing(p, fund, 2020 + p.FundInvestmentPeriod));
        Assert.False(VentureCapital.Investing(p, fund, 2033));
        Assert.False(VentureCapital.Investing(p, Fund(true, invested: 150), 2021));
        var failed = Fund(true); failed.Failed = true;
        Assert.False(VentureCapital.Investing(p, failed, 2021));
        var inactive = Fund(false); inactive.Active = false;
        Assert.False(VentureCapital.Investing(p, inactive, 2021));
    }

    [Fact]
    public void EndOfLifeAfterTheFundLife()
    {
        var p = TestWorld.Defaults;
        var fund = Fund(false);
        Assert.False(VentureCapital.EndOfLife(p, fund, 2020 + p.FundLife - 0.25));
        Assert.True(VentureCapital.EndOfLife(p, fund, 2020 + p.FundLife));
    }

    [Fact]
    public void DebtTighteningRaisesOnlyChineseFundsFailureProbability()
    {
        var p = TestWorld.Defaults;
        var off = TestWorld.Policy();
        var on = TestWorld.Policy(TestWorld.Lever(PolicyLevers.DebtTightening, 1));
        double cnOff = VentureCapital.FailureProbability(p, Fund(true), off, Clock);
        double cnOn = VentureCapital.FailureProbability(p, Fund(true), on, Clock);
        double seOff = VentureCapital.FailureProbability(p, Fund(false), off, Clock);
        double seOn = VentureCapital.FailureProbability(p, Fund(false), on, Clock);
        Assert.Equal(Clock.PerTick(p.FundFailureRate), cnOff, 12);
        Assert.Equal(cnOff, seOff, 12);
        Assert.Equal(seOff, seOn, 12);
        Assert.True(cnOn > cnOff);
        Assert.Equal(Clock.PerTick(p.FundFailureRate + p.FundFailureDebtTightening), cnOn, 12);
        // annualised: about 18% of Chinese funds fail in a year of full tightening (report: 15-20%)
        double annual = 1 - Math.Pow(1 - cnOn, 4);
        Assert.InRange(annual, 0.15, 0.20);
    }

    [Fact]
    public void PandemicCutsExpectedDealsAndSuccessors()
    {
        var p = TestWorld.Defaults;
        var fund = Fund(true, committed: 100);
        var off = TestWorld.Policy();
        var on = TestWorld.Policy(TestWorld.Lever(PolicyLevers.Pandemic, 1));
        double normal = VentureCapital.ExpectedDeals(p, fund, off, 0.25);
        Assert.Equal(100 / p.FundInvestmentPeriod / p.FundDealSize * 0.25, normal, 12);
        Assert.Equal(normal * (1 - p.PandemicEffect), VentureCapital.ExpectedDeals(p, fund, on, 0.25), 12);
        Assert.Equal(p.FundReraiseProbability, VentureCapital.SuccessorProbability(p, fund, off), 12);
        Assert.Equal(p.FundReraiseProbability * (1 - p.PandemicEffect), VentureCapital.SuccessorProbability(p, fund, on), 12);
        var total = TestWorld.With(("outbound.pandemic_effect", 1.0));
        Assert.Equal(0.0, VentureCapital.ExpectedDeals(total, fund, on, 0.25));
    }

    [Fact]
    public void DealRegionsFollowTheFundsHomeAndAbroadShares()
    {
        var p = TestWorld.Defaults;
        var w = TestWorld.View(p);
        var rng = new RandomStream(new StreamKey(4, 0, 0, 0, RandomPurpose.FundInvestment));
        const int n = 20_000;
        int cnAbroad = 0, seInChina = 0;
        for (int i = 0; i < n; i++)
        {
            var cn = Regions.All[VentureCapital.ChooseRegion(p, Fund(true), w, rng)];
            if (cn.IsHost) cnAbroad++; else Assert.True(cn.IsChinese);
            var se = Regions.All[VentureCapital.ChooseRegion(p, Fund(false), w, rng)];
            if (se.IsChinese) seInChina++;
            else Assert.True(VentureCapital.IsNordic(se), $"a Nordic fund invested in {se.Code}");
        }
        Assert.InRange(cnAbroad / (double)n, p.FundCnAbroadShare - 0.015, p.FundCnAbroadShare + 0.015);
        Assert.InRange(seInChina / (double)n, p.FundNordicChinaShare - 0.006, p.FundNordicChinaShare + 0.006);
    }

    [Fact]
    public void NoEligibleStartupsMeansNoRegion()
    {
        var p = TestWorld.Defaults;
        var w = TestWorld.View(p);
        Array.Clear(w.EquityEligible);
        var rng = new RandomStream(new StreamKey(4, 0, 0, 0, RandomPurpose.FundInvestment));
        for (int i = 0; i < 200; i++)
        {
            Assert.Equal(-1, VentureCapital.ChooseRegion(p, Fund(true), w, rng));
            Assert.Equal(-1, VentureCapital.ChooseRegion(p, Fund(false), w, rng));
        }
    }

    [Fact]
    public void NordicRegionsAreTheSwedishHostsFinlandDenmarkAndNorway()
    {
        Assert.Equal(["GSR", "WSE", "FIN", "DNK", "NOR"], Regions.All.Where(VentureCapital.IsNordic).Select(r => r.Code));
    }
}
