using System.Collections.Immutable;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Schedule;

/// <summary>
/// One tick of one replication in five phases (docs/ODD.md, "Process overview and scheduling"):
/// (1) governments advance on last tick's knowledge flows; (2) regions and fund families decide on the frozen
/// snapshot; (3) intents go to the regions that own the markets, which resolve them in canonical order;
/// (4) regions and fund families commit; (5) metrics are reduced in canonical order and the cursor moves on.
/// Every answer is placed by its sender's index, so nothing depends on the order in which answers arrive.
/// The same code drives the Orleans engine and the direct driver.
/// </summary>
public static class TickSchedule
{
    public static async Task<ReplicationCursor> InitializeAsync(IReplicationAgents agents)
    {
        var regions = await agents.InitializeRegions();
        var funds = await agents.InitializeFunds();
        var governments = await agents.InitializeCountries();
        return ReplicationCursor.Start(regions, funds, governments.Length);
    }

    public static async Task<TickOutcome> RunAsync(StepContext ctx, IReplicationAgents agents, ReplicationCursor cursor, int tick)
    {
        int year = ctx.Clock.YearOf(tick);

        // (1) Governments: policy in force and capability.
        var countries = await agents.AdvanceCountries(tick, cursor.Flows);
        var policy = PolicyState.Merge(countries.Select(c => new PolicyState([.. c.PolicySlice])));
        var sweden = countries.Single(c => c.Country == Countries.Sweden);
        var china = countries.Single(c => c.Country == Countries.China);
        var snapshot = WorldSnapshot.Build(tick, year, cursor.Signals, sweden.Capability, china.Capability, policy);

        // (2) Decide on the frozen snapshot.
        var regionDecisionsTask = agents.DecideRegions(snapshot);
        var fundDecisionsTask = agents.DecideFunds(snapshot);
        var regionDecisions = await regionDecisionsTask;
        var fundDecisions = await fundDecisionsTask;

        // (3) Resolve: intents to the regions owning the markets (regions' intents first, then funds', each in order).
        var inbound = Buckets<InvestmentIntent>(Regions.Count);
        var arrivals = Buckets<MigrationFlow>(Regions.Count);
        foreach (var d in regionDecisions)
        {
            foreach (var i in d.Investments) inbound[i.HostRegion].Add(i);
            foreach (var m in d.Migrations) arrivals[m.Destination].Add(m);
        }
        foreach (var d in fundDecisions)
            foreach (var i in d.Investments) inbound[i.HostRegion].Add(i);
        var resolutions = await agents.ResolveRegions(snapshot, Freeze(inbound), Freeze(arrivals));

        // (4) Commit: each region gets the deals it hosted, its departures and arrivals; each fund family its outcomes.
        var departures = Buckets<MigrationFlow>(Regions.Count);
        var allDeals = new List<DealOutcome>();
        foreach (var r in resolutions)
        {
            allDeals.AddRange(r.Deals);
            foreach (var a in r.Arrivals) departures[a.Origin].Add(a);
        }
        var policyValues = ImmutableArray.Create(policy.Values);
        var commits = new RegionCommit[Regions.Count];
        for (int r = 0; r < Regions.Count; r++)
            commits[r] = new RegionCommit(tick, resolutions[r].Deals, [.. departures[r].OrderBy(x => x.Destination)], resolutions[r].Arrivals);
        var outcomes = Buckets<DealOutcome>(FundStep.Families);
        foreach (var d in allDeals)
            if (d.Intent.ByFund) outcomes[FundStep.FamilyOf(ctx, d.Intent.InvestorId)].Add(d);
        var regionReportsTask = agents.CommitRegions(snapshot, commits);
        var fundReportsTask = agents.CommitFunds(tick, Freeze(outcomes), policyValues);
        var regionReports = await regionReportsTask;
        var fundReports = await fundReportsTask;

        // (5) Reduce: metrics in canonical order; signals, knowledge flows and agents for the next tick.
        var points = new List<MetricPoint>(1024);
        foreach (var report in regionReports) report.Metrics.AddTo(points);
        DealMetrics.Add(allDeals, points);
        FundMetrics.Add(fundReports, allDeals, points);
        CapabilityMetrics.Add(ctx.P, sweden, china, year, tick == ctx.Clock.TotalTicks - 1, cursor.ClosingYear, points);
        points.Sort();

        cursor.Signals = [.. regionReports.Select(r => r.Signal)];
        cursor.Flows = KnowledgeFlows.Of(allDeals, regionReports);
        cursor.Agents = regionReports.Sum(r => r.Agents) + fundReports.Sum(f => f.Funds) + countries.Length;
        int fdiDeals = 0; double fdiValue = 0;
        foreach (var d in allDeals)
            if (d.Completed && DealMetrics.IsChineseFdi(d)) { fdiDeals++; fdiValue += d.AmountEurM; }
        long migrants = resolutions.Sum(r => r.Arrivals.Sum(a => a.Accepted));
        return new TickOutcome(MetricBatch.From(points), cursor.Agents, fdiDeals, fdiValue, migrants);
    }

    private static List<T>[] Buckets<T>(int n)
    {
        var b = new List<T>[n];
        for (int i = 0; i < n; i++) b[i] = new();
        return b;
    }

    private static ImmutableArray<T>[] Freeze<T>(List<T>[] buckets) => [.. buckets.Select(b => b.ToImmutableArray())];
}
