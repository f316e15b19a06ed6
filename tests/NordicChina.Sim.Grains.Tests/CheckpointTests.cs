using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Checkpoints: a replication restored into fresh grains from a mid-run checkpoint continues to exactly
/// the ticks an uninterrupted replication produces, whichever silos the grains land on.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CheckpointTests(ClusterFixture fixture)
{
    private IReplicationGrain Grain(string runKey) => fixture.Grains.GetGrain<IReplicationGrain>(GrainKeys.Replication(runKey, 0));

    [Fact]
    public async Task A_replication_restored_from_a_mid_run_checkpoint_continues_to_the_uninterrupted_ticks()
    {
        var scenario = TestScenarios.Small(years: 4, replications: 1, seed: 11);
        var reference = (await new ScenarioRunner(fixture.Grains).RecordAsync(scenario, ClusterFixture.Silos)).Replications[0].Ticks;
        var plan = new CheckpointPlan("checkpoint-test-1", IntervalTicks: 4);

        // First life: checkpoints at ticks 4 and 8, then abandoned mid-way through the third year.
        var first = Grain("ckpt-first");
        var fresh = await first.Start(ReplicationSpec.From(scenario, "ckpt-first", 0), plan);
        Assert.Equal(0, fresh.NextTick);
        var before = await first.Advance(10);

        // Second life, in other grains: starts at the last checkpoint, with the metrics of the ticks before it.
        var second = Grain("ckpt-second");
        var restored = await second.Start(ReplicationSpec.From(scenario, "ckpt-second", 0), plan);
        Assert.Equal(8, restored.NextTick);
        Assert.Equal(fresh.Agents, restored.Agents);
        Assert.Equal(Enumerable.Range(0, 8), restored.History.Select(t => t.Tick));
        var ticks = restored.History.ToList();
        AdvanceResult advance;
        do { advance = await second.Advance(3); ticks.AddRange(advance.Ticks); } while (!advance.Finished);
        await second.Release();

        Assert.Equal(reference.Count, ticks.Count);
        for (int t = 0; t < reference.Count; t++) AssertSame(reference[t], ticks[t]);
        for (int t = 0; t < before.Ticks.Length; t++) AssertSame(reference[t], before.Ticks[t]);

        // A third start finds the replication finished and gets all of its ticks back without running any.
        var third = Grain("ckpt-third");
        var done = await third.Start(ReplicationSpec.From(scenario, "ckpt-third", 0), plan);
        Assert.True(done.Finished);
        Assert.Equal(reference.Count, done.History.Length);
        for (int t = 0; t < reference.Count; t++) AssertSame(reference[t], done.History[t]);
        Assert.Empty((await third.Advance(4)).Ticks);
        await third.Release();
    }

    [Fact]
    public async Task A_checkpoint_of_another_model_is_never_restored()
    {
        var plan = new CheckpointPlan("checkpoint-test-2", IntervalTicks: 4);
        var scenario = TestScenarios.Small(years: 2, replications: 1, seed: 12);
        var first = Grain("ckpt-other-a");
        await first.Start(ReplicationSpec.From(scenario, "ckpt-other-a", 0), plan);
        await first.Advance(4);
        await first.Release();

        var changed = Grain("ckpt-other-b");
        var start = await changed.Start(ReplicationSpec.From(scenario.WithSeed(13), "ckpt-other-b", 0), plan);
        Assert.Equal(0, start.NextTick);
        Assert.Empty(start.History);
        await changed.Release();
    }

    [Fact]
    public async Task A_late_older_checkpoint_never_replaces_a_newer_one()
    {
        var scenario = TestScenarios.Small(years: 3, replications: 1, seed: 14);
        var plan = new CheckpointPlan("checkpoint-test-3", IntervalTicks: 4);
        var grain = Grain("ckpt-order");
        await grain.Start(ReplicationSpec.From(scenario, "ckpt-order", 0), plan);
        await grain.Advance(8);
        await grain.Release();
        var store = fixture.Grains.GetGrain<ICheckpointGrain>(GrainKeys.Checkpoint(plan.RunId, 0));
        var newest = await store.Load();
        Assert.Equal(8, newest!.NextTick);

        await store.Save(newest with { NextTick = 4 });
        Assert.Equal(8, (await store.Load())!.NextTick);
    }

    private static void AssertSame(TickMetrics expected, TickMetrics actual)
    {
        // Arrays, not ImmutableArray: the latter's IEquatable compares references.
        Assert.Equal(expected.Tick, actual.Tick);
        Assert.Equal(expected.Metrics.Metric.ToArray(), actual.Metrics.Metric.ToArray());
        Assert.Equal(expected.Metrics.Region.ToArray(), actual.Metrics.Region.ToArray());
        Assert.Equal(expected.Metrics.Sector.ToArray(), actual.Metrics.Sector.ToArray());
        Assert.Equal(expected.Metrics.Value.Select(BitConverter.DoubleToInt64Bits).ToArray(), actual.Metrics.Value.Select(BitConverter.DoubleToInt64Bits).ToArray());
    }
}
