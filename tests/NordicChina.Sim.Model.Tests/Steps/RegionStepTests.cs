using System.Collections.Immutable;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;
using static NordicChina.Sim.Model.Tests.Steps.StepWorld;

namespace NordicChina.Sim.Model.Tests.Steps;

/// <summary>A whole tick of one region (decide, resolve, commit) driven directly, without a cluster.</summary>
public sealed class RegionStepTests
{
    private static readonly Region Gsr = Regions.ByCode("GSR");
    private static readonly Region Beijing = Regions.ByCode("BJS");

    private static long People(RegionState s) =>
        s.Pool.Available + s.Pool.EmployedOther + s.Firms.Where(f => f.Alive).Sum(f => f.HighSkill) + s.Centres.Where(c => c.Open).Sum(c => c.Staff);

    [Fact]
    public void A_host_region_tick_applies_deals_and_migration_and_conserves_people()
    {
        var ctx = Context();
        var s = RegionStep.Initialize(ctx, Gsr.Index);
        var snapshot = Snapshot(ctx);
        var view = snapshot.ToView();
        int firmsBefore = s.Firms.Count;
        Assert.Equal(s.Firms.Count + 1, s.Agents);

        // Decide: a host region has no outbound investors; its people may intend to move.
        var decision = RegionStep.Decide(ctx, s, view);
        Assert.Empty(decision.Investments);
        Assert.All(decision.Migrations, m => Assert.Equal(Gsr.Index, m.Origin));

        // Resolve: a Chinese acquisition in a sector with a target, an R&D centre, and 300 arrivals from Beijing.
        int sector = s.Firms.First(f => InboundMarket.IsAcquirable(ctx.P, f)).Sector;
        var inbound = ImmutableArray.Create(
            new InvestmentIntent(EntityIds.Firm(Beijing.Index, 5), Beijing.Index, false, Gsr.Index, InvestmentMode.GreenfieldRdCentre, sector),
            new InvestmentIntent(EntityIds.Firm(Beijing.Index, 3), Beijing.Index, false, Gsr.Index, InvestmentMode.Acquisition, sector));
        var arrivals = ImmutableArray.Create(new MigrationFlow(Beijing.Index, Gsr.Index, 300, 0, 0));
        var resolution = RegionStep.Resolve(ctx, s, snapshot.Tick, view.Policy, inbound, arrivals);
        Assert.Equal(2, resolution.Deals.Length);
        Assert.Equal(EntityIds.Firm(Beijing.Index, 3), resolution.Deals[0].Intent.InvestorId);   // canonical order: investor id
        Assert.Equal(300, resolution.Arrivals.Single().Accepted + resolution.Arrivals.Single().Refused);
        Assert.Equal(firmsBefore, s.Firms.Count);   // resolve changes no state
        Assert.Empty(s.Centres);

        // Commit: 40 people leave for the US; the deals and arrivals take effect.
        long before = People(s);
        var departures = ImmutableArray.Create(new MigrationFlow(Gsr.Index, Regions.ByCode("USA").Index, 50, 40, 10));
        var report = RegionStep.Commit(ctx, s, view, Commit(snapshot, resolution.Deals, departures, resolution.Arrivals));

        var acquisition = resolution.Deals.Single(d => d.Mode == InvestmentMode.Acquisition || d.Intent.Mode == InvestmentMode.Acquisition);
        if (acquisition.Completed && acquisition.Mode == InvestmentMode.Acquisition)
        {
            var target = s.Firms.Single(f => f.Id == acquisition.TargetFirmId);
            Assert.True(target.ChineseOwned);
            Assert.Equal(acquisition.Intent.InvestorId, target.OwnerId);
        }
        int opened = resolution.Deals.Count(d => d.Completed && d.Mode == InvestmentMode.GreenfieldRdCentre);
        Assert.True(opened >= 1);
        Assert.Equal(opened, Value(report.Metrics, MetricCatalogue.RdCentresOpened));
        Assert.Equal(40, Value(report.Metrics, MetricCatalogue.TalentOutflow));
        Assert.Equal(40, Value(report.Metrics, MetricCatalogue.TalentFlowTo[Regions.ByCode("USA").Index]));
        Assert.Equal(resolution.Arrivals.Single().Accepted, Value(report.Metrics, MetricCatalogue.TalentInflow));

        // People: only graduates, retirements and migration change the region's head-count.
        double expected = before + Value(report.Metrics, MetricCatalogue.TalentGraduates) - Value(report.Metrics, MetricCatalogue.TalentRetired)
                          + Value(report.Metrics, MetricCatalogue.TalentInflow) - Value(report.Metrics, MetricCatalogue.TalentOutflow);
        Assert.Equal(expected, People(s));
        Assert.Equal(People(s), Value(report.Metrics, MetricCatalogue.TalentPool));
        Assert.Equal(Value(report.Metrics, MetricCatalogue.JobsCreated) - Value(report.Metrics, MetricCatalogue.JobsLost), Value(report.Metrics, MetricCatalogue.JobsNet));

        // The report: state after the tick; dead firms are gone; the signal shows the new Chinese presence.
        Assert.All(s.Firms, f => Assert.True(f.Alive));
        Assert.Equal(s.Agents, report.Agents);
        Assert.Equal(s.Firms.Count(f => f.ChineseOwned) + s.Centres.Count, report.Signal.ChinesePresence);
        Assert.Equal(s.Pool.Available, report.Signal.TalentAvailable);
    }

