using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;
using Orleans.Runtime;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Multi-silo runs really spread the work: replications over the silos, a replication's agent grains
/// with its coordinator, and a replication too large for one silo over the silos.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PlacementTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Replications_spread_over_the_silos_and_each_keeps_its_agent_grains_on_its_own_silo()
    {
        const int replications = 12;   // all twelve on one of three silos by chance: 3 in 531,441
        var scenario = TestScenarios.Small(years: 1, replications: replications, scale: 0.05, seed: 3);
        var specs = Enumerable.Range(0, replications).Select(r => ReplicationSpec.From(scenario, "colocate-test", r)).ToArray();
        var coordinators = specs.Select(s => fixture.Grains.GetGrain<IReplicationGrain>(s.ReplicationKey)).ToArray();
        await Task.WhenAll(coordinators.Select((c, i) => c.Initialize(specs[i])));

        var stats = await Statistics("colocate-test/");
        await Task.WhenAll(coordinators.Select(c => c.Release()));

        var coordinatorSilo = stats.Where(s => s.GrainType.Contains(nameof(ReplicationGrain)))
            .ToDictionary(s => s.GrainId.Key.ToString()!, s => s.SiloAddress);
        Assert.Equal(replications, coordinatorSilo.Count);
        Assert.True(coordinatorSilo.Values.Distinct().Count() >= 2, "all replications were placed on one silo");

        var agents = stats.Where(s => !s.GrainType.Contains(nameof(ReplicationGrain))).ToArray();
        Assert.Contains(agents, s => s.GrainType.Contains(nameof(RegionGrain)));
        Assert.Contains(agents, s => s.GrainType.Contains(nameof(CountryGrain)));
        Assert.Contains(agents, s => s.GrainType.Contains(nameof(FundFamilyGrain)));
        foreach (var agent in agents)
        {
            var key = agent.GrainId.Key.ToString()!;
            Assert.True(agent.SiloAddress.Equals(coordinatorSilo[GrainKeys.ReplicationOf(key)]),
                $"{agent.GrainType} {key} is on {agent.SiloAddress}, its replication on {coordinatorSilo[GrainKeys.ReplicationOf(key)]}");
        }
    }

    [Fact]
    public async Task A_replication_too_large_for_one_silo_spreads_its_agent_grains()
    {
        var small = TestScenarios.Small(years: 1, replications: 1, seed: 3);
        var scenario = Benchmark.WithAgents(small, GrainKeys.SpreadAgentsAbove * 21 / 20);
        var spec = ReplicationSpec.From(scenario, "spread-test", 0);
        Assert.True(spec.InitialAgents > GrainKeys.SpreadAgentsAbove);
        Assert.True(GrainKeys.IsSpread(spec.ReplicationKey), spec.ReplicationKey);
        var coordinator = fixture.Grains.GetGrain<IReplicationGrain>(spec.ReplicationKey);
        await coordinator.Initialize(spec);

        var stats = await Statistics("spread-test/");
        await coordinator.Release();

        int silosWithRegions = stats.Where(s => s.GrainType.Contains(nameof(RegionGrain))).Select(s => s.SiloAddress).Distinct().Count();
        int silosWithAgents = stats.Where(s => !s.GrainType.Contains(nameof(ReplicationGrain))).Select(s => s.SiloAddress).Distinct().Count();
        Assert.True(silosWithRegions >= 2, $"region grains of a large replication live on {silosWithRegions} silo(s)");
        Assert.Equal(ClusterFixture.Silos, silosWithAgents);
    }

    [Fact]
    public void Only_replications_above_the_threshold_are_marked_and_agents_know_their_replication()
    {
        Assert.Equal("run/3", GrainKeys.Replication("run", 3, GrainKeys.SpreadAgentsAbove));
        Assert.Equal("run/3" + GrainKeys.SpreadMarker, GrainKeys.Replication("run", 3, GrainKeys.SpreadAgentsAbove + 1));
        Assert.False(GrainKeys.IsSpread("run/3"));
        Assert.True(GrainKeys.IsSpread("run~2/3" + GrainKeys.SpreadMarker));
        Assert.Equal("run~2/3", GrainKeys.ReplicationOf(GrainKeys.Region("run~2/3", "GSR")));
        Assert.Equal("a/b/3~spread", GrainKeys.ReplicationOf(GrainKeys.FundFamily("a/b/3~spread", 1)));
        Assert.Equal("run/3", GrainKeys.ReplicationOf(GrainKeys.Country("run/3", "CN")));
        Assert.Equal("run/0", ReplicationSpec.From(TestScenarios.Small(years: 1, replications: 1), "run", 0).ReplicationKey);
    }

    /// <summary>The simulation grains of the run keyed <paramref name="prefix"/>, with the silo each lives on.</summary>
    private async Task<DetailedGrainStatistic[]> Statistics(string prefix)
    {
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        var stats = await management.GetDetailedGrainStatistics();
        return stats.Where(s => s.GrainId.Key.ToString()!.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
    }
}
