using System.Collections.Immutable;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;
using NordicChina.Sim.Grains.Reduction;
using NordicChina.Sim.Grains.Placement;

namespace NordicChina.Sim.Grains;

/// <summary>
/// Coordinates one replication. Each tick runs five phases with awaited calls:
/// (1) governments advance on last tick's knowledge flows; (2) regions and funds decide on the frozen snapshot;
/// (3) intents are routed in canonical order to the regions that own the markets, which resolve them;
/// (4) regions and funds commit; (5) metrics are reduced in canonical order and the next snapshot is built.
/// Nothing depends on the order in which replies arrive: every reply is placed by its sender's index.
/// </summary>
[ReplicationPlacement]
public sealed class ReplicationGrain : Grain, IReplicationGrain
{
    private ReplicationSpec _spec = null!;
    private ModelParameters _p = null!;
    private SimClock _clock = null!;
    private IRegionGrain[] _regions = [];
    private IVentureFundGrain[] _funds = [];
    private ICountryGrain[] _countries = [];
    private RegionSignal[] _signals = [];
    private KnowledgeFlows _flows = KnowledgeFlows.None(Sectors.Count);
    private int _tick;
    private int _agents;
    private int?[] _closingYear = [];
    private CheckpointPlan _plan = CheckpointPlan.None;
    private int _initialAgents;
    private long _agentSteps;
    private readonly List<TickMetrics> _history = new();

    public async Task<ReplicationInfo> Initialize(ReplicationSpec spec)
    {
        Bind(spec, CheckpointPlan.None);
        var regionReports = await Task.WhenAll(_regions.Select((g, i) => g.Initialize(spec, i)));
        await Task.WhenAll(_funds.Select((g, i) => g.Initialize(spec, i)));
        await Task.WhenAll(_countries.Select((g, i) => g.Initialize(spec, Countries.All[i])));
        _signals = regionReports.Select(r => r.Signal).ToArray();
        _agents = regionReports.Sum(r => r.Agents) + _funds.Length + _countries.Length;
        _initialAgents = _agents;
        return new ReplicationInfo(_agents, _clock.TotalTicks);
    }

    public async Task<ReplicationStart> Start(ReplicationSpec spec, CheckpointPlan plan)
    {
        var saved = plan.Enabled ? await Checkpoints(plan, spec).Load() : null;
        if (saved is null || !SameModel(saved.Spec, spec))
        {
            await Initialize(spec);
            _plan = plan;
            return new ReplicationStart(_agents, _clock.TotalTicks, 0, 0, []);
        }
        Bind(spec, plan);
        if (saved.NextTick < _clock.TotalTicks)   // a finished replication's checkpoint carries only its metrics
        {
            await Task.WhenAll(_regions.Select((g, i) => g.Restore(spec, i, saved.Regions[i])));
            await Task.WhenAll(_funds.Select((g, i) => g.Restore(spec, i, saved.Funds[i])));
            await Task.WhenAll(_countries.Select((g, i) => g.Restore(spec, Countries.All[i], saved.Countries[i])));
        }
        _tick = saved.NextTick;
        _signals = [.. saved.Signals];
        _flows = saved.Flows;
        _closingYear = saved.ClosingYears.Select(y => y < 0 ? (int?)null : y).ToArray();
        _agents = saved.Agents;
        _initialAgents = saved.InitialAgents;
        _agentSteps = saved.AgentSteps;
        _history.AddRange(saved.History);
        return new ReplicationStart(_initialAgents, _clock.TotalTicks, _tick, _agentSteps, saved.History);
    }

    /// <summary>Binds the coordinator to a replication: its clock, parameters and agent grains, at tick 0.</summary>
    private void Bind(ReplicationSpec spec, CheckpointPlan plan)
    {
        _spec = spec;
        _plan = plan;
        _p = new ModelParameters(spec.Parameters);
        _clock = spec.Clock;
        _tick = 0;
        _agentSteps = 0;
        _history.Clear();
        _flows = KnowledgeFlows.None(Sectors.Count);
        _closingYear = new int?[Sectors.Count + 1];
        var key = spec.ReplicationKey;
        _regions = Regions.All.Select(r => GrainFactory.GetGrain<IRegionGrain>(GrainKeys.Region(key, r.Code))).ToArray();
        _countries = Countries.All.Select(c => GrainFactory.GetGrain<ICountryGrain>(GrainKeys.Country(key, c))).ToArray();
        int funds = (int)Population.Funds(_p);
        _funds = Enumerable.Range(0, funds).Select(i => GrainFactory.GetGrain<IVentureFundGrain>(GrainKeys.Fund(key, i))).ToArray();
    }