    [Fact]
    public void A_chinese_hub_decides_outbound_investments_in_id_order_from_its_own_firms()
    {
        var ctx = Context(scale: 2, policies: new PolicySetting("going_out", 2020, 2030, 3, []));
        var s = RegionStep.Initialize(ctx, Beijing.Index);
        var decision = RegionStep.Decide(ctx, s, Snapshot(ctx).ToView());
        Assert.NotEmpty(decision.Investments);
        var ids = decision.Investments.Select(i => i.InvestorId).ToArray();
        Assert.Equal(ids.Order(), ids);
        Assert.All(decision.Investments, i =>
        {
            Assert.False(i.ByFund);
            Assert.Equal(Beijing.Index, i.OriginRegion);
            Assert.True(Regions.All[i.HostRegion].IsHost);
            Assert.Contains(s.Firms, f => f.Id == i.InvestorId && f.Sector == i.Sector);
        });
    }

    [Fact]
    public void The_same_tick_twice_gives_the_same_report_and_state()
    {
        var ctx = Context();
        RegionReport Tick(out RegionState s)
        {
            s = RegionStep.Initialize(ctx, Gsr.Index);
            var snapshot = Snapshot(ctx);
            return RegionStep.Commit(ctx, s, snapshot.ToView(), Commit(snapshot, [], [], []));
        }
        var a = Tick(out var sa);
        var b = Tick(out var sb);
        Assert.Equal(a.Metrics.Value.ToArray(), b.Metrics.Value.ToArray());
        Assert.Equal(a.Signal.AcquirableBySector.ToArray(), b.Signal.AcquirableBySector.ToArray());
        Assert.Equal(Serialize(sa), Serialize(sb));
    }

    [Fact]
    public void A_large_region_stepped_on_several_cores_equals_one_core_bit_for_bit()
    {
        // GSR at scale 40 has about 22,000 firms: three chunks of Chunks.Size.
        var parallel = Context(scale: 40, parallel: true);
        var serial = Context(scale: 40, parallel: false);
        var (pa, ps) = (RegionStep.Initialize(parallel, Gsr.Index), RegionStep.Initialize(serial, Gsr.Index));
        Assert.True(pa.Firms.Count > 2 * Chunks.Size, $"{pa.Firms.Count} firms");
        for (int tick = 1; tick <= 4; tick++)
        {
            var snapshot = Snapshot(parallel, tick);
            var ra = RegionStep.Commit(parallel, pa, snapshot.ToView(), Commit(snapshot, [], [], []));
            var rb = RegionStep.Commit(serial, ps, snapshot.ToView(), Commit(snapshot, [], [], []));
            Assert.Equal(rb.Metrics.Value.ToArray(), ra.Metrics.Value.ToArray());
        }
        Assert.Equal(Serialize(ps), Serialize(pa));
    }

    [Fact]
    public void A_region_restored_from_its_checkpoint_continues_bit_for_bit()
    {
        var ctx = Context();
        var s = RegionStep.Initialize(ctx, Gsr.Index);
        var first = Snapshot(ctx, 1);
        RegionStep.Commit(ctx, s, first.ToView(), Commit(first, [], [], []));
        var restored = RegionState.Read(new BinaryReader(new MemoryStream(Serialize(s))), Gsr);
        var next = Snapshot(ctx, 2);
        var a = RegionStep.Commit(ctx, s, next.ToView(), Commit(next, [], [], []));
        var b = RegionStep.Commit(ctx, restored, next.ToView(), Commit(next, [], [], []));
        Assert.Equal(a.Metrics.Value.ToArray(), b.Metrics.Value.ToArray());
        Assert.Equal(Serialize(s), Serialize(restored));
    }

    private static byte[] Serialize(RegionState s)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer)) s.Write(w);
        return buffer.ToArray();
    }
}
