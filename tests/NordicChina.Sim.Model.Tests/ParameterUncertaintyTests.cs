using System.Collections.Immutable;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Model.Tests;

public class ParameterUncertaintyTests
{
    private static readonly ParameterUncertainty Ensemble = new("test", "", ["firm.startup_failure_rate", "firm.revenue.sigma"],
        [0.05, 0.5, 0.10, 1.0, 0.15, 1.5, 0.20, 2.0, 0.25, 2.5]);

    private const string Scenario = """
        name: pu
        years: { start: 2020, end: 2021 }
        seed: 11
        replications: 40
        parameters:
          firm.revenue.sigma: 1.0
        """;

    [Fact]
    public void Members_are_deterministic_shared_within_pairs_and_spread_over_the_ensemble()
    {
        var members = Enumerable.Range(0, 200).Select(r => Ensemble.MemberFor(11, r)).ToArray();
        Assert.Equal(members, Enumerable.Range(0, 200).Select(r => Ensemble.MemberFor(11, r)));
        for (int k = 0; k < 100; k++) Assert.Equal(members[2 * k], members[2 * k + 1]);
        Assert.All(members, m => Assert.InRange(m, 0, Ensemble.Members - 1));
        // 100 pairs over 5 members: every member is used, none by more than half the pairs.
        var counts = members.Where((_, r) => r % 2 == 0).GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 5, 50));
        // Another seed draws other members.
        Assert.NotEqual(members, Enumerable.Range(0, 200).Select(r => Ensemble.MemberFor(12, r)));
    }

    [Fact]
    public void The_draw_depends_only_on_the_seed_and_the_pair()
    {
        Assert.Equal(ParameterUncertainty.Draw(11, 3, 5), Ensemble.MemberFor(11, 6));
        Assert.Equal(ParameterUncertainty.Draw(11, 3, 5), Ensemble.MemberFor(11, 7));
        var a = ScenarioLoader.Parse(Scenario, "a.yaml").WithUncertainty(Ensemble);
        var b = ScenarioLoader.Parse(Scenario.Replace("name: pu", "name: other").Replace("end: 2021", "end: 2030"), "b.yaml").WithUncertainty(Ensemble);
        Assert.Equal(Enumerable.Range(0, 40).Select(r => a.MemberOf(r)), Enumerable.Range(0, 40).Select(r => b.MemberOf(r)));
    }

    [Fact]
    public void A_replication_runs_with_its_members_values_except_where_the_scenario_sets_the_parameter()
    {
        // The scenario sets firm.revenue.sigma to its default (1.0): still explicit, so the ensemble never replaces it.
        var s = ScenarioLoader.Parse(Scenario, "pu.yaml");
        Assert.Contains("firm.revenue.sigma", s.ExplicitParameters);
        Assert.Empty(s.Parameters.Overrides());
        var u = s.WithUncertainty(Ensemble);
        for (int r = 0; r < 40; r++)
        {
            int m = u.MemberOf(r)!.Value;
            var p = u.ParametersFor(r);
            Assert.Equal(Ensemble.Value(m, 0), p["firm.startup_failure_rate"]);
            Assert.Equal(1.0, p["firm.revenue.sigma"]);
        }
        Assert.Same(s.Parameters, s.ParametersFor(3));
        Assert.Null(s.MemberOf(3));
    }

    [Fact]
    public void Explicit_parameters_of_a_base_scenario_carry_over()
    {
        var dir = Directory.CreateTempSubdirectory("ncs-pu-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "base.yaml"), Scenario);
            var overlay = ScenarioLoader.Parse("base: base.yaml\nname: overlay\nparameters:\n  firm.startup_failure_rate: 0.3\n", "overlay.yaml", directory: dir.FullName);
            Assert.Equal(["firm.revenue.sigma", "firm.startup_failure_rate"], overlay.ExplicitParameters.Order(StringComparer.Ordinal));
            var p = overlay.WithUncertainty(Ensemble).ParametersFor(0);
            Assert.Equal(0.3, p["firm.startup_failure_rate"]);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Parameters_set_with_WithParameters_become_explicit()
    {
        var s = ScenarioLoader.Parse(Scenario, "pu.yaml").WithParameters([new("firm.startup_failure_rate", 0.2)]).WithUncertainty(Ensemble);
        Assert.All(Enumerable.Range(0, 10), r => Assert.Equal(0.2, s.ParametersFor(r)["firm.startup_failure_rate"]));
    }

    [Fact]
    public void A_member_too_large_for_engine_max_agents_is_refused_before_the_run()
    {
        var big = new ParameterUncertainty("test", "", ["population.scale"], [0.1, 5000]);
        var s = ScenarioLoader.Parse(Scenario, "pu.yaml");
        Assert.Null(ScenarioLoader.CheckSize(s.WithUncertainty(new ParameterUncertainty("test", "", ["population.scale"], [0.1, 0.2]))));
        Assert.StartsWith("ensemble member 1: ", ScenarioLoader.CheckSize(s.WithUncertainty(big)));
    }
}
