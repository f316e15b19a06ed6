using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Grains.Reduction;

/// <summary>vc.* metrics of a tick: funds active and failed by home region, money and deals by target region.</summary>
public static class FundMetrics
{
    public static void Add(IReadOnlyList<FundReport> funds, IReadOnlyList<DealOutcome> deals, List<MetricPoint> points)
    {
        var active = new long[Regions.Count];
        var failed = new long[Regions.Count];
        var exits = new long[Regions.Count];
        var distributions = new double[Regions.Count];
        var writtenOff = new long[Regions.Count];
        var called = new double[Regions.Count];
        foreach (var f in funds)   // fund order
        {
            if (f.Active) active[f.HomeRegion]++;
            if (f.FailedThisTick) failed[f.HomeRegion]++;
            exits[f.HomeRegion] += f.Exits;
            distributions[f.HomeRegion] += f.Distributions;
            writtenOff[f.HomeRegion] += f.WrittenOff;
            called[f.HomeRegion] += f.Called;
        }
        var invested = new double[Regions.Count];
        var count = new long[Regions.Count];
        var followOns = new long[Regions.Count];
        foreach (var d in deals)
        {
            if (!d.Intent.ByFund || !d.Completed) continue;
            invested[d.Intent.HostRegion] += d.AmountEurM;
            count[d.Intent.HostRegion]++;
            if (d.Intent.FollowOnFirmId != 0) followOns[d.Intent.HostRegion]++;
        }
        foreach (var r in Regions.All)
        {
            points.Add(new MetricPoint(MetricCatalogue.VcFundsActive, r.Index, MetricPoint.All, active[r.Index]));
            points.Add(new MetricPoint(MetricCatalogue.VcFailed, r.Index, MetricPoint.All, failed[r.Index]));
            points.Add(new MetricPoint(MetricCatalogue.VcInvested, r.Index, MetricPoint.All, invested[r.Index]));
            points.Add(new MetricPoint(MetricCatalogue.VcDeals, r.Index, MetricPoint.All, count[r.Index]));
            points.Add(new MetricPoint(MetricCatalogue.VcFollowOns, r.Index, MetricPoint.All, followOns[r.Index]));
            points.Add(new MetricPoint(MetricCatalogue.VcCalled, r.Index, MetricPoint.All, called[r.Index]));
            points.Add(new MetricPoint(MetricCatalogue.VcExits, r.Index, MetricPoint.All, exits[r.Index]));
            points.Add(new MetricPoint(MetricCatalogue.VcDistributions, r.Index, MetricPoint.All, distributions[r.Index]));
            points.Add(new MetricPoint(MetricCatalogue.VcWrittenOff, r.Index, MetricPoint.All, writtenOff[r.Index]));
        }
    }
}
