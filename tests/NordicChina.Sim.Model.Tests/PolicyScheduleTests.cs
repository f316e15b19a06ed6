using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class PolicyScheduleTests
{
    private static PolicyState Eval(int year, string? owner, params PolicySetting[] settings) =>
        PolicySchedule.Evaluate(settings, ParameterSet.Defaults, year, owner);

    private static PolicySetting S(PolicyLever lever, int start, int end, double intensity, params string[] regions) =>
        new(lever.Name, start, end, intensity, regions);

    [Fact]
    public void DefaultsApplyWhenNoEntryCoversTheYear()
    {
        var settings = new[] { S(PolicyLevers.AiPlan, 2020, 2030, 2.0), S(PolicyLevers.GoingOut, 2025, 2026, 3.0) };
        foreach (int year in new[] { 2019, 2031 })
        {
            var state = Eval(year, null, settings);
            foreach (var lever in PolicyLevers.All)
                foreach (var r in Regions.All)
                    Assert.Equal(ParameterSet.Defaults[$"policy.{lever.Name}.default"], state[lever, r.Index]);
        }
        Assert.Equal(1.0, Eval(2019, null, settings)[PolicyLevers.GoingOut]);
        Assert.Equal(0.0, Eval(2019, null, settings)[PolicyLevers.AiPlan]);
        var overridden = ParameterSet.Defaults.With([new("policy.ai_plan.default", 0.7)]);
        Assert.Equal(0.7, PolicySchedule.Evaluate(settings, overridden, 2035)[PolicyLevers.AiPlan]);
    }

    [Fact]
    public void EntriesCoverTheirStartAndEndYearsInclusive()
    {
        var settings = new[] { S(PolicyLevers.AiPlan, 2020, 2030, 2.0) };
        Assert.Equal(0.0, Eval(2019, null, settings)[PolicyLevers.AiPlan]);
        Assert.Equal(2.0, Eval(2020, null, settings)[PolicyLevers.AiPlan]);
        Assert.Equal(2.0, Eval(2025, null, settings)[PolicyLevers.AiPlan]);
        Assert.Equal(2.0, Eval(2030, null, settings)[PolicyLevers.AiPlan]);
        Assert.Equal(0.0, Eval(2031, null, settings)[PolicyLevers.AiPlan]);
        Assert.True(settings[0].Covers(2030) && !settings[0].Covers(2031));
    }

    [Fact]
    public void TheLastCoveringEntryWins()
    {
        var settings = new[]
        {
            S(PolicyLevers.TradeConflict, 2020, 2040, 0.5),
            S(PolicyLevers.TradeConflict, 2025, 2027, 2.0),
            S(PolicyLevers.TradeConflict, 2026, 2026, 0.0),
        };
        Assert.Equal(0.5, Eval(2024, null, settings)[PolicyLevers.TradeConflict]);
        Assert.Equal(2.0, Eval(2025, null, settings)[PolicyLevers.TradeConflict]);
        Assert.Equal(0.0, Eval(2026, null, settings)[PolicyLevers.TradeConflict]);
        Assert.Equal(2.0, Eval(2027, null, settings)[PolicyLevers.TradeConflict]);
        Assert.Equal(0.5, Eval(2028, null, settings)[PolicyLevers.TradeConflict]);
        // order, not size, decides
        var reversed = settings.Reverse().ToArray();
        Assert.Equal(0.5, Eval(2026, null, reversed)[PolicyLevers.TradeConflict]);
    }

    [Fact]
    public void NonScopedLeversHoldTheSameValueEverywhere()
    {
        var state = Eval(2022, null, S(PolicyLevers.Pandemic, 2020, 2022, 0.8));
        foreach (var r in Regions.All) Assert.Equal(0.8, state[PolicyLevers.Pandemic, r.Index]);
    }

    [Fact]
    public void HostScopedEntriesApplyOnlyInTheirRegions()
    {
        var settings = new[]
        {
            S(PolicyLevers.FdiScreening, 2021, 2040, 0.3, "FIN", "dnk"),
            S(PolicyLevers.FdiScreening, 2021, 2040, 0.2, "GSR"),
        };
        var state = Eval(2022, null, settings);
        foreach (var r in Regions.All)
        {
            double expected = r.Code switch { "FIN" or "DNK" => 0.3, "GSR" => 0.2, _ => 0.0 };
            Assert.Equal(expected, state[PolicyLevers.FdiScreening, r.Index]);
        }
        // without regions, a host-scoped entry applies in every region
        var everywhere = Eval(2022, null, S(PolicyLevers.FdiScreening, 2021, 2040, 0.4));
        foreach (var r in Regions.Hosts) Assert.Equal(0.4, everywhere[PolicyLevers.FdiScreening, r.Index]);
        // regions on a non-scoped lever are ignored by the schedule (the loader refuses them)
        var ignored = Eval(2022, null, S(PolicyLevers.Pandemic, 2021, 2040, 0.4, "GSR"));
        foreach (var r in Regions.All) Assert.Equal(0.4, ignored[PolicyLevers.Pandemic, r.Index]);
    }

    [Fact]
    public void EachGovernmentEvaluatesOnlyTheLeversItOwns()
    {
        var settings = new[]
        {
            S(PolicyLevers.AiPlan, 2020, 2040, 1.0),                 // CN
            S(PolicyLevers.Wasp, 2020, 2040, 1.0),                   // SE
            S(PolicyLevers.TradeConflict, 2020, 2040, 1.0),          // US
            S(PolicyLevers.EuChinaTreaty, 2020, 2040, 1.0, "DEU"),   // EU, host-scoped
            S(PolicyLevers.FdiScreening, 2020, 2040, 0.5),           // host: every government in its own regions
            S(PolicyLevers.Pandemic, 2020, 2040, 1.0),               // world
        };
        var cn = Eval(2021, Countries.China, settings);
        var se = Eval(2021, Countries.Sweden, settings);
        var eu = Eval(2021, Countries.EuropeanUnion, settings);
        var us = Eval(2021, Countries.UnitedStates, settings);

        Assert.Equal(1.0, cn[PolicyLevers.AiPlan]);
        Assert.Equal(1.0, cn[PolicyLevers.GoingOut]);
        Assert.Equal(0.0, cn[PolicyLevers.Wasp]);
        Assert.Equal(0.0, se[PolicyLevers.AiPlan]);
        Assert.Equal(0.0, se[PolicyLevers.GoingOut]);   // not even its default
        Assert.Equal(1.0, se[PolicyLevers.Wasp]);
        Assert.Equal(1.0, us[PolicyLevers.TradeConflict]);
        Assert.Equal(0.0, cn[PolicyLevers.TradeConflict]);
        Assert.Equal(1.0, eu[PolicyLevers.EuChinaTreaty, Regions.Germany.Index]);
        Assert.Equal(0.0, eu[PolicyLevers.EuChinaTreaty, Regions.Gsr.Index]);

        foreach (var r in Regions.All)
        {
            Assert.Equal(r.Country == "SE" ? 0.5 : 0.0, se[PolicyLevers.FdiScreening, r.Index]);
            Assert.Equal(r.Country == "EU" ? 0.5 : 0.0, eu[PolicyLevers.FdiScreening, r.Index]);
            Assert.Equal(r.Country == "US" ? 0.5 : 0.0, us[PolicyLevers.FdiScreening, r.Index]);
            foreach (var state in new[] { cn, se, eu, us }) Assert.Equal(1.0, state[PolicyLevers.Pandemic, r.Index]);
        }
    }

    [Fact]
    public void MergingTheOwnersSlicesGivesTheFullState()
    {
        var settings = new[]
        {
            S(PolicyLevers.AiPlan, 2020, 2040, 1.5),
            S(PolicyLevers.Wasp, 2020, 2040, 2.0),
            S(PolicyLevers.TradeConflict, 2020, 2040, 0.5),
            S(PolicyLevers.FdiScreening, 2020, 2040, 0.3, "FIN", "DNK", "DEU", "NLD"),
            S(PolicyLevers.FdiScreening, 2020, 2040, 0.2, "GSR", "WSE"),
            S(PolicyLevers.Pandemic, 2020, 2021, 1.0),
        };
        var full = Eval(2021, null, settings);
        var merged = PolicyState.Merge(Countries.All.Select(c => Eval(2021, c, settings)));
        Assert.Equal(full.Values.ToArray(), merged.Values.ToArray());
    }

    [Fact]
    public void TheTreatyActsOnlyInEuMemberRegionsEvenWithoutRegions()
    {
        var settings = new[] { S(PolicyLevers.EuChinaTreaty, 2020, 2040, 1.0) };   // no regions: "everywhere"
        foreach (var state in new[] { Eval(2022, null, settings), Eval(2022, Countries.EuropeanUnion, settings) })
        {
            foreach (var code in new[] { "NOR", "GBR", "USA", "BJS", "SZX", "GDM" })
                Assert.Equal(0.0, state[PolicyLevers.EuChinaTreaty, Regions.ByCode(code).Index]);
            foreach (var code in new[] { "GSR", "WSE", "FIN", "DNK", "DEU", "NLD" })
                Assert.Equal(1.0, state[PolicyLevers.EuChinaTreaty, Regions.ByCode(code).Index]);
        }
        // naming a non-member region explicitly does not help either
        var named = Eval(2022, null, S(PolicyLevers.EuChinaTreaty, 2020, 2040, 0.8, "NOR", "GBR", "USA", "GSR"));
        Assert.Equal(0.0, named[PolicyLevers.EuChinaTreaty, Regions.Norway.Index]);
        Assert.Equal(0.0, named[PolicyLevers.EuChinaTreaty, Regions.UnitedKingdom.Index]);
        Assert.Equal(0.0, named[PolicyLevers.EuChinaTreaty, Regions.UnitedStates.Index]);
        Assert.Equal(0.8, named[PolicyLevers.EuChinaTreaty, Regions.Gsr.Index]);
        Assert.Equal(0.0, named[PolicyLevers.EuChinaTreaty, Regions.Germany.Index]);   // listed regions only
    }

    [Fact]
    public void ATreatyDefaultDoesNotLeakOutOfTheEu()
    {
        var parameters = ParameterSet.Defaults.With([new("policy.eu_china_treaty.default", 1.0)]);
        var state = PolicySchedule.Evaluate([], parameters, 2025);
        foreach (var r in Regions.All)
            Assert.Equal(r.InEuropeanUnion ? 1.0 : 0.0, state[PolicyLevers.EuChinaTreaty, r.Index]);
    }

    [Fact]
    public void AppliesToLimitsOnlyTheTreaty()
    {
        foreach (var lever in PolicyLevers.All)
            foreach (var r in Regions.All)
                Assert.Equal(lever != PolicyLevers.EuChinaTreaty || r.InEuropeanUnion, PolicySchedule.AppliesTo(lever, r));
        Assert.Equal(["GSR", "WSE", "FIN", "DNK", "DEU", "NLD"],
            Regions.All.Where(r => PolicySchedule.AppliesTo(PolicyLevers.EuChinaTreaty, r)).Select(r => r.Code));
    }

    [Fact]
    public void TheNewLeversAreCatalogued()
    {
        for (int i = 0; i < PolicyLevers.All.Count; i++) Assert.Equal(i, PolicyLevers.All[i].Index);
        Assert.Equal(PolicyLevers.All.Count, PolicyLevers.All.Select(l => l.Name).Distinct().Count());
        foreach (var (lever, name, owner, scoped) in new[]
        {
            (PolicyLevers.TripleHelix, "triple_helix", Countries.Sweden, false),
            (PolicyLevers.OpenData, "open_data", Countries.Sweden, false),
            (PolicyLevers.IpProtection, "ip_protection", "host", true),
        })
        {
            Assert.True(PolicyLevers.TryByName(name, out var found));
            Assert.Same(lever, found);
            Assert.Equal(owner, lever.Owner);
            Assert.Equal(scoped, lever.HostScoped);
            Assert.True(lever.MaxIntensity > 0);
            Assert.Equal(0.0, ParameterSet.Defaults[$"policy.{name}.default"]);
        }
        Assert.False(PolicyLevers.TryByName("no_such_lever", out _));
    }

    [Fact]
    public void SwedenOwnsTripleHelixAndOpenDataEverywhere()
    {
        var settings = new[] { S(PolicyLevers.TripleHelix, 2020, 2040, 2.0), S(PolicyLevers.OpenData, 2020, 2040, 3.0) };
        var se = Eval(2021, Countries.Sweden, settings);
        var cn = Eval(2021, Countries.China, settings);
        foreach (var r in Regions.All)
        {
            Assert.Equal(2.0, se[PolicyLevers.TripleHelix, r.Index]);
            Assert.Equal(3.0, se[PolicyLevers.OpenData, r.Index]);
            Assert.Equal(0.0, cn[PolicyLevers.TripleHelix, r.Index]);
            Assert.Equal(0.0, cn[PolicyLevers.OpenData, r.Index]);
        }
    }

    [Fact]
    public void IpProtectionIsSetByEachHostGovernmentInItsOwnRegions()
    {
        var settings = new[] { S(PolicyLevers.IpProtection, 2020, 2040, 0.6, "GSR", "DEU") };
        var full = Eval(2021, null, settings);
        foreach (var r in Regions.All)
            Assert.Equal(r.Code is "GSR" or "DEU" ? 0.6 : 0.0, full[PolicyLevers.IpProtection, r.Index]);
        var se = Eval(2021, Countries.Sweden, settings);
        var eu = Eval(2021, Countries.EuropeanUnion, settings);
        Assert.Equal(0.6, se[PolicyLevers.IpProtection, Regions.Gsr.Index]);
        Assert.Equal(0.0, se[PolicyLevers.IpProtection, Regions.Germany.Index]);
        Assert.Equal(0.6, eu[PolicyLevers.IpProtection, Regions.Germany.Index]);
        Assert.Equal(0.0, eu[PolicyLevers.IpProtection, Regions.Gsr.Index]);
        var merged = PolicyState.Merge(Countries.All.Select(c => Eval(2021, c, settings)));
        Assert.Equal(full.Values.ToArray(), merged.Values.ToArray());
    }

    [Fact]
    public void PolicyStateRejectsTheWrongSize()
    {
        Assert.Throws<ArgumentException>(() => new PolicyState(new double[3]));
        Assert.All(PolicyState.Empty().Values.ToArray(), v => Assert.Equal(0.0, v));
    }
}
