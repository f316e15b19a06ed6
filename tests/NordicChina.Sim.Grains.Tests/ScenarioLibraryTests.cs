using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Every scenario in scenarios/ loads, runs (shortened and at a tenth of its population) and writes every
/// metric family.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ScenarioLibraryTests(ClusterFixture fixture)
{
    public static TheoryData<string> Files => new(Directory.GetFiles(Path.Combine(TestScenarios.RepoRoot, "scenarios"), "*.yaml").Select(Path.GetFileName)!);

    [Fact]
    public void The_library_has_the_scenarios_the_model_issue_names()
    {
        string[] required = ["baseline", "going-out-surge", "wasp-doubled", "trade-conflict", "fdi-screening", "eu-china-treaty",
            "us-visa-restrictions", "fast-catch-up", "window-explorer", "history-2014-2020"];
        foreach (var name in required)
            Assert.True(File.Exists(Path.Combine(TestScenarios.RepoRoot, "scenarios", name + ".yaml")), name);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Scenario_runs_and_writes_every_metric_family(string file)
    {
        var s = ScenarioLoader.Load(Path.Combine(TestScenarios.RepoRoot, "scenarios", file));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), s.Name);
        s = s with { EndYear = s.StartYear + 1, Replications = 1, Parameters = s.Parameters.With([new("population.scale", s.Parameters["population.scale"] * 0.1)]) };
        var run = await new ScenarioRunner(fixture.Grains).RecordAsync(s, ClusterFixture.Silos);
        var names = run.Replications[0].Ticks.SelectMany(t => t.Metrics.Metric).Distinct().Select(id => MetricCatalogue.Get(id).Name).ToHashSet();
        foreach (var family in new[] { "fdi.", "jobs.", "wages.", "talent.", "rdcentres.", "firms.", "capability.", "window.", "vc.", "adoption.", "china_entry." })
            Assert.Contains(names, n => n.StartsWith(family, StringComparison.Ordinal));
        Assert.All(MetricCatalogue.All, m => Assert.Contains(m.Name, names));
    }
}
