using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Steps;

/// <summary>
/// What a region and everything it holds (firms, hosted R&amp;D centres, talent pool) does in each phase of a tick
/// (docs/ODD.md, "Process overview and scheduling"). <see cref="Decide"/> and <see cref="Resolve"/> read state only;
/// <see cref="Commit"/> changes it through named steps in a fixed order. The snapshot every phase works on is passed
/// in; nothing is remembered between phases but the region's state.
/// </summary>
public static class RegionStep
{
    private static readonly int[] HeavySectors = [.. Sectors.All.Where(s => s.HeavyIndustry).Select(s => s.Index)];

    // ---- Initialise ----------------------------------------------------------------------------------------

    /// <summary>The region's initial population: firms fully staffed from the pool, which starts at the steady
    /// state of the outside labour market.</summary>
    public static RegionState Initialize(StepContext ctx, int region)
    {
        var p = ctx.P;
        var s = new RegionState(Regions.All[region]);
        var rng = ctx.Stream(s.Entity, 0, RandomPurpose.Initialisation);
        double scale = p.PopulationScale;
        s.Firms.Capacity = (int)Math.Min(int.MaxValue, Population.FirmsIn(p, s.Region));
        void Create(FirmKind kind, double count)
        {
            long n = Population.Scaled(count, scale);
            for (long i = 0; i < n; i++) s.Firms.Add(NewFirm(ctx, s, kind, 0, rng, initial: true));
        }
        Create(FirmKind.Incumbent, p.Incumbents[region]);
        Create(FirmKind.ChineseChampion, p.Champions[region]);
        Create(FirmKind.ChineseManufacturer, p.Manufacturers[region]);
        Create(s.Region.IsChinese ? FirmKind.ChineseStartup : FirmKind.Startup, p.Startups[region]);
        s.InitialStartups = Population.Scaled(p.Startups[region], scale);

        long staff = 0;
        foreach (var f in s.Firms) staff += f.HighSkill;
        long pool = Math.Max((long)p.TalentPool[region], staff);
        // Available share of the outside market at its steady state: s / (s + m).
        long outside = pool - staff;
        s.Pool.Available = (long)Math.Round(outside * p.SeparationRate / (p.SeparationRate + p.MatchingRate));
        s.Pool.EmployedOther = outside - s.Pool.Available;
        s.InitialAvailable = Math.Max(1, s.Pool.Available);
        s.Pool.PhdStock = p.PhdStock[region];
        s.Pool.WageHigh = p.WageHigh[region];
        s.Pool.WageLow = p.WageLow[region];
        s.Census = RegionCensus.Take(ctx, s);
        return s;
    }

    /// <summary>A new firm. Firms of the initial population start fully staffed; firms born later start with no
    /// staff and hire in the market. Manufacturers are heavy industry; other kinds spread evenly over all sectors
    /// (assumption, docs/ODD.md).</summary>
    private static Firm NewFirm(StepContext ctx, RegionState s, FirmKind kind, int tick, RandomStream rng, bool initial)
    {
        var p = ctx.P;
        int sector = kind == FirmKind.ChineseManufacturer ? HeavySectors[rng.Next(HeavySectors.Length)] : rng.Next(Sectors.Count);
        var firm = new Firm
        {
            Id = EntityIds.Firm(s.Region.Index, s.NextFirmSerial++),
            Region = s.Region.Index,
            Sector = sector,
            Kind = kind,
            BornTick = tick,
            Revenue = FirmDynamics.InitialRevenue(p, kind, rng),
            GrowthPremium = kind == FirmKind.ChineseStartup ? p.CnStartupGrowth : 0,
            DomainNiche = rng.NextDouble(),
            Adaptability = rng.NextDouble(),
            IndustrialData = AiAdoption.IndustrialData(p, s.Region),
            ConsumerData = AiAdoption.ConsumerData(p, s.Region),
        };
        firm.AiAdopted = initial && rng.NextDouble() < AiAdoption.InitialShare(p, s.Region);
        firm.HighSkill = initial ? FirmDynamics.WantedHighSkill(p, firm) : 0;
        firm.LowSkill = FirmDynamics.InitialLowSkill(p, firm);
        return firm;
    }

