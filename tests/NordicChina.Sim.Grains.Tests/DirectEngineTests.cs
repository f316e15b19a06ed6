using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Output;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The direct driver (the same steps and tick schedule in one process without Orleans) is the reference
/// the Orleans engine must match: the same metrics.csv byte for byte, the same summary and agent-steps.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectEngineTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_orleans_engine_on_three_silos_writes_the_direct_drivers_metrics_byte_for_byte()
    {
        var scenario = TestScenarios.Small(years: 4, replications: 3, seed: 29);
        var engine = await new ScenarioRunner(fixture.Grains).RecordAsync(scenario, ClusterFixture.Silos);
        var direct = await new ScenarioRunner(new DirectReplicationEngine()).RecordAsync(scenario, 1);
        var serial = await new ScenarioRunner(new DirectReplicationEngine { Parallel = false }) { Concurrency = 1 }.RecordAsync(scenario, 1);

        string expected = await MetricsText.Of(direct);
        Assert.Equal(expected, await MetricsText.Of(engine));
        Assert.Equal(expected, await MetricsText.Of(serial));
        Assert.Equal(Summary.Build(direct.Result), Summary.Build(engine.Result));
        Assert.Equal(direct.Result.AgentSteps, engine.Result.AgentSteps);
        Assert.Equal(direct.Result.Agents, engine.Result.Agents);
        Assert.True(direct.Result.AgentSteps > 0);
    }

    [Fact]
    public async Task A_large_replication_on_several_cores_equals_one_core()
    {
        // GDM at scale 40 has about 18,500 firms, so its firms are stepped in chunks on both cores.
        var scenario = TestScenarios.Small(years: 1, replications: 1, scale: 40, seed: 5);
        var parallel = await new ScenarioRunner(new DirectReplicationEngine()).RecordAsync(scenario, 1);
        var serial = await new ScenarioRunner(new DirectReplicationEngine { Parallel = false }).RecordAsync(scenario, 1);
        var engine = await new ScenarioRunner(fixture.Grains).RecordAsync(scenario, ClusterFixture.Silos);
        Assert.True(parallel.Result.Agents > 300_000, $"{parallel.Result.Agents} agents");
        string expected = await MetricsText.Of(serial);
        Assert.Equal(expected, await MetricsText.Of(parallel));
        Assert.Equal(expected, await MetricsText.Of(engine));
    }

    [Fact]
    public async Task With_parameter_uncertainty_both_engines_write_the_same_metrics_and_pairs_share_their_parameters()
    {
        var ensemble = NordicChina.Sim.Hosting.Uncertainty.ParameterEnsemble.Parse(
            System.Text.Encoding.UTF8.GetBytes("member,population.GSR.incumbents\n0,200\n1,800\n2,400\n"), "e.csv", "e.csv");
        var scenario = TestScenarios.Small(years: 1, replications: 6, seed: 3).WithUncertainty(ensemble);
        var engine = await new ScenarioRunner(fixture.Grains).RecordAsync(scenario, ClusterFixture.Silos);
        var direct = await new ScenarioRunner(new DirectReplicationEngine()).RecordAsync(scenario, 1);
        Assert.Equal(await MetricsText.Of(direct), await MetricsText.Of(engine));
        var agents = engine.Result.Replications.Select(r => r.Agents).ToArray();
        for (int r = 0; r < 6; r += 2) Assert.Equal(agents[r], agents[r + 1]);
        // Agents differ by the members' GSR incumbents times the population scale (0.1).
        for (int r = 0; r < 6; r++)
            Assert.Equal(agents[0] - 0.1 * ensemble.Value(scenario.MemberOf(0)!.Value, 0), agents[r] - 0.1 * ensemble.Value(scenario.MemberOf(r)!.Value, 0), 1e-9);
        var summary = Summary.Build(engine.Result);
        Assert.Contains(summary, row => row.Metric == "firms.active" && row.Region == "GSR" && row.Spread.Pairs == 3 && row.Spread.StochasticVariance >= 0);
    }
}
