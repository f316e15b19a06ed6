using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class MigrationTests
{
    private static double[] Probabilities(Region origin, PolicyState? policy = null)
    {
        var p = TestWorld.Defaults;
        var probabilities = new double[Regions.Count];
        Migration.DestinationProbabilities(p, origin, TestWorld.View(p, policy), probabilities);
        return probabilities;
    }

    [Fact]
    public void EveryOriginLeavesAStayRemainderAndNeverMovesToItself()
    {
        foreach (var origin in Regions.All)
        {
            var pr = Probabilities(origin);
            Assert.Equal(0.0, pr[origin.Index]);
            Assert.All(pr, x => Assert.InRange(x, 0.0, 1.0));
            Assert.True(pr.Sum() < 1, $"{origin.Code}: moving probabilities sum to {pr.Sum()}");
            Assert.True(pr.Sum() > 0);
        }
    }

    [Fact]
    public void ProbabilitiesFollowTheLogitFormula()
    {
        var p = TestWorld.Defaults;
        var w = TestWorld.View(p);
        var origin = Regions.Gsr;
        var pr = Probabilities(origin);
        double U(Region d) => p.MigrationWage * Math.Log(w.WageHigh[d.Index] / w.WageHigh[origin.Index])
                              + p.MigrationResearch * w.RdQuality[d.Index]
                              - (Migration.Continent(d) != Migration.Continent(origin) ? p.MigrationDistance : 0)
                              + (d.Country == origin.Country ? p.MigrationSameCountry : 0);
        double denom = Math.Exp(p.MigrationStay) + Regions.All.Where(d => d != origin).Sum(d => Math.Exp(U(d)));
        foreach (var d in Regions.All.Where(d => d != origin))
            Assert.Equal(Math.Exp(U(d)) / denom, pr[d.Index], 12);
        // staying in the same country is preferred to an equivalent move abroad
        Assert.True(pr[Regions.WestSweden.Index] > pr[Regions.Norway.Index]);
    }

    [Fact]
    public void HigherWagesAttractMigrants()
    {
        var p = TestWorld.Defaults;
        var w = TestWorld.View(p);
        var before = new double[Regions.Count];
        Migration.DestinationProbabilities(p, Regions.Gsr, w, before);
        w.WageHigh[Regions.Germany.Index] *= 1.5;
        var after = new double[Regions.Count];
        Migration.DestinationProbabilities(p, Regions.Gsr, w, after);
        Assert.True(after[Regions.Germany.Index] > before[Regions.Germany.Index]);
        Assert.True(after[Regions.Finland.Index] < before[Regions.Finland.Index]);
    }

    [Fact]
    public void VisaRefusalAppliesOnlyToChineseMoversToTheUsAndScalesWithIntensity()
    {
        var p = TestWorld.Defaults;
        var none = TestWorld.Policy();
        var half = TestWorld.Policy(TestWorld.Lever(PolicyLevers.UsVisaRestrictions, 0.5));
        var full = TestWorld.Policy(TestWorld.Lever(PolicyLevers.UsVisaRestrictions, 1));
        var us = Regions.UnitedStates;
        foreach (var hub in Regions.ChineseHubs)
        {
            Assert.Equal(0.0, Migration.RefusalShare(p, hub, us, none));
            Assert.Equal(p.VisaRefusal * 0.5, Migration.RefusalShare(p, hub, us, half), 12);
            Assert.Equal(p.VisaRefusal, Migration.RefusalShare(p, hub, us, full), 12);
            Assert.Equal(0.0, Migration.RefusalShare(p, hub, Regions.Gsr, full));
        }
        foreach (var origin in Regions.All.Where(r => !r.IsChinese))
            foreach (var dest in Regions.All)
                Assert.Equal(0.0, Migration.RefusalShare(p, origin, dest, full));
        Assert.Equal(1.0, Migration.RefusalShare(TestWorld.With(("talent.visa_refusal", 1.0)), Regions.Beijing, us, full));
    }

    [Fact]
    public void TalentReturnRaisesMovesToChineseHubsFromAbroadOnly()
    {
        var policy = TestWorld.Policy(TestWorld.Lever(PolicyLevers.TalentReturn, 1));
        foreach (var origin in new[] { Regions.Gsr, Regions.Germany, Regions.UnitedStates })
        {
            var before = Probabilities(origin);
            var after = Probabilities(origin, policy);
            foreach (var hub in Regions.ChineseHubs) Assert.True(after[hub.Index] > before[hub.Index]);
            Assert.True(Regions.ChineseHubs.Sum(h => after[h.Index]) > Regions.ChineseHubs.Sum(h => before[h.Index]));
        }
        // within China the pull does not apply
        var b = Probabilities(Regions.Beijing);
        var a = Probabilities(Regions.Beijing, policy);
        for (int d = 0; d < Regions.Count; d++) Assert.Equal(b[d], a[d], 12);
    }

    [Fact]
    public void ChineseTalentIsPulledToTheUs()
    {
        var p = TestWorld.With(("talent.logit.us_pull", 0.0));
        var w = TestWorld.View(p);
        var without = new double[Regions.Count];
        Migration.DestinationProbabilities(p, Regions.Beijing, w, without);
        var with = Probabilities(Regions.Beijing);
        Assert.True(with[Regions.UnitedStates.Index] > without[Regions.UnitedStates.Index]);
    }

    [Fact]
    public void IntentionsNeverExceedThePoolAndNeverTargetTheOrigin()
    {
        var p = TestWorld.Defaults;
        var w = TestWorld.View(p);
        var rng = new RandomStream(new StreamKey(5, 0, 0, 0, RandomPurpose.Migration));
        var movers = new long[Regions.Count];
        double total = 0;
        const int reps = 400;
        const long pool = 100_000;
        for (int i = 0; i < reps; i++)
        {
            Migration.Intentions(p, Regions.Gsr, pool, w, 0.25, rng, movers);
            Assert.Equal(0, movers[Regions.Gsr.Index]);
            Assert.All(movers, m => Assert.True(m >= 0));
            Assert.True(movers.Sum() <= pool);
            total += movers.Sum();
        }
        double expected = pool * p.MobilityRate * 0.25 * Probabilities(Regions.Gsr).Sum();
        Assert.Equal(expected, total / reps, expected * 0.05);
        Migration.Intentions(p, Regions.Gsr, 0, w, 0.25, rng, movers);
        Assert.All(movers, m => Assert.Equal(0, m));
    }
}
