using System.Collections.Immutable;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Grains.Placement;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Schedule;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Grains;

/// <summary>
/// Coordinates one replication: runs the model's <see cref="TickSchedule"/>, whose phases reach the replication's
/// region, fund family and government grains as awaited calls (this grain is their <see cref="IReplicationAgents"/>),
/// and writes checkpoints when the plan says one is due.
/// </summary>
[ReplicationPlacement]
public sealed class ReplicationGrain : Grain, IReplicationGrain, IReplicationAgents
{
    private ReplicationSpec _spec = null!;
    private StepContext _ctx = null!;
    private IRegionGrain[] _regions = [];
    private IFundFamilyGrain[] _funds = [];
    private ICountryGrain[] _countries = [];
    private ReplicationCursor _cursor = new();
    private CheckpointPlan _plan = CheckpointPlan.None;
    private int _tick;
    private int _initialAgents;
    private long _agentSteps;
    private readonly List<TickMetrics> _history = new();

    public async Task<ReplicationInfo> Initialize(ReplicationSpec spec)
    {
        Bind(spec, CheckpointPlan.None);
        _cursor = await TickSchedule.InitializeAsync(this);
        _initialAgents = _cursor.Agents;
        return new ReplicationInfo(_cursor.Agents, _ctx.Clock.TotalTicks);
    }

    public async Task<ReplicationStart> Start(ReplicationSpec spec, CheckpointPlan plan)
    {
        var saved = plan.Enabled ? await Checkpoints(plan, spec).Load() : null;
        if (saved is null || !ReplicationCheckpoints.SameModel(saved.Spec, spec))
        {
            await Initialize(spec);
            _plan = plan;
            return new ReplicationStart(_initialAgents, _ctx.Clock.TotalTicks, 0, 0, []);
        }
        Bind(spec, plan);
        if (saved.NextTick < _ctx.Clock.TotalTicks)   // a finished replication's checkpoint carries only its metrics
        {
            await Task.WhenAll(_regions.Select((g, i) => g.Restore(spec, i, saved.Regions[i])));
            await Task.WhenAll(_funds.Select((g, i) => g.Restore(spec, i, saved.Funds[i])));
            await Task.WhenAll(_countries.Select((g, i) => g.Restore(spec, Countries.All[i], saved.Countries[i])));
        }
        _tick = saved.NextTick;
        _cursor = ReplicationCheckpoints.Cursor(saved);
        _initialAgents = saved.InitialAgents;
        _agentSteps = saved.AgentSteps;
        _history.AddRange(saved.History);
        return new ReplicationStart(_initialAgents, _ctx.Clock.TotalTicks, _tick, _agentSteps, saved.History);
    }

    /// <summary>Binds the coordinator to a replication: its context and agent grains, at tick 0.</summary>
    private void Bind(ReplicationSpec spec, CheckpointPlan plan)
    {
        _spec = spec;
        _ctx = spec.Context();
        _plan = plan;
        _tick = 0;
        _agentSteps = 0;
        _history.Clear();
        var key = spec.ReplicationKey;
        _regions = [.. Regions.All.Select(r => GrainFactory.GetGrain<IRegionGrain>(GrainKeys.Region(key, r.Code)))];
        _countries = [.. Countries.All.Select(c => GrainFactory.GetGrain<ICountryGrain>(GrainKeys.Country(key, c)))];
        _funds = [.. Enumerable.Range(0, FundStep.Families).Select(f => GrainFactory.GetGrain<IFundFamilyGrain>(GrainKeys.FundFamily(key, f)))];
    }

    private ICheckpointGrain Checkpoints(CheckpointPlan plan, ReplicationSpec spec) =>
        GrainFactory.GetGrain<ICheckpointGrain>(GrainKeys.Checkpoint(plan.RunId, spec.Replication));