    private ICheckpointGrain Checkpoints(CheckpointPlan plan, ReplicationSpec spec) =>
        GrainFactory.GetGrain<ICheckpointGrain>(GrainKeys.Checkpoint(plan.RunId, spec.Replication));

    /// <summary>A checkpoint belongs to this replication only if everything that shapes the model matches
    /// (the run key, which only names grains, may differ).</summary>
    private static bool SameModel(ReplicationSpec a, ReplicationSpec b) =>
        a.Seed == b.Seed && a.Replication == b.Replication && a.StartYear == b.StartYear && a.EndYear == b.EndYear
        && a.TicksPerYear == b.TicksPerYear && a.ParameterValues.SequenceEqual(b.ParameterValues)
        && a.Policies.Length == b.Policies.Length
        && a.Policies.Zip(b.Policies).All(p => p.First.Lever == p.Second.Lever && p.First.StartYear == p.Second.StartYear
            && p.First.EndYear == p.Second.EndYear && p.First.Intensity.Equals(p.Second.Intensity) && p.First.Regions.SequenceEqual(p.Second.Regions));

    /// <summary>Gathers every agent grain's state between ticks and stores it with the metrics so far. Once the
    /// replication has finished only the metrics are kept: nothing will run from there.</summary>
    private async Task WriteCheckpoint()
    {
        bool finished = _tick >= _clock.TotalTicks;
        var regions = finished ? [] : await Task.WhenAll(_regions.Select(r => r.Snapshot()));
        var funds = finished ? [] : await Task.WhenAll(_funds.Select(f => f.Snapshot()));
        var countries = finished ? [] : await Task.WhenAll(_countries.Select(c => c.Snapshot()));
        var checkpoint = new ReplicationCheckpoint(_spec, _tick, _initialAgents, _agents, _agentSteps, [.. _history],
            [.. _signals], _flows, [.. _closingYear.Select(y => y ?? -1)], [.. regions], [.. funds], [.. countries]);
        await Checkpoints(_plan, _spec).Save(checkpoint);
    }

    public async Task<AdvanceResult> Advance(int maxTicks)
    {
        var ticks = ImmutableArray.CreateBuilder<TickMetrics>();
        long steps = 0;
        LostState.Require(_spec, this, "replication");
        for (int n = 0; n < maxTicks && _tick < _clock.TotalTicks; n++)
        {
            var (metrics, tickSteps) = await RunTick(_tick);
            ticks.Add(metrics);
            steps += tickSteps;
            _agentSteps += tickSteps;
            _tick++;
            SimulationTelemetry.Ticks.Add(1);
            if (_plan.Enabled)
            {
                _history.Add(metrics);
                if (_tick % _plan.IntervalTicks == 0 || _tick == _clock.TotalTicks) await WriteCheckpoint();
            }
        }
        SimulationTelemetry.AgentSteps.Add(steps);
        return new AdvanceResult(ticks.ToImmutable(), _tick >= _clock.TotalTicks, steps);
    }

