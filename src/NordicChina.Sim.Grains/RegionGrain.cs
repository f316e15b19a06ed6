using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;
using NordicChina.Sim.Grains.Placement;

namespace NordicChina.Sim.Grains;

/// <summary>
/// A region: holds its firms (in id order), the Chinese R&amp;D centres it hosts and its talent pool, and owns
/// the region's markets. Decide and Resolve read state only; Commit changes it, in a fixed order (see
/// docs/ODD.md, "Process overview and scheduling").
/// </summary>
[ReplicationAgentPlacement]
public sealed class RegionGrain : Grain, IRegionGrain
{
    private ReplicationSpec _spec = null!;
    private ModelParameters _p = null!;
    private SimClock _clock = null!;
    private Region _region = null!;
    private long _entity;
    private readonly List<Firm> _firms = new();
    private readonly List<RdCentre> _centres = new();
    private readonly TalentPool _pool = new();
    private long _nextFirmSerial;
    private long _nextCentreSerial;
    private double _initialStartups;
    private long _initialAvailable;
    private WorldView? _lastView;
    private readonly RandomStream _rng = new(0, 0, 0, 0, RandomPurpose.Initialisation);

    private RandomStream Stream(long entity, int tick, RandomPurpose purpose) =>
        _rng.Reset(new StreamKey(_spec.Seed, _spec.Replication, entity, tick, purpose));

    public Task<RegionReport> Initialize(ReplicationSpec spec, int region)
    {
        Bind(spec, region);

        double scale = _p.PopulationScale;
        var rng = Stream(_entity, 0, RandomPurpose.Initialisation);
        void Create(FirmKind kind, double count)
        {
            long n = Population.Scaled(count, scale);
            for (long i = 0; i < n; i++) _firms.Add(NewFirm(kind, 0, rng, initial: true));
        }
        Create(FirmKind.Incumbent, _p.Incumbents[region]);
        Create(FirmKind.ChineseChampion, _p.Champions[region]);
        Create(FirmKind.ChineseManufacturer, _p.Manufacturers[region]);
        Create(_region.IsChinese ? FirmKind.ChineseStartup : FirmKind.Startup, _p.Startups[region]);
        _initialStartups = Population.Scaled(_p.Startups[region], scale);

        long staff = _firms.Sum(f => f.HighSkill);
        long pool = Math.Max((long)_p.TalentPool[region], staff);
        // Start at the steady state of the outside labour market: available share = s / (s + m).
        long outside = pool - staff;
        _pool.Available = (long)Math.Round(outside * _p.SeparationRate / (_p.SeparationRate + _p.MatchingRate));
        _pool.EmployedOther = outside - _pool.Available;
        _initialAvailable = Math.Max(1, _pool.Available);
        _pool.PhdStock = _p.PhdStock[region];
        _pool.WageHigh = _p.WageHigh[region];
        _pool.WageLow = _p.WageLow[region];
        return Task.FromResult(new RegionReport(Signal(), MetricBatch.Empty, [.. new double[Sectors.Count]], Agents));
    }

    /// <summary>Agents this grain steps: live firms, open R&amp;D centres and the talent pool.</summary>
    private int Agents => _firms.Count(f => f.Alive) + _centres.Count(c => c.Open) + 1;

    /// <summary>A new firm. Firms of the initial population start fully staffed from the region's pool; firms
    /// born later start with no staff and hire in the market.</summary>
    private Firm NewFirm(FirmKind kind, int tick, RandomStream rng, bool initial = false)
    {
        // Manufacturers are heavy industry; other kinds are spread evenly over all sectors (assumption, docs/ODD.md).
        var heavy = Sectors.All.Where(s => s.HeavyIndustry).ToArray();
        int sector = kind == FirmKind.ChineseManufacturer ? heavy[rng.Next(heavy.Length)].Index : rng.Next(Sectors.Count);
        var firm = new Firm
        {
            Id = EntityIds.Firm(_region.Index, _nextFirmSerial++),
            Region = _region.Index,
            Sector = sector,
            Kind = kind,
            BornTick = tick,
            Revenue = FirmDynamics.InitialRevenue(_p, kind, rng),
            GrowthPremium = kind == FirmKind.ChineseStartup ? _p.CnStartupGrowth : 0,
            DomainNiche = rng.NextDouble(),
            Adaptability = rng.NextDouble(),
            IndustrialData = AiAdoption.IndustrialData(_p, _region),
            ConsumerData = AiAdoption.ConsumerData(_p, _region),
        };
        firm.AiAdopted = initial && rng.NextDouble() < AiAdoption.InitialShare(_p, _region);
        firm.HighSkill = initial ? FirmDynamics.WantedHighSkill(_p, firm) : 0;
        firm.LowSkill = FirmDynamics.InitialLowSkill(_p, firm);
        return firm;
    }

