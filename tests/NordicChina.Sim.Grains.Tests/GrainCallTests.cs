using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The engine's messaging does not grow with the population: a replication makes the same grain calls per
/// tick at 0.1 and at 4 times the default population (funds are batched in fund-family grains, firms in regions).</summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainCallTests(ClusterFixture fixture)
{
    private async Task<(long Calls, int Agents)> Run(string runKey, double scale)
    {
        var spec = ReplicationSpec.From(TestScenarios.Small(years: 2, replications: 1, scale: scale, seed: 11), runKey, 0);
        var grain = fixture.Grains.GetGrain<IReplicationGrain>(spec.ReplicationKey);
        var info = await grain.Initialize(spec);
        var advance = await grain.Advance(8);
        Assert.True(advance.Finished);
        return (CallCounter.For(runKey), info.Agents);
    }

    [Fact]
    public async Task Grain_calls_per_tick_do_not_grow_with_the_population()
    {
        var small = await Run("calls-small", 0.1);
        var large = await Run("calls-large", 4);
        Assert.True(large.Agents > 30 * small.Agents, $"{small.Agents} against {large.Agents} agents");
        // 8 ticks x (4 governments + 12 regions x 3 phases + 2 fund families x 2 phases), plus initialising the 18 agent
        // grains and the two calls to the coordinator itself (Initialize, Advance).
        Assert.Equal(small.Calls, large.Calls);
        long perTick = 4 + 12 * 3 + 2 * 2;
        Assert.InRange(small.Calls, 8 * perTick, 8 * perTick + 40);
    }
}
