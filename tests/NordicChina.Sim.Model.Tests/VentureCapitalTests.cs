using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class VentureCapitalTests
{
    private static readonly SimClock Clock = new(2020, 2040, 4);

    private static VentureFund Fund(bool chinese, double vintage = 2020, double committed = 150, double invested = 0, bool guiding = false) => new()
    {
        Id = EntityIds.Fund(chinese ? 0 : 1),
        Chinese = chinese,
        HomeRegion = chinese ? Regions.Beijing.Index : Regions.Gsr.Index,
        Vintage = vintage,
        Committed = committed,
        Invested = invested,
        Guiding = guiding,
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
            else Assert.True(se.IsNordic, $"a Nordic fund invested in {se.Code}");
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
        Assert.Equal(["GSR", "WSE", "FIN", "DNK", "NOR"], Regions.All.Where(r => r.IsNordic).Select(r => r.Code));
    }
    [Fact]
    public void OnlyNonGuidingChineseFundsAreExposedToDebtTightening()
    {
        Assert.True(VentureCapital.ExposedToDebtTightening(Fund(true)));
        Assert.False(VentureCapital.ExposedToDebtTightening(Fund(true, guiding: true)));
        Assert.False(VentureCapital.ExposedToDebtTightening(Fund(false)));
        Assert.False(VentureCapital.ExposedToDebtTightening(Fund(false, guiding: true)));
    }

    [Fact]
    public void GuidingFundsDoNotFailFromDebtTightening()
    {
        var p = TestWorld.Defaults;
        var off = TestWorld.Policy();
        foreach (double intensity in new[] { 0.5, 1.0, PolicyLevers.DebtTightening.MaxIntensity })
        {
            var on = TestWorld.Policy(TestWorld.Lever(PolicyLevers.DebtTightening, intensity));
            var guiding = Fund(true, guiding: true);
            Assert.Equal(VentureCapital.FailureProbability(p, guiding, off, Clock), VentureCapital.FailureProbability(p, guiding, on, Clock), 12);
            Assert.Equal(Clock.PerTick(p.FundFailureRate), VentureCapital.FailureProbability(p, guiding, on, Clock), 12);
            Assert.True(VentureCapital.FailureProbability(p, Fund(true), on, Clock) > VentureCapital.FailureProbability(p, guiding, on, Clock));
        }
    }

    [Fact]
    public void DebtTighteningCutsOnlyNonGuidingChineseSuccessors()
    {
        var p = TestWorld.Defaults;
        var off = TestWorld.Policy();
        var half = TestWorld.Policy(TestWorld.Lever(PolicyLevers.DebtTightening, 0.5));
        var full = TestWorld.Policy(TestWorld.Lever(PolicyLevers.DebtTightening, 1));
        var max = TestWorld.Policy(TestWorld.Lever(PolicyLevers.DebtTightening, PolicyLevers.DebtTightening.MaxIntensity));

        var exposed = Fund(true);
        Assert.Equal(p.FundReraiseProbability, VentureCapital.SuccessorProbability(p, exposed, off), 12);
        Assert.Equal(p.FundReraiseProbability * (1 - p.FundReraiseDebtTighteningCut * 0.5), VentureCapital.SuccessorProbability(p, exposed, half), 12);
        Assert.Equal(p.FundReraiseProbability * (1 - p.FundReraiseDebtTighteningCut), VentureCapital.SuccessorProbability(p, exposed, full), 12);
        Assert.True(VentureCapital.SuccessorProbability(p, exposed, full) < VentureCapital.SuccessorProbability(p, exposed, half));
        // never negative: cut x intensity above one leaves no chance at all
        Assert.True(p.FundReraiseDebtTighteningCut * PolicyLevers.DebtTightening.MaxIntensity > 1);
        Assert.Equal(0.0, VentureCapital.SuccessorProbability(p, exposed, max));

        foreach (var safe in new[] { Fund(true, guiding: true), Fund(false) })
            foreach (var policy in new[] { half, full, max })
                Assert.Equal(p.FundReraiseProbability, VentureCapital.SuccessorProbability(p, safe, policy), 12);

        // the pandemic still cuts a guiding fund's chance
        var pandemic = TestWorld.Policy(TestWorld.Lever(PolicyLevers.Pandemic, 1), TestWorld.Lever(PolicyLevers.DebtTightening, 1));
        Assert.Equal(p.FundReraiseProbability * (1 - p.PandemicEffect),
            VentureCapital.SuccessorProbability(p, Fund(true, guiding: true), pandemic), 12);
        Assert.Equal(p.FundReraiseProbability * (1 - p.PandemicEffect) * (1 - p.FundReraiseDebtTighteningCut),
            VentureCapital.SuccessorProbability(p, exposed, pandemic), 12);
    }

    [Fact]
    public void TheAiPlanBoostsOnlyGuidingFundsDealFlow()
    {
        var p = TestWorld.Defaults;
        var off = TestWorld.Policy();
        var on = TestWorld.Policy(TestWorld.Lever(PolicyLevers.AiPlan, 2));
        var guiding = Fund(true, committed: 100, guiding: true);
        double normal = VentureCapital.ExpectedDeals(p, guiding, off, 0.25);
        Assert.Equal(100 / p.FundInvestmentPeriod / p.FundDealSize * 0.25, normal, 12);
        Assert.Equal(normal * (1 + p.FundGuidingAiPlanBoost * 2), VentureCapital.ExpectedDeals(p, guiding, on, 0.25), 12);
        foreach (var other in new[] { Fund(true, committed: 100), Fund(false, committed: 100) })
            Assert.Equal(VentureCapital.ExpectedDeals(p, other, off, 0.25), VentureCapital.ExpectedDeals(p, other, on, 0.25), 12);
    }

    [Fact]
    public void DealCapCountsTheMedianDealsTheMoneyLeftCanPayFor()
    {
        var p = TestWorld.Defaults;
        Assert.Equal((long)Math.Floor(150 / p.FundDealSize), VentureCapital.DealCap(p, Fund(true, committed: 150)));
        Assert.Equal((long)Math.Floor(50 / p.FundDealSize), VentureCapital.DealCap(p, Fund(true, committed: 150, invested: 100)));
        // at least one while any money is left
        Assert.Equal(1, VentureCapital.DealCap(p, Fund(true, committed: 150, invested: 150 - p.FundDealSize / 10)));
        // none when fully (or over-) invested
        Assert.Equal(0, VentureCapital.DealCap(p, Fund(true, committed: 150, invested: 150)));
        Assert.Equal(0, VentureCapital.DealCap(p, Fund(false, committed: 80, invested: 83.7)));
    }

    [Fact]
    public void HoldingsAreWrittenOffAtTheStartupFailureRateAndExitedForPositiveProceeds()
    {
        var p = TestWorld.Defaults;
        var rng = new RandomStream(new StreamKey(23, 0, 0, 0, RandomPurpose.FundHoldings));
        const int n = 60_000;
        int writtenOff = 0;
        var multiples = new List<double>();
        for (int i = 0; i < n; i++)
        {
            var holding = new Holding { Region = Regions.Gsr.Index, FirmId = EntityIds.Firm(0, i), Invested = 2.0 };
            var (off, proceeds) = VentureCapital.HoldingStep(p, holding, Clock, rng);
            if (off)
            {
                writtenOff++;
                Assert.Equal(0.0, proceeds);
            }
            else if (proceeds != 0)
            {
                Assert.True(proceeds > 0);
                multiples.Add(proceeds / holding.Invested);
            }
        }
        double pFail = Clock.PerTick(p.StartupFailureRate);
        double pExit = (1 - pFail) * Clock.PerTick(p.FundExitRate);
        Assert.InRange(writtenOff / (double)n, pFail * 0.9, pFail * 1.1);
        Assert.InRange(multiples.Count / (double)n, pExit * 0.9, pExit * 1.1);
        multiples.Sort();
        Assert.InRange(multiples[multiples.Count / 2], p.FundExitMultiple * 0.85, p.FundExitMultiple * 1.15);
    }

    [Fact]
    public void HoldingStepRespectsZeroRatesAndScalesWithTheStake()
    {
        var rng = new RandomStream(new StreamKey(23, 0, 0, 0, RandomPurpose.FundHoldings));
        var keep = TestWorld.With(("firm.startup_failure_rate", 0.0), ("fund.exit_rate", 0.0));
        for (int i = 0; i < 1000; i++)
            Assert.Equal((false, 0.0), VentureCapital.HoldingStep(keep, new Holding { Region = 0, FirmId = 1, Invested = 3 }, Clock, rng));

        var alwaysExit = TestWorld.With(("firm.startup_failure_rate", 0.0), ("fund.exit_rate", 1.0), ("fund.exit_sigma", 0.0));
        var (off, proceeds) = VentureCapital.HoldingStep(alwaysExit, new Holding { Region = 0, FirmId = 1, Invested = 4 }, Clock, rng);
        Assert.False(off);
        Assert.Equal(4 * alwaysExit.FundExitMultiple, proceeds, 9);

        var alwaysFail = TestWorld.With(("firm.startup_failure_rate", 1.0), ("fund.exit_rate", 1.0));
        Assert.Equal((true, 0.0), VentureCapital.HoldingStep(alwaysFail, new Holding { Region = 0, FirmId = 1, Invested = 4 }, Clock, rng));
    }
}