    // ---- Decide ---------------------------------------------------------------------------------------------

    /// <summary>Decide phase: Chinese firms' outbound investments (mechanism 2) and the pool's migration
    /// intentions (mechanism 6), on the frozen snapshot.</summary>
    public static RegionDecision Decide(StepContext ctx, RegionState s, WorldView view)
    {
        var investments = s.Region.IsChinese ? GoOut(ctx, s, view) : [];
        return new RegionDecision(investments, MigrationIntentions(ctx, s, view), CensusOf(ctx, s).Agents);
    }

    /// <summary>Each live Chinese firm decides whether to invest abroad this tick, and where and how.</summary>
    public static ImmutableArray<InvestmentIntent> GoOut(StepContext ctx, RegionState s, WorldView view)
    {
        var p = ctx.P;
        var firms = s.Firms;
        double climate = ctx.OutboundClimate(view.Tick);
        var parts = Chunks.Run(ctx, firms.Count, (start, end) =>
        {
            var found = new List<InvestmentIntent>();
            var scratch = StepContext.Scratch();
            for (int i = start; i < end; i++)
            {
                var firm = firms[i];
                if (!firm.Alive || !firm.IsChinese) continue;
                double gap = WindowOfOpportunity.Gap(view.CapabilitySweden[firm.Sector], view.CapabilityChina[firm.Sector]);
                double pGo = OutboundInvestment.TickProbability(OutboundInvestment.AnnualHazard(p, firm.Kind, firm.Sector, gap, climate), ctx.Clock.Dt);
                var rng = ctx.Stream(scratch, firm.Id, view.Tick, RandomPurpose.GoingOut);
                if (!rng.Bernoulli(pGo)) continue;
                if (OutboundInvestment.Choose(p, firm.Sector, view, rng.NextDouble()) is { } c)
                    found.Add(new InvestmentIntent(firm.Id, s.Region.Index, false, c.Region, c.Mode, firm.Sector));
            }
            return found;
        });
        var all = ImmutableArray.CreateBuilder<InvestmentIntent>(parts.Sum(x => x.Count));
        foreach (var part in parts) all.AddRange(part);
        return all.MoveToImmutable();
    }

    /// <summary>How many of the pool's mobile people intend to move to each other region.</summary>
    public static ImmutableArray<MigrationFlow> MigrationIntentions(StepContext ctx, RegionState s, WorldView view)
    {
        var movers = new long[Regions.Count];
        Migration.Intentions(ctx.P, s.Region, s.Pool.Available + s.Pool.EmployedOther, view, ctx.Clock.Dt,
            ctx.Stream(s.Entity, view.Tick, RandomPurpose.Migration), movers);
        var flows = ImmutableArray.CreateBuilder<MigrationFlow>();
        for (int d = 0; d < movers.Length; d++)
            if (movers[d] > 0) flows.Add(new MigrationFlow(s.Region.Index, d, movers[d], 0, 0));
        return flows.ToImmutable();
    }

    // ---- Resolve --------------------------------------------------------------------------------------------

    /// <summary>Resolve phase: the region's markets decide the intents aimed at it, in canonical order.</summary>
    public static HostResolution Resolve(StepContext ctx, RegionState s, int tick, PolicyState policy,
        IReadOnlyList<InvestmentIntent> inbound, IReadOnlyList<MigrationFlow> arrivals) =>
        new(ResolveDeals(ctx, s, tick, policy, inbound), AcceptArrivals(ctx, s, tick, policy, arrivals));

