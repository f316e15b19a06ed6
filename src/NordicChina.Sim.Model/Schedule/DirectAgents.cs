using System.Collections.Immutable;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Schedule;

/// <summary>
/// A replication's agents held in this process and stepped by direct calls, with no messaging: the reference the
/// Orleans engine must match byte for byte, and the limit of what the machine can do with the same rules.
/// With <paramref name="parallel"/>, the regions of a phase of a large replication (more than
/// <see cref="ParallelAbove"/> agents) run on all cores; a small one runs its regions one after the other, which is
/// faster when several replications run at once. Results do not depend on it.
/// </summary>
public sealed class DirectAgents(StepContext ctx, bool parallel) : IReplicationAgents
{
    private RegionState[] _regions = [];
    private FundFamily[] _funds = [];
    private Government[] _governments = [];

    public StepContext Context => ctx;

    /// <summary>Agents above which a replication's regions run in parallel.</summary>
    public const int ParallelAbove = 5_000;

    private int _agents;

    private T[] EachRegion<T>(Func<int, T> step)
    {
        var results = new T[Regions.Count];
        if (parallel && _agents > ParallelAbove) Parallel.For(0, Regions.Count, r => results[r] = step(r));
        else for (int r = 0; r < Regions.Count; r++) results[r] = step(r);
        return results;
    }

    public Task<RegionReport[]> InitializeRegions()
    {
        _agents = (int)Math.Min(int.MaxValue, Scenarios.Population.InitialAgents(ctx.P));
        _regions = EachRegion(r => RegionStep.Initialize(ctx, r));
        return Task.FromResult(_regions.Select(s => RegionStep.InitialReport(ctx, s)).ToArray());
    }

    public Task<FundFamilyReport[]> InitializeFunds()
    {
        _funds = [.. Enumerable.Range(0, FundStep.Families).Select(f => FundStep.InitializeFamily(ctx, f))];
        return Task.FromResult(_funds.Select(FundStep.InitialReport).ToArray());
    }

    public Task<CountryState[]> InitializeCountries()
    {
        _governments = [.. Countries.All.Select(c => CountryStep.Initialize(ctx, c))];
        return Task.FromResult(_governments.Select(g => CountryStep.Report(ctx, g, 0)).ToArray());
    }

    public Task<CountryState[]> AdvanceCountries(int tick, KnowledgeFlows flows) =>
        Task.FromResult(_governments.Select(g => CountryStep.Advance(ctx, g, tick, flows)).ToArray());

    public Task<RegionDecision[]> DecideRegions(WorldSnapshot snapshot)
    {
        var view = snapshot.View;
        return Task.FromResult(EachRegion(r => RegionStep.Decide(ctx, _regions[r], view)));
    }

    public Task<FundDecision[]> DecideFunds(WorldSnapshot snapshot)
    {
        var view = snapshot.View;
        return Task.FromResult(_funds.Select(f => FundStep.Decide(ctx, f, view)).ToArray());
    }

    public Task<HostResolution[]> ResolveRegions(WorldSnapshot snapshot, ImmutableArray<InvestmentIntent>[] inbound, ImmutableArray<MigrationFlow>[] arrivals)
    {
        var policy = snapshot.View.Policy;
        return Task.FromResult(EachRegion(r => RegionStep.Resolve(ctx, _regions[r], snapshot.Tick, policy, inbound[r], arrivals[r])));
    }

    public Task<RegionReport[]> CommitRegions(WorldSnapshot snapshot, RegionCommit[] commits)
    {
        var view = snapshot.View;
        return Task.FromResult(EachRegion(r => RegionStep.Commit(ctx, _regions[r], view, commits[r])));
    }

    public Task<FundFamilyReport[]> CommitFunds(int tick, ImmutableArray<DealOutcome>[] outcomes, ImmutableArray<double> policy)
    {
        var state = new PolicyState([.. policy]);
        return Task.FromResult(_funds.Select((f, i) => FundStep.Commit(ctx, f, tick, outcomes[i], state)).ToArray());
    }
}
