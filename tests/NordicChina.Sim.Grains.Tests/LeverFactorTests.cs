using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Model.Policies;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Sensitivity factors (<see cref="SensitivityRunner.Ranges"/>) and the scenario at a design or grid point
/// (<see cref="LeverAxis.At"/>), without a cluster.</summary>
public sealed class LeverFactorTests
{
    [Fact]
    public void A_lever_factor_ranges_over_the_lever_catalogue_intensities_unless_a_range_is_given()
    {
        var ranges = SensitivityRunner.Ranges(["lever.wasp.intensity", "lever.trade_conflict.2026-2030.intensity=0.5:1.5", "catchup.rate.CN.heavy", "catchup.rate.SE=0.02:0.1"]);
        Assert.Equal(["lever.wasp.intensity", "lever.trade_conflict.2026-2030.intensity", "catchup.rate.CN.heavy", "catchup.rate.SE"], ranges.Select(r => r.Name));
        Assert.Equal((0, PolicyLevers.Wasp.MaxIntensity), (ranges[0].Low, ranges[0].High));
        Assert.Equal((0.5, 1.5), (ranges[1].Low, ranges[1].High));
        var heavy = Model.Parameters.ParameterCatalogue.Find("catchup.rate.CN.heavy")!;
        Assert.Equal((heavy.PlausibleLow, heavy.PlausibleHigh), (ranges[2].Low, ranges[2].High));
        Assert.Equal((0.02, 0.1), (ranges[3].Low, ranges[3].High));
    }

    [Theory]
    [InlineData("lever.wsap.intensity", "unknown lever 'wsap' (did you mean wasp?)")]
    [InlineData("lever.wasp", "a lever is varied as lever.<name>.intensity or lever.<name>.<from>-<to>.intensity, e.g. lever.wasp.2026-2035.intensity=0:2")]
    [InlineData("lever.going_out.intensity=-1:2", "outside the lever's intensities, 0 to 5")]
    [InlineData("lever.going_out.intensity=1", "expected lever.going_out.intensity=<low>:<high>")]
    [InlineData("wasp", "vary its intensity as lever.<name>.intensity")]
    [InlineData("population.GSR.incumbents", "whole-number count")]
    public void A_bad_factor_is_refused_saying_why(string spec, string message)
    {
        var ex = Assert.Throws<ExperimentInputException>(() => SensitivityRunner.Ranges([spec]));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void At_sets_the_parameters_and_appends_each_lever_entry_in_the_factors_order_as_the_sweep_does()
    {
        var s = TestScenarios.Small(years: 5);
        string[] factors = ["lever.wasp.intensity", "catchup.rate.CN.heavy", "lever.wasp.2021-2022.intensity"];
        var point = LeverAxis.At(s, factors, [2.0, 0.07, 0.5]);
        Assert.Equal(0.07, point.Parameters["catchup.rate.CN.heavy"]);
        Assert.Contains("catchup.rate.CN.heavy", point.ExplicitParameters);
        Assert.Equal(s.Policies.Count + 2, point.Policies.Count);
        Assert.Equal(new PolicySetting("wasp", s.StartYear, s.EndYear, 2.0, []) with { Regions = point.Policies[^2].Regions }, point.Policies[^2]);
        Assert.Equal(new PolicySetting("wasp", 2021, 2022, 0.5, []) with { Regions = point.Policies[^1].Regions }, point.Policies[^1]);
        Assert.Empty(point.Policies[^1].Regions);   // all regions
        // The last entry covering a year wins: 2.0 in 2020 and 2023-2024, 0.5 in 2021-2022.
        Assert.Equal([2.0, 0.5, 0.5, 2.0, 2.0], Enumerable.Range(2020, 5).Select(y => PolicySchedule.Evaluate(point.Policies, point.Parameters, y)[PolicyLevers.Wasp, 0]));

        // The sweep's grid point is the same scenario.
        var grid = new ParameterGrid([new VaryAxis(factors[0], [2.0]), new VaryAxis(factors[1], [0.07]), new VaryAxis(factors[2], [0.5])]);
        var swept = SweepRunner.PointScenario(s, grid, 0);
        Assert.Equal(point.Policies, swept.Policies);
        Assert.Equal(point.Parameters.Overrides(), swept.Parameters.Overrides());
    }

    [Fact]
    public void A_policy_default_factor_gets_a_note_naming_the_years_it_acts_in()
    {
        var s = TestScenarios.Small(years: 10);   // 2020-2029; the baseline sets wasp 2020-2026, going_out 2020-2040
        Assert.Equal($"policy.wasp.default acts only in years no policy entry covers: 2027-2029 of {s.Name}'s 2020-2029 (lever.wasp.intensity sets the lever in every year)", LeverAxis.DefaultNote(s, "policy.wasp.default"));
        Assert.Contains("it changes nothing here", LeverAxis.DefaultNote(s, "policy.going_out.default"));
        Assert.Null(LeverAxis.DefaultNote(s, "policy.open_data.default"));   // no entry: it acts in every year
        Assert.Null(LeverAxis.DefaultNote(s, "catchup.rate.SE"));
        var gap = s with { Policies = [new PolicySetting("wasp", 2022, 2023, 1, []), new PolicySetting("wasp", 2026, 2027, 1, [])] };
        Assert.Contains("2020-2021, 2024-2025, 2028-2029 of", LeverAxis.DefaultNote(gap, "policy.wasp.default"));
    }
}