    /// <summary>Inbound deals (mechanisms 2 and 3): acquisitions, R&amp;D centres and equity, by <see cref="InboundMarket"/>.</summary>
    public static ImmutableArray<DealOutcome> ResolveDeals(StepContext ctx, RegionState s, int tick, PolicyState policy, IReadOnlyList<InvestmentIntent> inbound)
    {
        if (inbound.Count == 0) return [];
        var ordered = inbound.OrderBy(i => i, Comparer<InvestmentIntent>.Create(InvestmentIntent.Canonical)).ToArray();
        var market = new InboundMarket(ctx.P, s.Firms, ctx.Stream(s.Entity, tick, RandomPurpose.AcquisitionTarget), s.Market);
        double screening = policy[PolicyLevers.FdiScreening, s.Region.Index];
        var deals = ImmutableArray.CreateBuilder<DealOutcome>(ordered.Length);
        foreach (var intent in ordered)
        {
            var r = market.Resolve(intent.Sector, intent.Mode, screening, intent.ByFund, intent.FollowOnFirmId);
            deals.Add(new DealOutcome(intent, r.Status, r.Mode, r.TargetFirmId, r.AmountEurM, r.PlannedJobs));
        }
        return deals.MoveToImmutable();
    }

    /// <summary>Arrivals: the destination refuses a share of each origin's movers (visas), in origin order.</summary>
    public static ImmutableArray<MigrationFlow> AcceptArrivals(StepContext ctx, RegionState s, int tick, PolicyState policy, IReadOnlyList<MigrationFlow> arrivals)
    {
        var accepted = ImmutableArray.CreateBuilder<MigrationFlow>(arrivals.Count);
        var rng = ctx.Stream(s.Entity, tick, RandomPurpose.MigrationAcceptance);
        foreach (var a in arrivals.OrderBy(a => a.Origin))
        {
            long refused = Draws.Binomial(rng, a.Movers, Migration.RefusalShare(ctx.P, Regions.All[a.Origin], s.Region, policy));
            accepted.Add(a with { Accepted = a.Movers - refused, Refused = refused });
        }
        return accepted.MoveToImmutable();
    }

    // ---- Commit ---------------------------------------------------------------------------------------------

    /// <summary>Commit phase: applies the tick's outcomes, then the region's own dynamics, in this order:
    /// <see cref="Migrate"/>, <see cref="ApplyDeals"/>, <see cref="StepFirms"/>, <see cref="StepCentres"/>,
    /// <see cref="Hire"/>, <see cref="Graduate"/>, <see cref="Births"/>, <see cref="SetWages"/>; then reports
    /// its metrics (<see cref="RegionMetrics"/>) and its public signal.</summary>
    public static RegionReport Commit(StepContext ctx, RegionState s, WorldView view, RegionCommit commit)
    {
        var policy = view.Policy;   // the policy in force this tick (commit.Policy holds the same values)
        var t = new RegionTally();
        Migrate(s, commit, t);
        ApplyDeals(s, commit, t);
        using var employers = new Employers(s.Firms, s.Centres);
        StepFirms(ctx, s, view, policy, commit.Tick, employers, t);
        StepCentres(ctx, s, commit.Tick, employers, t);
        Hire(s, employers, t);
        Graduate(ctx, s, policy, commit.Tick, t);
        Births(ctx, s, commit.Tick);
        var census = s.Census = RegionCensus.Take(ctx, s);
        SetWages(ctx, s, census, t);
        var metrics = RegionMetrics.Write(ctx, s, commit, t, census);
        s.Firms.RemoveAll(f => !f.Alive);
        s.Centres.RemoveAll(c => !c.Open);
        return new RegionReport(Signal(ctx, s, census), metrics, [.. t.RdPersonYearsBySector], census.Agents);
    }

    /// <summary>Departures leave (available people first, then people employed elsewhere); arrivals join the
    /// available pool. Head-count is conserved across regions.</summary>
    public static void Migrate(RegionState s, RegionCommit commit, RegionTally t)
    {
        var pool = s.Pool;
        foreach (var d in commit.Departures)
        {
            long fromAvailable = Math.Min(pool.Available, d.Accepted);
            pool.Available -= fromAvailable;
            pool.EmployedOther -= d.Accepted - fromAvailable;
            t.Outflow += d.Accepted;
            t.Refused += d.Refused;
        }
        foreach (var a in commit.Arrivals)
        {
            pool.Available += a.Accepted;
            t.Inflow += a.Accepted;
        }
    }

