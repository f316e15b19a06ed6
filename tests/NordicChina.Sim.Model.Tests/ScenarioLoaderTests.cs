using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Model.Tests;

public class ScenarioLoaderTests
{
    private const string Minimal = """
        name: test
        years:
          start: 2020
          end: 2030
        seed: 7
        """;

    private static ScenarioError Fails(string text, string field)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "test.yaml"));
        Assert.NotEmpty(ex.Errors);
        var error = ex.Errors.FirstOrDefault(e => e.Field == field);
        Assert.True(error is not null, $"no error for field '{field}'; got: {ex.Message}");
        Assert.Equal("test.yaml", error.File);
        Assert.True(error.Line > 0, $"error for {field} has no line: {error}");
        Assert.Contains($"test.yaml:{error.Line}:", error.ToString());
        Assert.Contains(error.ToString(), ex.Message);
        return error;
    }

    [Fact]
    public void BaselineScenarioLoads()
    {
        var s = ScenarioLoader.Load(Path.Combine(RepoRoot.Path, "scenarios", "baseline.yaml"));
        Assert.Equal("baseline", s.Name);
        Assert.Equal(2020, s.StartYear);
        Assert.Equal(2040, s.EndYear);
        Assert.Equal(4, s.TicksPerYear);
        Assert.Equal(20200101UL, s.Seed);
        Assert.Equal(20, s.Replications);
        Assert.Empty(s.Parameters.Overrides());
        Assert.Equal(11, s.Policies.Count);
        Assert.All(s.Policies, p => Assert.True(PolicyLevers.TryByName(p.Lever, out _)));
        var screening = s.Policies.Where(p => p.Lever == "fdi_screening").ToList();
        Assert.Equal(new[] { "FIN", "DNK", "DEU", "NLD" }, screening[0].Regions);
        Assert.Equal(0.3, screening[0].Intensity);
        Assert.Equal(64, s.ContentHash.Length);
        Assert.Equal(84, s.Clock.TotalTicks);
        Assert.Contains("Going Out", s.Description);
    }

    [Fact]
    public void MinimalScenarioGetsDefaults()
    {
        var s = ScenarioLoader.Parse(Minimal, "test.yaml");
        Assert.Equal("test", s.Name);
        Assert.Equal(4, s.TicksPerYear);
        Assert.Equal(1, s.Replications);
        Assert.Equal(7UL, s.Seed);
        Assert.Empty(s.Policies);
        Assert.Empty(s.Parameters.Overrides());
    }

    [Fact]
    public void OverridesArePassedThrough()
    {
        var s = ScenarioLoader.Parse(Minimal + """

            ticks_per_year: 12
            replications: 3
            population:
              scale: 0.5
              gsr:
                incumbents: 10
              funds:
                cn: 5
            parameters:
              catchup.rate.CN.heavy: 0.12
            policies:
              - { lever: fdi_screening, start: 2021, end: 2025, intensity: 0.4, regions: [gsr, FIN] }
              - lever: wasp
                start: 2020
                end: 2026
                intensity: 2
            """, "test.yaml");
        Assert.Equal(12, s.TicksPerYear);
        Assert.Equal(3, s.Replications);
        Assert.Equal(0.5, s.Parameters["population.scale"]);
        Assert.Equal(10, s.Parameters["population.GSR.incumbents"]);
        Assert.Equal(5, s.Parameters["population.funds.cn"]);
        Assert.Equal(0.12, s.Parameters["catchup.rate.CN.heavy"]);
        Assert.Equal(4, s.Parameters.Overrides().Count);
        Assert.Equal(2, s.Policies.Count);
        Assert.Equal(("fdi_screening", 2021, 2025, 0.4), (s.Policies[0].Lever, s.Policies[0].StartYear, s.Policies[0].EndYear, s.Policies[0].Intensity));
        Assert.Equal(new[] { "GSR", "FIN" }, s.Policies[0].Regions);
        Assert.Equal(("wasp", 2020, 2026, 2.0), (s.Policies[1].Lever, s.Policies[1].StartYear, s.Policies[1].EndYear, s.Policies[1].Intensity));
    }

    [Fact]
    public void ContentHashIdentifiesTheText()
    {
        var a = ScenarioLoader.Parse(Minimal, "a.yaml");
        var b = ScenarioLoader.Parse(Minimal, "b.yaml");
        var c = ScenarioLoader.Parse(Minimal + "\n# comment", "a.yaml");
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }

    [Fact]
    public void MalformedYaml()
    {
        var e = Fails("name: test\nyears: [2020, 2030\nseed: 1\n", "yaml");
        Assert.Contains("malformed YAML", e.Message);
    }

    [Theory]
    [InlineData("wsap", "did you mean wasp?")]
    [InlineData("WASP", "did you mean wasp?")]
    [InlineData("going-out", "did you mean going_out?")]
    public void AMisspeltLeverGetsASuggestion(string lever, string suggestion)
    {
        var e = Fails(Minimal + $"\npolicies:\n  - {{ lever: {lever}, start: 2020, end: 2021, intensity: 1 }}\n", "policies[0].lever");
        Assert.Contains($"unknown lever '{lever}' ({suggestion})", e.Message);
    }

    [Fact]
    public void NotAMapping()
    {
        Fails("- just\n- a list\n", "scenario");
        Fails("", "scenario");
    }

    [Fact]
    public void UnknownTopLevelKey()
    {
        var e = Fails(Minimal + "\ncolour: red\n", "colour");
        Assert.Equal(6, e.Line);
        Assert.Contains("unknown key", e.Message);
    }

    [Fact]
    public void UnknownParameterWithSuggestion()
    {
        var e = Fails(Minimal + "\nparameters:\n  catchup.rate.CN.hevy: 0.1\n", "parameters.catchup.rate.CN.hevy");
        Assert.Equal(7, e.Line);
        Assert.Contains("unknown parameter", e.Message);
        Assert.Contains("did you mean", e.Message);
        Assert.Contains("catchup.rate.CN.heavy", e.Message);
    }

    [Fact]
    public void OutOfRangeParameter()
    {
        var e = Fails(Minimal + "\nparameters:\n  logit.nest_lambda: 2\n", "parameters.logit.nest_lambda");
        Assert.Contains("between", e.Message);
    }

    [Fact]
    public void WrongType()
    {
        var e = Fails("name: test\nyears: { start: 2020, end: 2030 }\nseed: abc\n", "seed");
        Assert.Equal(3, e.Line);
        Assert.Contains("abc", e.Message);
        Fails(Minimal + "\nparameters:\n  window.threshold: high\n", "parameters.window.threshold");
        Fails("name: test\nyears: 2020\nseed: 1\n", "years");
    }

    [Fact]
    public void MissingRequiredKeys()
    {
        Fails("name: test\nyears: { start: 2020, end: 2030 }\n", "seed");
        Fails("name: test\nseed: 1\n", "years");
        Fails("name: test\nyears: { start: 2020 }\nseed: 1\n", "years.end");
    }

    [Fact]
    public void NegativeCount()
    {
        var e = Fails(Minimal + "\npopulation:\n  GSR:\n    incumbents: -5\n", "population.GSR.incumbents");
        Assert.Equal(8, e.Line);
        Fails(Minimal + "\npopulation:\n  GSR:\n    incumbents: 2.5\n", "population.GSR.incumbents");   // whole numbers only
    }

    [Fact]
    public void UnknownPopulationKey()
    {
        Fails(Minimal + "\npopulation:\n  XYZ:\n    incumbents: 5\n", "population.XYZ.incumbents");
        Fails(Minimal + "\npopulation:\n  moon: 5\n", "population.moon");
    }

    [Fact]
    public void EndYearBeforeStart()
    {
        var e = Fails("name: test\nyears:\n  start: 2030\n  end: 2020\nseed: 1\n", "years.end");
        Assert.Equal(4, e.Line);
        Assert.Contains("before", e.Message);
        Fails(Minimal + "\npolicies:\n  - { lever: wasp, start: 2025, end: 2021, intensity: 1 }\n", "policies[0].end");
    }

    [Fact]
    public void InvalidTicksPerYearAndYearsOutOfRange()
    {
        Fails(Minimal + "\nticks_per_year: 3\n", "ticks_per_year");
        Fails("name: test\nyears: { start: 1800, end: 2030 }\nseed: 1\n", "years.start");
        Fails(Minimal + "\nreplications: 0\n", "replications");
        Fails("name: bad/name\nyears: { start: 2020, end: 2030 }\nseed: 1\n", "name");
    }

    [Fact]
    public void UnknownLever()
    {
        var e = Fails(Minimal + "\npolicies:\n  - { lever: moon_landing, start: 2020, end: 2021, intensity: 1 }\n", "policies[0].lever");
        Assert.Equal(7, e.Line);
        Assert.Contains("going_out", e.Message);   // lists the known levers
    }

    [Fact]
    public void IntensityAboveTheLeversMaximum()
    {
        Fails(Minimal + "\npolicies:\n  - { lever: capital_controls, start: 2020, end: 2021, intensity: 1.5 }\n", "policies[0].intensity");
    }

    [Fact]
    public void RegionsOnANonHostScopedLever()
    {
        var e = Fails(Minimal + "\npolicies:\n  - { lever: pandemic, start: 2020, end: 2021, intensity: 1, regions: [GSR] }\n", "policies[0].regions");
        Assert.Contains("pandemic", e.Message);
        Fails(Minimal + "\npolicies:\n  - { lever: fdi_screening, start: 2020, end: 2021, intensity: 1, regions: [BJS] }\n", "policies[0].regions");
        Fails(Minimal + "\npolicies:\n  - { lever: fdi_screening, start: 2020, end: 2021, intensity: 1, colour: red }\n", "policies[0].colour");
    }

    [Fact]
    public void MissingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "nordicsim-no-such-scenario-" + Guid.NewGuid() + ".yaml");
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("file", e.Field);
        Assert.Equal(0, e.Line);
        Assert.Equal(path, e.File);
    }

    [Fact]
    public void PopulationTooLarge()
    {
        var e = Fails(Minimal + "\npopulation:\n  scale: 1000\n", "population");
        Assert.Equal(7, e.Line);
        Assert.Contains("engine.max_agents", e.Message);
        // the limit is itself a parameter: a small default population is refused under a lowered limit
        var lowered = Fails(Minimal + "\nparameters:\n  engine.max_agents: 1000\n", "population");
        Assert.Contains("1,000", lowered.Message);
    }

    [Fact]
    public void DuplicateKey()
    {
        var e = Fails(Minimal + "\nseed: 8\n", "yaml");
        Assert.Equal(6, e.Line);
    }

    /// <summary>A complex (non-scalar) mapping key must come back as a located error like every other problem.</summary>
    [Theory]
    [InlineData("parameters:\n  ? [a, b]\n  : 1\n", "parameters")]
    [InlineData("population:\n  ? [a, b]\n  : 1\n", "population")]
    [InlineData("population:\n  GSR:\n    ? [a, b]\n    : 1\n", "population.GSR")]
    public void NonScalarKeysAreReportedNotThrown(string section, string fieldPrefix)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Minimal + "\n" + section, "test.yaml"));
        Assert.Contains(ex.Errors, e => e.Field.StartsWith(fieldPrefix, StringComparison.Ordinal) && e.Line > 0);
    }

    [Fact]
    public void AllErrorsAreReportedAtOnce()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(
            "name: test\ncolour: red\nyears: { start: 2030, end: 2020 }\nseed: abc\nparameters:\n  nope: 1\n", "test.yaml"));
        var fields = ex.Errors.Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "colour", "years.end", "seed", "parameters.nope" }, fields);
        Assert.All(ex.Errors, e => Assert.True(e.Line > 0));
    }
}