    private async Task<(TickMetrics, long)> RunTick(int tick)
    {
        int year = _clock.YearOf(tick);

        // (1) Governments: policy in force and capability, from last tick's knowledge flows.
        var countries = await Task.WhenAll(_countries.Select(c => c.Advance(tick, _flows)));
        var policy = PolicyState.Merge(countries.Select(c => new PolicyState([.. c.PolicySlice])));
        var sweden = countries.Single(c => c.Country == Countries.Sweden);
        var china = countries.Single(c => c.Country == Countries.China);
        var snapshot = WorldSnapshot.Build(tick, year, _signals, sweden.Capability, china.Capability, policy);

        // (2) Decide on the frozen snapshot.
        var regionDecisionsTask = Task.WhenAll(_regions.Select(r => r.Decide(snapshot)));
        var fundDecisionsTask = Task.WhenAll(_funds.Select(f => f.Decide(snapshot)));
        var regionDecisions = await regionDecisionsTask;
        var fundDecisions = await fundDecisionsTask;

        // (3) Route intents to the regions owning the markets; they resolve in canonical order.
        var intentsByHost = new List<InvestmentIntent>[Regions.Count];
        var arrivalsByDestination = new List<MigrationFlow>[Regions.Count];
        for (int r = 0; r < Regions.Count; r++) { intentsByHost[r] = new(); arrivalsByDestination[r] = new(); }
        foreach (var d in regionDecisions)
        {
            foreach (var i in d.Investments) intentsByHost[i.HostRegion].Add(i);
            foreach (var m in d.Migrations) arrivalsByDestination[m.Destination].Add(m);
        }
        foreach (var d in fundDecisions)
            foreach (var i in d.Investments) intentsByHost[i.HostRegion].Add(i);
        var resolutions = await Task.WhenAll(_regions.Select((g, r) => g.Resolve(snapshot, intentsByHost[r], arrivalsByDestination[r])));

        // (4) Commit: each region gets the deals it hosted, its departures and its arrivals; funds their outcomes.
        var departures = new List<MigrationFlow>[Regions.Count];
        for (int r = 0; r < Regions.Count; r++) departures[r] = new();
        var allDeals = new List<DealOutcome>();
        for (int r = 0; r < Regions.Count; r++)
        {
            allDeals.AddRange(resolutions[r].Deals);
            foreach (var a in resolutions[r].Arrivals) departures[a.Origin].Add(a);
        }
        var policyValues = ImmutableArray.Create(policy.Values);
        var regionReportsTask = Task.WhenAll(_regions.Select((g, r) => g.Commit(new RegionCommit(tick, resolutions[r].Deals,
            [.. departures[r].OrderBy(x => x.Destination)], resolutions[r].Arrivals, policyValues))));
        var fundOutcomes = allDeals.Where(d => d.Intent.ByFund).ToLookup(d => d.Intent.InvestorId);
        var fundReportsTask = Task.WhenAll(_funds.Select((f, i) => f.Commit(tick, fundOutcomes[EntityIds.Fund(i)].ToArray(), policyValues)));
        var regionReports = await regionReportsTask;
        var fundReports = await fundReportsTask;

        // (5) Reduce: metrics in canonical order, knowledge flows and signals for the next tick.
        var points = new List<MetricPoint>(1024);
        foreach (var report in regionReports) report.Metrics.AddTo(points);
        DealMetrics.Add(allDeals, points);
        FundMetrics.Add(fundReports, allDeals, points);
        CapabilityMetrics.Add(_p, sweden, china, year, tick == _clock.TotalTicks - 1, _closingYear, points);
        points.Sort();

        _signals = regionReports.Select(r => r.Signal).ToArray();
        _flows = KnowledgeFlowsOf(allDeals, regionReports);
        _agents = regionReports.Sum(r => r.Agents) + fundReports.Length + _countries.Length;
        long steps = _agents;
        var fdi = allDeals.Where(d => d.Completed && DealMetrics.IsChineseFdi(d)).ToArray();
        SimulationTelemetry.Deals.Add(fdi.Length);
        SimulationTelemetry.FdiValue.Add(fdi.Sum(d => d.AmountEurM));
        SimulationTelemetry.Migrants.Add(resolutions.Sum(r => r.Arrivals.Sum(a => a.Accepted)));
        return (new TickMetrics(tick, year, _clock.PeriodOf(tick), MetricBatch.From(points)), steps);
    }

    private static KnowledgeFlows KnowledgeFlowsOf(List<DealOutcome> deals, RegionReport[] reports)
    {
        var acquisitions = new int[Sectors.Count];
        foreach (var d in deals)
            if (d.Completed && d.Mode == InvestmentMode.Acquisition && DealMetrics.IsChineseFdi(d) && d.Intent.Sector >= 0)
                acquisitions[d.Intent.Sector]++;
        var rd = new double[Sectors.Count];
        var swedish = new double[Sectors.Count];
        foreach (var r in reports)   // region order: sums are reduced in a fixed order
        {
            bool isSwedish = Regions.All[r.Signal.Region].IsSwedish;
            for (int s = 0; s < Sectors.Count; s++)
            {
                rd[s] += r.RdPersonYearsBySector[s];
                if (isSwedish) swedish[s] += r.RdPersonYearsBySector[s];
            }
        }
        return new KnowledgeFlows([.. acquisitions], [.. rd], [.. swedish]);
    }

    public async Task Release()
    {
        await Task.WhenAll(_regions.Select(r => r.Release()));
        await Task.WhenAll(_funds.Select(f => f.Release()));
        await Task.WhenAll(_countries.Select(c => c.Release()));
        DeactivateOnIdle();
    }
}