    /// <summary>Deals hosted here take effect: a taken-over firm becomes Chinese-owned; an R&amp;D centre opens.</summary>
    public static void ApplyDeals(RegionState s, RegionCommit commit, RegionTally t)
    {
        foreach (var deal in commit.HostedDeals)
        {
            if (!deal.Completed) continue;
            if (deal.Mode == InvestmentMode.Acquisition)
            {
                if (s.Firms.FindById(deal.TargetFirmId) is { } target)
                {
                    target.ChineseOwned = true;
                    target.OwnerId = deal.Intent.InvestorId;
                }
            }
            else if (deal.Mode == InvestmentMode.GreenfieldRdCentre)
            {
                s.Centres.Add(new RdCentre
                {
                    Id = EntityIds.RdCentre(s.Region.Index, s.NextCentreSerial++),
                    ParentId = deal.Intent.InvestorId,
                    ParentRegion = deal.Intent.OriginRegion,
                    HostRegion = s.Region.Index,
                    Sector = deal.Intent.Sector,
                    PlannedStaff = deal.PlannedJobs,
                    OpenedTick = commit.Tick,
                });
                t.Opened++;
            }
        }
    }

    /// <summary>Every live firm, in id order: <see cref="StepFirm"/>. Large regions run in chunks on several
    /// cores; the result does not depend on it.</summary>
    public static void StepFirms(StepContext ctx, RegionState s, WorldView view, PolicyState policy, int tick, Employers employers, RegionTally t)
    {
        var p = ctx.P;
        double[] homeCapability = s.Region.IsChinese ? view.CapabilityChina : view.CapabilitySweden;
        var (adopterShare, _) = CensusOf(ctx, s).AdopterShares();   // as at the end of the previous tick
        // Staff of modelled centres stand for 1 / population.scale real staff (scale only samples firms).
        var rdStaffBySector = new double[Sectors.Count];
        foreach (var c in s.Centres) if (c.Open) rdStaffBySector[c.Sector] += c.Staff / p.PopulationScale;
        var inputs = new FirmStepInputs(view, policy, tick, homeCapability, adopterShare, rdStaffBySector,
            (double)s.Pool.Available / s.InitialAvailable);

        var firms = s.Firms;
        var parts = Chunks.Run(ctx, firms.Count, (start, end) =>
        {
            var chunk = new RegionTally();
            var scratch = StepContext.Scratch();
            long released = 0;
            for (int i = start; i < end; i++)
            {
                var firm = firms[i];
                if (!firm.Alive) continue;
                released += StepFirm(ctx, s.Region, firm, inputs, scratch, chunk, out long demand);
                if (firm.Alive) employers.SetFirm(i, demand);
            }
            return (chunk, released);
        });
        foreach (var (chunk, released) in parts)
        {
            t.AddFirmCounts(chunk);
            s.Pool.Available += released;
        }
    }

    /// <summary>What every firm of a region reads in <see cref="StepFirm"/>, computed once per tick.</summary>
    public sealed record FirmStepInputs(WorldView View, PolicyState Policy, int Tick, double[] HomeCapability,
        double[] AdopterShare, double[] RdStaffBySector, double TalentRatio);