    // ---- Decide ------------------------------------------------------------------------------------------

    public Task<RegionDecision> Decide(WorldSnapshot snapshot)
    {
        RequireState();
        var view = snapshot.ToView();
        _lastView = view;
        int tick = snapshot.Tick;
        var investments = ImmutableArray.CreateBuilder<InvestmentIntent>();
        if (_region.IsChinese)
        {
            foreach (var firm in _firms)
            {
                if (!firm.Alive || !firm.IsChinese) continue;
                double gap = WindowOfOpportunity.Gap(view.CapabilitySweden[firm.Sector], view.CapabilityChina[firm.Sector]);
                double pGo = OutboundInvestment.TickProbability(OutboundInvestment.AnnualHazard(_p, firm.Kind, firm.Sector, gap, view.Policy), _clock.Dt);
                var rng = Stream(firm.Id, tick, RandomPurpose.GoingOut);
                if (!rng.Bernoulli(pGo)) continue;
                var choice = OutboundInvestment.Choose(_p, firm.Sector, view, rng.NextDouble());
                if (choice is { } c)
                    investments.Add(new InvestmentIntent(firm.Id, _region.Index, false, c.Region, c.Mode, firm.Sector));
            }
        }

        var movers = new long[Regions.Count];
        Migration.Intentions(_p, _region, _pool.Available + _pool.EmployedOther, view, _clock.Dt, Stream(_entity, tick, RandomPurpose.Migration), movers);
        var migrations = ImmutableArray.CreateBuilder<MigrationFlow>();
        for (int d = 0; d < movers.Length; d++)
            if (movers[d] > 0) migrations.Add(new MigrationFlow(_region.Index, d, movers[d], 0, 0));

        return Task.FromResult(new RegionDecision(investments.ToImmutable(), migrations.ToImmutable(), Agents));
    }

    // ---- Resolve -----------------------------------------------------------------------------------------

    public Task<HostResolution> Resolve(WorldSnapshot snapshot, IReadOnlyList<InvestmentIntent> inbound, IReadOnlyList<MigrationFlow> arrivals)
    {
        RequireState();
        int tick = snapshot.Tick;
        var policy = new PolicyState([.. snapshot.Policy]);
        var deals = ImmutableArray.CreateBuilder<DealOutcome>(inbound.Count);
        if (inbound.Count > 0)
        {
            var ordered = inbound.OrderBy(i => i, Comparer<InvestmentIntent>.Create(InvestmentIntent.Canonical)).ToArray();
            var market = new InboundMarket(_p, _firms, new RandomStream(_spec.Seed, _spec.Replication, _entity, tick, RandomPurpose.AcquisitionTarget));
            double screening = policy[PolicyLevers.FdiScreening, _region.Index];
            foreach (var intent in ordered)
            {
                var r = market.Resolve(intent.Sector, intent.Mode, screening, intent.ByFund, intent.FollowOnFirmId);
                deals.Add(new DealOutcome(intent, r.Status, r.Mode, r.TargetFirmId, r.AmountEurM, r.PlannedJobs));
            }
        }

        var accepted = ImmutableArray.CreateBuilder<MigrationFlow>(arrivals.Count);
        var rng = Stream(_entity, tick, RandomPurpose.MigrationAcceptance);
        foreach (var a in arrivals.OrderBy(a => a.Origin))
        {
            long refused = Draws.Binomial(rng, a.Movers, Migration.RefusalShare(_p, Regions.All[a.Origin], _region, policy));
            accepted.Add(a with { Accepted = a.Movers - refused, Refused = refused });
        }
        return Task.FromResult(new HostResolution(deals.ToImmutable(), accepted.ToImmutable()));
    }

