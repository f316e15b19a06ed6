using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;
using Orleans.Runtime;

namespace NordicChina.Sim.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class DeterminismTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Same_seed_gives_identical_metrics_whatever_the_interleaving()
    {
        var scenario = TestScenarios.Small(years: 4, replications: 3);
        var serial = await new ScenarioRunner(fixture.Grains) { Concurrency = 1, TicksPerCall = 1 }.RecordAsync(scenario, ClusterFixture.Silos);
        var parallel = await new ScenarioRunner(fixture.Grains) { Concurrency = 8, TicksPerCall = 7 }.RecordAsync(scenario, ClusterFixture.Silos);

        var a = await MetricsText.Of(serial);
        var b = await MetricsText.Of(parallel);
        Assert.True(a.Length > 100_000, "a run writes a substantial metrics.csv");
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task One_silo_and_three_silos_give_identical_metrics()
    {
        var scenario = TestScenarios.Small(years: 3, replications: 2, seed: 11);
        var three = await new ScenarioRunner(fixture.Grains).RecordAsync(scenario, ClusterFixture.Silos);
        RecordedRun one;
        await using (var single = await EmbeddedCluster.StartAsync(1))
            one = await new ScenarioRunner(single.GrainFactory).RecordAsync(scenario, 1);

        Assert.Equal(await MetricsText.Of(one), await MetricsText.Of(three));
    }

    [Fact]
    public async Task A_different_seed_gives_different_metrics()
    {
        var a = await new ScenarioRunner(fixture.Grains).RecordAsync(TestScenarios.Small(years: 2, replications: 1, seed: 1), 3);
        var b = await new ScenarioRunner(fixture.Grains).RecordAsync(TestScenarios.Small(years: 2, replications: 1, seed: 2), 3);
        Assert.NotEqual(await MetricsText.Of(a), await MetricsText.Of(b));
    }

    [Fact]
    public async Task Advance_runs_every_tick_once_and_then_reports_finished()
    {
        var scenario = TestScenarios.Small(years: 2, replications: 1, seed: 5);
        var spec = ReplicationSpec.From(scenario, "advance-test", 0);
        var coordinator = fixture.Grains.GetGrain<IReplicationGrain>(GrainKeys.Replication("advance-test", 0));
        var info = await coordinator.Initialize(spec);
        Assert.Equal(8, info.TotalTicks);
        Assert.True(info.Agents > 500);

        var first = await coordinator.Advance(5);
        var second = await coordinator.Advance(5);
        var third = await coordinator.Advance(5);
        await coordinator.Release();

        Assert.Equal([0, 1, 2, 3, 4], first.Ticks.Select(t => t.Tick));
        Assert.False(first.Finished);
        Assert.Equal([5, 6, 7], second.Ticks.Select(t => t.Tick));
        Assert.True(second.Finished);
        Assert.Empty(third.Ticks);
        Assert.Equal(2021, second.Ticks[^1].Year);
        Assert.Equal(4, second.Ticks[^1].Period);
    }
}