    /// <summary>One firm's quarter: growth, failure, relocation after a takeover, AI adoption, China entry,
    /// attrition, and its hiring demand. Returns the high-skill people it released to the pool.</summary>
    public static long StepFirm(StepContext ctx, Region region, Firm firm, FirmStepInputs x, RandomStream scratch, RegionTally t, out long demand)
    {
        var p = ctx.P;
        var clock = ctx.Clock;
        double dt = clock.Dt;
        demand = 0;
        long released = 0;
        var rng = ctx.Stream(scratch, firm.Id, x.Tick, RandomPurpose.FirmGrowth);
        FirmDynamics.Grow(p, firm, x.HomeCapability[firm.Sector], dt, Normal.Sample(rng, 0, 1));

        if (ctx.Stream(scratch, firm.Id, x.Tick, RandomPurpose.StartupFailure).Bernoulli(FirmDynamics.FailureProbability(p, firm, clock)))
        {
            firm.Alive = false;
            if (firm.ChinaStage == ChinaEntryStage.Active) { firm.ChinaStage = ChinaEntryStage.Exited; firm.ChinaRevenue = 0; t.ChinaExited++; }
            released += firm.HighSkill;
            t.Lost += firm.HighSkill + firm.LowSkill;
            firm.HighSkill = 0;
            firm.LowSkill = 0;
            return released;
        }
        if (ctx.Stream(scratch, firm.Id, x.Tick, RandomPurpose.Relocation).Bernoulli(Relocation.Probability(p, firm, clock)))
        {
            var (low, high) = Relocation.Apply(p, firm);
            released += high;
            t.Lost += low + high;
            t.RelocatedJobs += low + high;
        }
        if (!firm.AiAdopted)
        {
            double h = AiAdoption.Hazard(p, firm, region, x.AdopterShare[firm.Sector], x.TalentRatio, x.RdStaffBySector[firm.Sector], x.Policy);
            if (ctx.Stream(scratch, firm.Id, x.Tick, RandomPurpose.AiAdoption).Bernoulli(AiAdoption.TickProbability(h, dt))) { firm.AiAdopted = true; t.Adopted++; }
        }
        if (firm.ChinaStage is not (ChinaEntryStage.Failed or ChinaEntryStage.Exited) && region.IsNordic)
        {
            double lead = WindowOfOpportunity.Gap(x.View.CapabilitySweden[firm.Sector], x.View.CapabilityChina[firm.Sector]);
            switch (ChinaMarketEntry.Step(p, region, firm, lead, x.Policy, clock, ctx.Stream(scratch, firm.Id, x.Tick, RandomPurpose.ChinaEntry)))
            {
                case ChinaMarketEntry.Event.Started: t.ChinaAttempts++; break;
                case ChinaMarketEntry.Event.Entered: t.ChinaEntered++; break;
                case ChinaMarketEntry.Event.GaveUp or ChinaMarketEntry.Event.LaunchFailed: t.ChinaFailed++; break;
                case ChinaMarketEntry.Event.Exited: t.ChinaExited++; break;
            }
        }
        long quits = Draws.Binomial(ctx.Stream(scratch, firm.Id, x.Tick, RandomPurpose.Attrition), firm.HighSkill, Math.Min(1, p.AttritionRate * dt));
        firm.HighSkill -= quits;
        released += quits;
        t.Lost += quits;
        demand = FirmDynamics.HiringDemand(p, firm, dt);
        return released;
    }

    /// <summary>Hosted R&amp;D centres, in id order: closure, then hiring demand toward planned staff.</summary>
    public static void StepCentres(StepContext ctx, RegionState s, int tick, Employers employers, RegionTally t)
    {
        var p = ctx.P;
        double dt = ctx.Clock.Dt;
        var scratch = StepContext.Scratch();
        for (int i = 0; i < s.Centres.Count; i++)
        {
            var centre = s.Centres[i];
            if (!centre.Open) continue;
            if (ctx.Stream(scratch, centre.Id, tick, RandomPurpose.RdCentreClosure).Bernoulli(ctx.Clock.PerTick(p.RdClosureRate)))
            {
                centre.Open = false;
                s.Pool.Available += centre.Staff;
                t.Lost += centre.Staff;
                centre.Staff = 0;
                t.Closed++;
                continue;
            }
            long want = centre.PlannedStaff - centre.Staff;
            long demand = want <= 0 ? 0 : (long)Math.Ceiling(Math.Min(want, centre.PlannedStaff * p.RdHiringSpeed * dt));
            employers.SetCentre(i, demand);
        }
    }

    /// <summary>The hiring market: demands met from the available pool, rationed by <see cref="Hiring"/> (firms
    /// in id order, then centres).</summary>
    public static void Hire(RegionState s, Employers employers, RegionTally t)
    {
        var demands = employers.Demands;
        var rented = System.Buffers.ArrayPool<long>.Shared.Rent(Math.Max(1, demands.Length));
        try
        {
            var granted = rented.AsSpan(0, demands.Length);
            granted.Clear();
            long hired = Hiring.Ration(s.Pool.Available, demands, granted);
            for (int i = 0; i < demands.Length; i++)
            {
                if (granted[i] == 0) continue;
                if (employers.Firm(i) is { } f) f.HighSkill += granted[i];
                else { employers.Centre(i)!.Staff += granted[i]; t.RdHired += granted[i]; }
            }
            s.Pool.Available -= hired;
            long wanted = 0;
            foreach (var d in demands) wanted += d;
            t.Hired = hired;
            t.Unfilled = wanted - hired;
        }
        finally
        {
            System.Buffers.ArrayPool<long>.Shared.Return(rented);
        }
    }

