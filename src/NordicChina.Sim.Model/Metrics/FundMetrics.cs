using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Metrics;

/// <summary>vc.* metrics of a tick: funds active and failed by home region (from the fund families' reports, in
/// family order), money and deals by target region (from the deal outcomes).</summary>
public static class FundMetrics
{
    public static void Add(IReadOnlyList<FundFamilyReport> families, IReadOnlyList<DealOutcome> deals, List<MetricPoint> points)
    {
        var active = new long[Regions.Count];
        var failed = new long[Regions.Count];
        var exits = new long[Regions.Count];
        var distributions = new double[Regions.Count];
        var writtenOff = new long[Regions.Count];
        var called = new double[Regions.Count];
        foreach (var f in families)
        {
            for (int r = 0; r < Regions.Count; r++)
            {
                active[r] += f.Active[r];
                failed[r] += f.Failed[r];
                exits[r] += f.Exits[r];
                distributions[r] += f.Distributions[r];
                writtenOff[r] += f.WrittenOff[r];
                called[r] += f.Called[r];
            }
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