    // ---- Commit ------------------------------------------------------------------------------------------

    public Task<RegionReport> Commit(RegionCommit commit)
    {
        RequireState();
        int tick = commit.Tick;
        double dt = _clock.Dt;
        var policy = new PolicyState([.. commit.Policy]);
        var m = new MetricAccumulator(_region.Index);

        // 1. Migration: departures leave (available first, then employed elsewhere); arrivals join the available pool.
        long outflow = 0, inflow = 0, refused = 0;
        foreach (var d in commit.Departures)
        {
            long fromAvailable = Math.Min(_pool.Available, d.Accepted);
            _pool.Available -= fromAvailable;
            _pool.EmployedOther -= d.Accepted - fromAvailable;
            outflow += d.Accepted;
            refused += d.Refused;
            m.Add(MetricCatalogue.TalentFlowTo[d.Destination], d.Accepted);
        }
        foreach (var a in commit.Arrivals)
        {
            _pool.Available += a.Accepted;
            inflow += a.Accepted;
        }

        // 2. Deals hosted here: takeovers change ownership; R&D centres open.
        var byId = commit.HostedDeals.Count(d => d.Completed && d.Mode == InvestmentMode.Acquisition) > 0
            ? _firms.ToDictionary(f => f.Id) : null;
        int opened = 0;
        foreach (var deal in commit.HostedDeals)
        {
            if (!deal.Completed) continue;
            if (deal.Mode == InvestmentMode.Acquisition && byId!.TryGetValue(deal.TargetFirmId, out var target))
            {
                target.ChineseOwned = true;
                target.OwnerId = deal.Intent.InvestorId;
            }
            else if (deal.Mode == InvestmentMode.GreenfieldRdCentre)
            {
                _centres.Add(new RdCentre
                {
                    Id = EntityIds.RdCentre(_region.Index, _nextCentreSerial++),
                    ParentId = deal.Intent.InvestorId,
                    ParentRegion = deal.Intent.OriginRegion,
                    HostRegion = _region.Index,
                    Sector = deal.Intent.Sector,
                    PlannedStaff = deal.PlannedJobs,
                    OpenedTick = tick,
                });
                opened++;
            }
        }

        // 3. Firms' own dynamics, in id order: growth, failure, relocation, AI adoption, China entry, attrition,
        //    hiring demand. Adoption uses the adopter shares and R&D staff at the end of the previous tick.
        double[] homeCapability = _region.IsChinese ? _lastView?.CapabilityChina ?? [] : _lastView?.CapabilitySweden ?? [];
        var (adopterShare, _) = AdopterShares();
        var rdStaffBySector = new double[Sectors.Count];
        // Staff of modelled centres stand for 1 / population.scale real staff (scale only samples firms).
        foreach (var c in _centres) if (c.Open) rdStaffBySector[c.Sector] += c.Staff / _p.PopulationScale;
        double talentRatio = (double)_pool.Available / _initialAvailable;
        long lost = 0, relocatedJobs = 0, adopted = 0;
        long chinaAttempts = 0, chinaEntered = 0, chinaFailed = 0, chinaExited = 0;
        var employers = new List<(long Id, long Demand, Firm? Firm, RdCentre? Centre)>(_firms.Count + _centres.Count);
        foreach (var firm in _firms)
        {
            if (!firm.Alive) continue;
            var rng = Stream(firm.Id, tick, RandomPurpose.FirmGrowth);
            FirmDynamics.Grow(_p, firm, homeCapability.Length > 0 ? homeCapability[firm.Sector] : _p.CapabilityReference, dt, Normal.Sample(rng, 0, 1));

            if (Stream(firm.Id, tick, RandomPurpose.StartupFailure).Bernoulli(FirmDynamics.FailureProbability(_p, firm, _clock)))
            {
                firm.Alive = false;
                if (firm.ChinaStage == ChinaEntryStage.Active) { firm.ChinaStage = ChinaEntryStage.Exited; firm.ChinaRevenue = 0; chinaExited++; }
                _pool.Available += firm.HighSkill;
                lost += firm.HighSkill + firm.LowSkill;
                firm.HighSkill = 0;
                firm.LowSkill = 0;
                continue;
            }
            if (Stream(firm.Id, tick, RandomPurpose.Relocation).Bernoulli(Relocation.Probability(_p, firm, _clock)))
            {
                var (low, high) = Relocation.Apply(_p, firm);
                _pool.Available += high;
                lost += low + high;
                relocatedJobs += low + high;
            }
            if (!firm.AiAdopted)
            {
                double h = AiAdoption.Hazard(_p, firm, _region, adopterShare[firm.Sector], talentRatio, rdStaffBySector[firm.Sector], policy);
                if (Stream(firm.Id, tick, RandomPurpose.AiAdoption).Bernoulli(AiAdoption.TickProbability(h, dt))) { firm.AiAdopted = true; adopted++; }
            }
            if (firm.ChinaStage is not (ChinaEntryStage.Failed or ChinaEntryStage.Exited) && _region.IsNordic)
            {
                double lead = _lastView is null ? 0 : WindowOfOpportunity.Gap(_lastView.CapabilitySweden[firm.Sector], _lastView.CapabilityChina[firm.Sector]);
                switch (ChinaMarketEntry.Step(_p, _region, firm, lead, policy, _clock, Stream(firm.Id, tick, RandomPurpose.ChinaEntry)))
                {
                    case ChinaMarketEntry.Event.Started: chinaAttempts++; break;
                    case ChinaMarketEntry.Event.Entered: chinaEntered++; break;
                    case ChinaMarketEntry.Event.GaveUp or ChinaMarketEntry.Event.LaunchFailed: chinaFailed++; break;
                    case ChinaMarketEntry.Event.Exited: chinaExited++; break;
                }
            }
            long quits = Draws.Binomial(Stream(firm.Id, tick, RandomPurpose.Attrition), firm.HighSkill, Math.Min(1, _p.AttritionRate * dt));
            firm.HighSkill -= quits;
            _pool.Available += quits;
            lost += quits;
            employers.Add((firm.Id, FirmDynamics.HiringDemand(_p, firm, dt), firm, null));
        }
        int closed = 0;
        foreach (var centre in _centres)
        {
            if (!centre.Open) continue;
            if (Stream(centre.Id, tick, RandomPurpose.RdCentreClosure).Bernoulli(_clock.PerTick(_p.RdClosureRate)))
            {
                centre.Open = false;
                _pool.Available += centre.Staff;
                lost += centre.Staff;
                centre.Staff = 0;
                closed++;
                continue;
            }
            long want = centre.PlannedStaff - centre.Staff;
            long demand = want <= 0 ? 0 : (long)Math.Ceiling(Math.Min(want, centre.PlannedStaff * _p.RdHiringSpeed * dt));
            employers.Add((centre.Id, demand, null, centre));
        }

        // 4. Hiring market: demands met from the available pool, rationed in id order.
        var demands = employers.Select(e => e.Demand).ToArray();
        var granted = new long[demands.Length];
        long hired = Hiring.Ration(_pool.Available, demands, granted);
        long rdHired = 0;
        for (int i = 0; i < employers.Count; i++)
        {
            if (granted[i] == 0) continue;
            if (employers[i].Firm is { } f) f.HighSkill += granted[i];
            else { employers[i].Centre!.Staff += granted[i]; rdHired += granted[i]; }
        }
        _pool.Available -= hired;
        long unfilled = demands.Sum() - hired;

        // 5. Universities graduate; the outside labour market hires and releases; people retire.
        long graduates = TalentFlows.Graduate(_p, _region, _pool, policy, dt, Stream(_entity, tick, RandomPurpose.Graduation));
        long retired = TalentFlows.OtherEmploymentAndRetirement(_p, _pool, dt, Stream(_entity, tick, RandomPurpose.Hiring));

        // 6. Startup births.
        var birthRng = Stream(_entity, tick, RandomPurpose.StartupBirth);
        long births = Draws.Poisson(birthRng, FirmDynamics.BirthMean(_p, _initialStartups, dt));
        for (long i = 0; i < births; i++)
            _firms.Add(NewFirm(_region.IsChinese ? FirmKind.ChineseStartup : FirmKind.Startup, tick, birthRng));

        // 7. Wages from foreign ownership and tightness.
        long highAll = 0, highForeign = 0, lowAll = 0, lowForeign = 0, chineseOwned = 0, alive = 0;
        foreach (var f in _firms)
        {
            if (!f.Alive) continue;
            alive++;
            highAll += f.HighSkill;
            lowAll += f.LowSkill;
            if (f.ChineseOwned) { chineseOwned++; highForeign += f.HighSkill; lowForeign += f.LowSkill; }
        }
        long rdStaff = 0; int active = 0;
        var rdPersonYears = new double[Sectors.Count];
        foreach (var c in _centres)
        {
            if (!c.Open) continue;
            active++;
            rdStaff += c.Staff;
            rdPersonYears[c.Sector] += c.Staff * dt;
        }
        highAll += rdStaff;
        highForeign += rdStaff;
        _pool.WageHigh = Wages.HighSkill(_p, _region.Index, highAll == 0 ? 0 : (double)highForeign / highAll, unfilled, _pool.Available);
        _pool.WageLow = Wages.LowSkill(_p, _region.Index, lowAll == 0 ? 0 : (double)lowForeign / lowAll);

        // 8. Metrics of the tick.
        m.Add(MetricCatalogue.JobsCreated, hired);
        m.Add(MetricCatalogue.JobsLost, lost);
        m.Add(MetricCatalogue.JobsNet, hired - lost);
        m.Add(MetricCatalogue.JobsRdCentres, rdHired);
        m.Add(MetricCatalogue.JobsRelocated, relocatedJobs);
        m.Add(MetricCatalogue.JobsHighSkill, highAll);
        m.Add(MetricCatalogue.JobsLowSkill, lowAll);
        m.Add(MetricCatalogue.WagesHigh, _pool.WageHigh);
        m.Add(MetricCatalogue.WagesLow, _pool.WageLow);
        m.Add(MetricCatalogue.TalentPool, _pool.Available + _pool.EmployedOther + highAll);
        m.Add(MetricCatalogue.TalentAvailable, _pool.Available);
        m.Add(MetricCatalogue.TalentGraduates, graduates);
        m.Add(MetricCatalogue.TalentRetired, retired);
        m.Add(MetricCatalogue.TalentInflow, inflow);
        m.Add(MetricCatalogue.TalentOutflow, outflow);
        m.Add(MetricCatalogue.TalentNetMigration, inflow - outflow);
        m.Add(MetricCatalogue.TalentRefused, refused);
        m.Add(MetricCatalogue.TalentPhdStock, _pool.PhdStock);
        m.Add(MetricCatalogue.TalentRdQuality, TalentFlows.EffectiveRdQuality(_p, _region.Index, _pool.PhdStock));
        foreach (var d in Regions.All)
            if (d.Index != _region.Index && !commit.Departures.Any(x => x.Destination == d.Index))
                m.Add(MetricCatalogue.TalentFlowTo[d.Index], 0);
        if (_region.IsHost)
        {
            m.Add(MetricCatalogue.RdCentresActive, active);
            m.Add(MetricCatalogue.RdCentresOpened, opened);
            m.Add(MetricCatalogue.RdCentresClosed, closed);
            m.Add(MetricCatalogue.RdCentresStaff, rdStaff);
        }
        m.Add(MetricCatalogue.FirmsActive, alive);
        m.Add(MetricCatalogue.FirmsChineseOwned, chineseOwned);
        var (shareBySector, shareAll) = AdopterShares();
        m.Add(MetricCatalogue.AdoptionShare, shareAll);
        for (int s = 0; s < Sectors.Count; s++) m.Add(MetricCatalogue.AdoptionShare, shareBySector[s], s);
        m.Add(MetricCatalogue.AdoptionNew, adopted);
        if (_region.IsNordic)
        {
            long inChina = 0; double chinaRevenue = 0;
            foreach (var f in _firms)
                if (f.Alive && f.ChinaStage == ChinaEntryStage.Active) { inChina++; chinaRevenue += f.ChinaRevenue * dt; }
            m.Add(MetricCatalogue.ChinaEntryAttempts, chinaAttempts);
            m.Add(MetricCatalogue.ChinaEntryEntered, chinaEntered);
            m.Add(MetricCatalogue.ChinaEntryFailed, chinaFailed);
            m.Add(MetricCatalogue.ChinaEntryExited, chinaExited);
            m.Add(MetricCatalogue.ChinaEntryActive, inChina);
            m.Add(MetricCatalogue.ChinaEntryRevenue, chinaRevenue);
        }

        _firms.RemoveAll(f => !f.Alive);
        _centres.RemoveAll(c => !c.Open);
        return Task.FromResult(new RegionReport(Signal(), m.ToBatch(), [.. rdPersonYears], Agents));
    }

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    // ---- Checkpoints -------------------------------------------------------------------------------------