    /// <summary>Universities graduate (WASP adds PhDs); the outside labour market hires and releases; people retire.</summary>
    public static void Graduate(StepContext ctx, RegionState s, PolicyState policy, int tick, RegionTally t)
    {
        double dt = ctx.Clock.Dt;
        t.Graduates = TalentFlows.Graduate(ctx.P, s.Region, s.Pool, policy, dt, ctx.Stream(s.Entity, tick, RandomPurpose.Graduation));
        t.Retired = TalentFlows.OtherEmploymentAndRetirement(ctx.P, s.Pool, dt, ctx.Stream(s.Entity, tick, RandomPurpose.Hiring));
    }

    /// <summary>New startups: Poisson births at a rate proportional to the initial startup count.</summary>
    public static void Births(StepContext ctx, RegionState s, int tick)
    {
        var rng = ctx.Stream(s.Entity, tick, RandomPurpose.StartupBirth);
        long births = Draws.Poisson(rng, FirmDynamics.BirthMean(ctx.P, s.InitialStartups, ctx.Clock.Dt));
        var kind = s.Region.IsChinese ? FirmKind.ChineseStartup : FirmKind.Startup;
        for (long i = 0; i < births; i++) s.Firms.Add(NewFirm(ctx, s, kind, tick, rng, initial: false));
    }

    /// <summary>Wages from the foreign-owned shares of staff (R&amp;D centres count as foreign) and from tightness
    /// (mechanism 3), with employment from the end-of-tick census.</summary>
    public static void SetWages(StepContext ctx, RegionState s, RegionCensus census, RegionTally t)
    {
        long highAll = census.HighSkill + census.CentreStaff;
        long highForeign = census.HighSkillForeign + census.CentreStaff;
        long lowAll = census.LowSkill;
        s.Pool.WageHigh = Wages.HighSkill(ctx.P, s.Region.Index, highAll == 0 ? 0 : (double)highForeign / highAll, t.Unfilled, s.Pool.Available);
        s.Pool.WageLow = Wages.LowSkill(ctx.P, s.Region.Index, lowAll == 0 ? 0 : (double)census.LowSkillForeign / lowAll);
        t.HighSkillJobs = highAll;
        t.LowSkillJobs = lowAll;
        t.ChineseOwned = census.ChineseOwned;
        t.LiveFirms = census.LiveFirms;
        t.RdStaff = census.CentreStaff;
        t.ActiveCentres = census.OpenCentres;
        t.RdPersonYearsBySector = census.RdPersonYearsBySector;
    }

    // ---- What a region shows ----------------------------------------------------------------------------------

    /// <summary>The census of the end of the region's last commit (or of its initialisation); a region read back
    /// from a checkpoint takes it again from its state.</summary>
    public static RegionCensus CensusOf(StepContext ctx, RegionState s) => s.Census ??= RegionCensus.Take(ctx, s);

    /// <summary>What the region makes public for the next snapshot.</summary>
    public static RegionSignal Signal(StepContext ctx, RegionState s, RegionCensus census) =>
        new(s.Region.Index, TalentFlows.EffectiveRdQuality(ctx.P, s.Region.Index, s.Pool.PhdStock),
            s.Pool.Available, s.Pool.WageHigh, s.Pool.WageLow, census.ChinesePresence, [.. census.AcquirableBySector], census.EquityEligible);

    /// <summary>The region's report before its first tick.</summary>
    public static RegionReport InitialReport(StepContext ctx, RegionState s) =>
        new(Signal(ctx, s, CensusOf(ctx, s)), MetricBatch.Empty, [.. new double[Sectors.Count]], CensusOf(ctx, s).Agents);
}