    /// <summary>Gathers every agent grain's state between ticks and stores it with the metrics so far. Once the
    /// replication has finished only the metrics are kept: nothing will run from there.</summary>
    private async Task WriteCheckpoint()
    {
        bool finished = _tick >= _ctx.Clock.TotalTicks;
        var regions = finished ? [] : await Task.WhenAll(_regions.Select(r => r.Snapshot()));
        var funds = finished ? [] : await Task.WhenAll(_funds.Select(f => f.Snapshot()));
        var countries = finished ? [] : await Task.WhenAll(_countries.Select(c => c.Snapshot()));
        await Checkpoints(_plan, _spec).Save(ReplicationCheckpoints.Of(_spec, _tick, _initialAgents, _agentSteps, _history, _cursor, regions, funds, countries));
    }

    public async Task<AdvanceResult> Advance(int maxTicks)
    {
        LostState.Require(_spec, this, "replication");
        var ticks = ImmutableArray.CreateBuilder<TickMetrics>();
        long steps = 0;
        for (int n = 0; n < maxTicks && _tick < _ctx.Clock.TotalTicks; n++)
        {
            var outcome = await TickSchedule.RunAsync(_ctx, this, _cursor, _tick);
            var metrics = new TickMetrics(_tick, _ctx.Clock.YearOf(_tick), _ctx.Clock.PeriodOf(_tick), outcome.Metrics);
            ticks.Add(metrics);
            steps += outcome.AgentSteps;
            _agentSteps += outcome.AgentSteps;
            _tick++;
            SimulationTelemetry.Record(outcome);
            if (_plan.Enabled)
            {
                _history.Add(metrics);
                if (_tick % _plan.IntervalTicks == 0 || _tick == _ctx.Clock.TotalTicks) await WriteCheckpoint();
            }
        }
        SimulationTelemetry.AgentSteps.Add(steps);
        return new AdvanceResult(ticks.ToImmutable(), _tick >= _ctx.Clock.TotalTicks, steps);
    }

    public async Task Release()
    {
        await Task.WhenAll(_regions.Select(r => r.Release()));
        await Task.WhenAll(_funds.Select(f => f.Release()));
        await Task.WhenAll(_countries.Select(c => c.Release()));
        DeactivateOnIdle();
    }

    // ---- The schedule's phases as calls to the agent grains (all in flight at once, answers in agent order) ----

    Task<RegionReport[]> IReplicationAgents.InitializeRegions() => Task.WhenAll(_regions.Select((g, i) => g.Initialize(_spec, i)));
    Task<FundFamilyReport[]> IReplicationAgents.InitializeFunds() => Task.WhenAll(_funds.Select((g, i) => g.Initialize(_spec, i)));
    Task<CountryState[]> IReplicationAgents.InitializeCountries() => Task.WhenAll(_countries.Select((g, i) => g.Initialize(_spec, Countries.All[i])));
    Task<CountryState[]> IReplicationAgents.AdvanceCountries(int tick, KnowledgeFlows flows) => Task.WhenAll(_countries.Select(c => c.Advance(tick, flows)));
    Task<RegionDecision[]> IReplicationAgents.DecideRegions(WorldSnapshot snapshot) => Task.WhenAll(_regions.Select(r => r.Decide(snapshot)));
    Task<FundDecision[]> IReplicationAgents.DecideFunds(WorldSnapshot snapshot) => Task.WhenAll(_funds.Select(f => f.Decide(snapshot)));

    Task<HostResolution[]> IReplicationAgents.ResolveRegions(WorldSnapshot snapshot, ImmutableArray<InvestmentIntent>[] inbound, ImmutableArray<MigrationFlow>[] arrivals) =>
        Task.WhenAll(_regions.Select((g, r) => g.Resolve(snapshot, inbound[r], arrivals[r])));

    Task<RegionReport[]> IReplicationAgents.CommitRegions(WorldSnapshot snapshot, RegionCommit[] commits) =>
        Task.WhenAll(_regions.Select((g, r) => g.Commit(snapshot, commits[r])));

    Task<FundFamilyReport[]> IReplicationAgents.CommitFunds(int tick, ImmutableArray<DealOutcome>[] outcomes, ImmutableArray<double> policy) =>
        Task.WhenAll(_funds.Select((f, i) => f.Commit(tick, outcomes[i], policy)));
}