    public Task<byte[]> Snapshot()
    {
        RequireState();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer))
        {
            AgentState.WriteHeader(w);
            w.Write(_nextFirmSerial);
            w.Write(_nextCentreSerial);
            w.Write(_initialStartups);
            w.Write(_initialAvailable);
            AgentState.Write(w, _pool);
            w.Write(_firms.Count);
            foreach (var f in _firms) AgentState.Write(w, f);
            w.Write(_centres.Count);
            foreach (var c in _centres) AgentState.Write(w, c);
        }
        return Task.FromResult(buffer.ToArray());
    }

    public Task Restore(ReplicationSpec spec, int region, byte[] state)
    {
        Bind(spec, region);
        using var r = new BinaryReader(new MemoryStream(state));
        AgentState.ReadHeader(r);
        _nextFirmSerial = r.ReadInt64();
        _nextCentreSerial = r.ReadInt64();
        _initialStartups = r.ReadDouble();
        _initialAvailable = r.ReadInt64();
        AgentState.ReadPool(r, _pool);
        int firms = r.ReadInt32();
        for (int i = 0; i < firms; i++) _firms.Add(AgentState.ReadFirm(r));
        int centres = r.ReadInt32();
        for (int i = 0; i < centres; i++) _centres.Add(AgentState.ReadCentre(r));
        return Task.CompletedTask;
    }

    /// <summary>Binds the grain to its replication and region, with no agents yet.</summary>
    private void Bind(ReplicationSpec spec, int region)
    {
        _spec = spec;
        _p = new ModelParameters(spec.Parameters);
        _clock = spec.Clock;
        _region = Regions.All[region];
        _entity = EntityIds.Region(region);
        _firms.Clear();
        _centres.Clear();
        _nextFirmSerial = 0;
        _nextCentreSerial = 0;
        _lastView = null;
    }

    private void RequireState() => LostState.Require(_spec, this, "region grain");

    /// <summary>Share of live firms that have adopted AI, by sector and overall.</summary>
    private (double[] BySector, double All) AdopterShares()
    {
        var adopters = new int[Sectors.Count];
        var firms = new int[Sectors.Count];
        foreach (var f in _firms)
        {
            if (!f.Alive) continue;
            firms[f.Sector]++;
            if (f.AiAdopted) adopters[f.Sector]++;
        }
        var share = new double[Sectors.Count];
        for (int s = 0; s < share.Length; s++) share[s] = firms[s] == 0 ? 0 : (double)adopters[s] / firms[s];
        int total = firms.Sum();
        return (share, total == 0 ? 0 : (double)adopters.Sum() / total);
    }

    private RegionSignal Signal()
    {
        var acquirable = new int[Sectors.Count];
        int equity = 0, presence = 0;
        foreach (var f in _firms)
        {
            if (InboundMarket.IsAcquirable(_p, f)) acquirable[f.Sector]++;
            if (InboundMarket.IsEquityEligible(_p, f)) equity++;
            if (f.Alive && f.ChineseOwned) presence++;
        }
        presence += _centres.Count(c => c.Open);
        return new RegionSignal(_region.Index, TalentFlows.EffectiveRdQuality(_p, _region.Index, _pool.PhdStock),
            _pool.Available, _pool.WageHigh, _pool.WageLow, presence, [.. acquirable], equity);
    }
}
