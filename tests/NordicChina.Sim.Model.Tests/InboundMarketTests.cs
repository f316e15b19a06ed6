using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class InboundMarketTests
{
    private static readonly int Telecom = Sectors.ByCode("telecom").Index;          // sensitivity 1.0
    private static readonly int Manufacturing = Sectors.ByCode("manufacturing").Index;
    private static readonly int Paper = Sectors.ByCode("paper").Index;

    private static RandomStream Rng(int tick = 0) => new(new StreamKey(11, 0, EntityIds.Region(0), tick, RandomPurpose.AcquisitionTarget));

    /// <summary>GSR firms in id order: 20 eligible telecom incumbents, 5 eligible startups (manufacturing),
    /// and ineligible ones: dead, already Chinese-owned, Chinese, too large, too small to take equity.</summary>
    private static List<Firm> Firms()
    {
        var firms = new List<Firm>();
        long serial = 0;
        Firm Add(FirmKind kind, int sector, double revenue)
        {
            var f = new Firm { Id = EntityIds.Firm(0, serial++), Region = 0, Sector = sector, Kind = kind, Revenue = revenue };
            firms.Add(f);
            return f;
        }
        for (int i = 0; i < 20; i++) Add(FirmKind.Incumbent, Telecom, 10 + i);
        for (int i = 0; i < 5; i++) Add(FirmKind.Startup, Manufacturing, 1.0);      // valuation 6 >= 1.24
        Add(FirmKind.Incumbent, Telecom, 10).Alive = false;
        Add(FirmKind.Incumbent, Telecom, 10).ChineseOwned = true;
        Add(FirmKind.ChineseManufacturer, Telecom, 10);
        Add(FirmKind.Incumbent, Telecom, 1_000_000);                                   // above deal.acquisition_max_revenue
        Add(FirmKind.Startup, Manufacturing, 0.1);                                      // valuation 0.6 < 1.24
        Add(FirmKind.Startup, Manufacturing, 1.0).ChineseOwned = true;
        return firms;
    }

    private static HashSet<long> Ids(IEnumerable<Firm> firms) => firms.Select(f => f.Id).ToHashSet();

    [Fact]
    public void EligibilityRules()
    {
        var p = TestWorld.Defaults;
        var firms = Firms();
        Assert.Equal(26, firms.Count(f => InboundMarket.IsAcquirable(p, f)));   // 20 incumbents + 6 unowned startups (valuation does not matter)
        Assert.Equal(5, firms.Count(f => InboundMarket.IsEquityEligible(p, f)));
    }

    [Fact]
    public void ScreeningAtFullIntensityOnAFullySensitiveSectorBlocksEveryAcquisition()
    {
        var p = TestWorld.With(("screening.redirect_share", 0.0));
        Assert.Equal(1.0, p.SectorSensitivity[Telecom]);
        var market = new InboundMarket(p, Firms(), Rng());
        for (int i = 0; i < 200; i++)
        {
            var r = market.Resolve(Telecom, InvestmentMode.Acquisition, 1.0);
            Assert.Equal(DealStatus.Blocked, r.Status);
            Assert.Equal(0, r.TargetFirmId);
            Assert.Equal(0, r.AmountEurM);
        }
    }

    [Fact]
    public void BlockedAcquisitionsAreRedirectedOrBlockedNeverCompleted()
    {
        var p = TestWorld.With(("screening.redirect_share", 0.5));   // the default is calibrated; a share of one half, stated
        var market = new InboundMarket(p, Firms(), Rng());
        var statuses = Enumerable.Range(0, 400).Select(_ => market.Resolve(Telecom, InvestmentMode.Acquisition, 1.0).Status).ToList();
        Assert.DoesNotContain(DealStatus.Completed, statuses);
        Assert.DoesNotContain(DealStatus.NoTarget, statuses);
        int redirected = statuses.Count(s => s == DealStatus.Redirected);
        Assert.InRange(redirected, 400 * 0.5 - 50, 400 * 0.5 + 50);
    }

    [Fact]
    public void WithRedirectShareOneEveryBlockedDealBecomesAnRdCentre()
    {
        var p = TestWorld.With(("screening.redirect_share", 1.0));
        var market = new InboundMarket(p, Firms(), Rng());
        for (int i = 0; i < 200; i++)
        {
            var r = market.Resolve(Telecom, InvestmentMode.Acquisition, 1.0);
            Assert.Equal(DealStatus.Redirected, r.Status);
            Assert.Equal(InvestmentMode.GreenfieldRdCentre, r.Mode);
            Assert.Equal(0, r.TargetFirmId);
            Assert.True(r.AmountEurM > 0);
            Assert.Equal(DealSizing.PlannedRdJobs(p, r.AmountEurM), r.PlannedJobs);
            Assert.True(r.PlannedJobs >= 1);
        }
    }

    [Fact]
    public void ScreeningBlocksInProportionToIntensityTimesSensitivity()
    {
        var p = TestWorld.With(("screening.redirect_share", 0.0));
        int paperFirms = 2000;
        var firms = Enumerable.Range(0, paperFirms)
            .Select(i => new Firm { Id = EntityIds.Firm(0, i), Region = 0, Sector = Paper, Kind = FirmKind.Incumbent, Revenue = 5 })
            .ToList();
        var market = new InboundMarket(p, firms, Rng());
        int blocked = 0;
        const int n = 1000;
        for (int i = 0; i < n; i++) if (market.Resolve(Paper, InvestmentMode.Acquisition, 0.5).Status == DealStatus.Blocked) blocked++;
        double expected = 0.5 * p.SectorSensitivity[Paper];   // 0.1
        Assert.InRange(blocked / (double)n, expected - 0.04, expected + 0.04);

        var open = new InboundMarket(p, firms, Rng());
        for (int i = 0; i < 100; i++) Assert.Equal(DealStatus.Completed, open.Resolve(Paper, InvestmentMode.Acquisition, 0).Status);
    }

    [Fact]
    public void EachFirmIsAcquiredAtMostOnceAndOnlyIfEligible()
    {
        var p = TestWorld.Defaults;
        var firms = Firms();
        var eligible = Ids(firms.Where(f => f.Sector == Telecom && InboundMarket.IsAcquirable(p, f)));
        Assert.Equal(20, eligible.Count);
        var market = new InboundMarket(p, firms, Rng());
        var taken = new List<long>();
        for (int i = 0; i < 30; i++)
        {
            var r = market.Resolve(Telecom, InvestmentMode.Acquisition, 0);
            if (i < 20)
            {
                Assert.Equal(DealStatus.Completed, r.Status);
                Assert.Equal(InvestmentMode.Acquisition, r.Mode);
                Assert.Contains(r.TargetFirmId, eligible);
                var target = firms.Single(f => f.Id == r.TargetFirmId);
                Assert.Equal(DealSizing.AcquisitionPrice(p, target.Revenue), r.AmountEurM, 12);
                taken.Add(r.TargetFirmId);
            }
            else Assert.Equal(DealStatus.NoTarget, r.Status);
        }
        Assert.Equal(20, taken.Distinct().Count());
    }

    [Fact]
    public void NoTargetWhenTheSectorHasNoEligibleFirm()
    {
        var p = TestWorld.Defaults;
        var market = new InboundMarket(p, Firms(), Rng());
        var r = market.Resolve(Sectors.ByCode("energy").Index, InvestmentMode.Acquisition, 0);
        Assert.Equal(DealStatus.NoTarget, r.Status);
        Assert.Equal(0, r.TargetFirmId);
        Assert.Equal(DealStatus.NoTarget, market.Resolve(-1, InvestmentMode.Acquisition, 0).Status);

        var empty = new InboundMarket(p, [], Rng());
        Assert.Equal(DealStatus.NoTarget, empty.Resolve(Telecom, InvestmentMode.Acquisition, 0).Status);
        Assert.Equal(DealStatus.NoTarget, empty.Resolve(Telecom, InvestmentMode.Equity, 0).Status);
        Assert.Equal(DealStatus.Completed, empty.Resolve(Telecom, InvestmentMode.GreenfieldRdCentre, 0).Status);
    }

    [Fact]
    public void EquityGoesToEligibleStartupsWhichCanTakeSeveralInvestors()
    {
        var p = TestWorld.Defaults;
        var firms = Firms();
        var eligible = Ids(firms.Where(f => InboundMarket.IsEquityEligible(p, f)));
        var market = new InboundMarket(p, firms, Rng());
        var targets = new List<long>();
        for (int i = 0; i < 50; i++)
        {
            var r = market.Resolve(Manufacturing, InvestmentMode.Equity, 1.0);   // screening does not apply to equity
            Assert.Equal(DealStatus.Completed, r.Status);
            Assert.Equal(InvestmentMode.Equity, r.Mode);
            Assert.Contains(r.TargetFirmId, eligible);
            Assert.True(r.AmountEurM > 0);
            targets.Add(r.TargetFirmId);
        }
        Assert.True(targets.Distinct().Count() < targets.Count);
        Assert.Equal(eligible.Count, targets.Distinct().Count());
    }

    [Fact]
    public void RdCentresAreAlwaysPossibleAndSizedLogNormally()
    {
        var p = TestWorld.Defaults;
        var market = new InboundMarket(p, Firms(), Rng());
        var amounts = new List<double>();
        for (int i = 0; i < 4000; i++)
        {
            var r = market.Resolve(Telecom, InvestmentMode.GreenfieldRdCentre, 1.0);
            Assert.Equal(DealStatus.Completed, r.Status);
            Assert.Equal(DealSizing.PlannedRdJobs(p, r.AmountEurM), r.PlannedJobs);
            amounts.Add(r.AmountEurM);
        }
        amounts.Sort();
        double median = amounts[amounts.Count / 2];
        Assert.InRange(median, p.RdCentreMedian * 0.9, p.RdCentreMedian * 1.1);
    }

    [Fact]
    public void FollowOnCompletesForALiveDomesticFirm()
    {
        var p = TestWorld.Defaults;
        var firms = Firms();
        var market = new InboundMarket(p, firms, Rng());
        // a held startup, a held incumbent, and a startup too small for new equity: all still take follow-ons
        foreach (var held in new[] { firms[20], firms[0], firms.Single(f => f.Revenue == 0.1) })
        {
            var r = market.Resolve(-1, InvestmentMode.Equity, 0, byFund: true, followOnFirmId: held.Id);
            Assert.Equal(DealStatus.Completed, r.Status);
            Assert.Equal(InvestmentMode.Equity, r.Mode);
            Assert.Equal(held.Id, r.TargetFirmId);
            Assert.True(r.AmountEurM > 0);
            Assert.Equal(0, r.PlannedJobs);
        }
    }

    [Fact]
    public void FollowOnIsNoTargetForAnUnknownDeadOrChineseOwnedFirm()
    {
        var p = TestWorld.Defaults;
        var firms = Firms();
        var market = new InboundMarket(p, firms, Rng());
        var dead = firms.Single(f => !f.Alive);
        var owned = firms.First(f => f.ChineseOwned);
        var ownedStartup = firms.Last(f => f.ChineseOwned);
        Assert.Equal(FirmKind.Startup, ownedStartup.Kind);
        foreach (long id in new[] { EntityIds.Firm(0, 9_999), EntityIds.Firm(3, 0), dead.Id, owned.Id, ownedStartup.Id })
        {
            var r = market.Resolve(-1, InvestmentMode.Equity, 0, byFund: true, followOnFirmId: id);
            Assert.Equal(DealStatus.NoTarget, r.Status);
            Assert.Equal(0, r.TargetFirmId);
            Assert.Equal(0, r.AmountEurM);
        }
        // a firm that dies after the market was built is no target either (the market reads the live state)
        var later = firms[21];
        later.Alive = false;
        Assert.Equal(DealStatus.NoTarget, market.Resolve(-1, InvestmentMode.Equity, 0, true, later.Id).Status);
    }

    [Fact]
    public void FollowOnIsNeitherScreenedNorTakenOffTheMarket()
    {
        var p = TestWorld.With(("screening.redirect_share", 0.0));
        var firms = Firms();
        var market = new InboundMarket(p, firms, Rng());
        var held = firms[0];   // an acquirable telecom incumbent
        for (int i = 0; i < 50; i++)
        {
            // full screening on a fully sensitive sector, requested as an acquisition: still a completed follow-on equity deal
            var r = market.Resolve(Telecom, InvestmentMode.Acquisition, 1.0, byFund: true, followOnFirmId: held.Id);
            Assert.Equal(DealStatus.Completed, r.Status);
            Assert.Equal(InvestmentMode.Equity, r.Mode);
            Assert.Equal(held.Id, r.TargetFirmId);
        }
        // the held firm is still among the 20 acquisition targets
        var taken = Enumerable.Range(0, 20).Select(_ => market.Resolve(Telecom, InvestmentMode.Acquisition, 0)).ToList();
        Assert.All(taken, r => Assert.Equal(DealStatus.Completed, r.Status));
        Assert.Contains(held.Id, taken.Select(r => r.TargetFirmId));
    }

    [Fact]
    public void FundDealsAreSizedAsVentureDealsAndOtherEquityAsStakes()
    {
        var p = TestWorld.Defaults;
        Assert.NotEqual(p.FundDealSize, p.EquityMedian);
        var firms = Firms();
        var market = new InboundMarket(p, firms, Rng());
        double Median(Func<DealResolution> resolve)
        {
            var xs = Enumerable.Range(0, 4001).Select(_ => resolve()).Select(r =>
            {
                Assert.Equal(DealStatus.Completed, r.Status);
                return r.AmountEurM;
            }).Order().ToArray();
            return xs[2000];
        }
        double fund = Median(() => market.Resolve(-1, InvestmentMode.Equity, 0, byFund: true));
        double stake = Median(() => market.Resolve(Manufacturing, InvestmentMode.Equity, 0, byFund: false));
        double followOn = Median(() => market.Resolve(-1, InvestmentMode.Equity, 0, byFund: true, followOnFirmId: firms[20].Id));
        Assert.InRange(fund, p.FundDealSize * 0.9, p.FundDealSize * 1.1);
        Assert.InRange(followOn, p.FundDealSize * 0.9, p.FundDealSize * 1.1);
        Assert.InRange(stake, p.EquityMedian * 0.9, p.EquityMedian * 1.1);
    }

    private static DealResolution[] Script(RandomStream rng)
    {
        var market = new InboundMarket(TestWorld.Defaults, Firms(), rng);
        var results = new List<DealResolution>();
        for (int i = 0; i < 40; i++)
        {
            results.Add(market.Resolve(Telecom, InvestmentMode.Acquisition, 0.3));
            results.Add(market.Resolve(Manufacturing, InvestmentMode.Equity, 0.3));
            results.Add(market.Resolve(Paper, InvestmentMode.GreenfieldRdCentre, 0.3));
        }
        return results.ToArray();
    }

    [Fact]
    public void SameStreamKeyGivesIdenticalResults()
    {
        Assert.Equal(Script(Rng(5)), Script(Rng(5)));
        Assert.NotEqual(Script(Rng(5)), Script(Rng(6)));
    }
}
