using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Metrics;

/// <summary>fdi.* metrics of a tick from all deal outcomes (given in host order, each host's in canonical order).
/// Chinese FDI = money from a Chinese hub (firm or fund) into a region outside China.</summary>
public static class DealMetrics
{
    public static bool IsChineseFdi(DealOutcome d) =>
        Regions.All[d.Intent.OriginRegion].IsChinese && !Regions.All[d.Intent.HostRegion].IsChinese;

    public static void Add(IReadOnlyList<DealOutcome> deals, List<MetricPoint> points)
    {
        int hosts = Regions.Count + 1;               // last slot = all hosts
        int all = Regions.Count;
        var value = new double[3, hosts];
        var count = new long[3, hosts];
        var blocked = new long[hosts];
        var redirected = new long[hosts];
        var bySector = new double[Sectors.Count + 1]; // last slot = sector "all" (funds)
        foreach (var d in deals)
        {
            if (!IsChineseFdi(d)) continue;
            int h = d.Intent.HostRegion;
            if (d.Status is DealStatus.Blocked or DealStatus.Redirected) { blocked[h]++; blocked[all]++; }
            if (d.Status == DealStatus.Redirected) { redirected[h]++; redirected[all]++; }
            if (!d.Completed) continue;
            int mode = (int)d.Mode;
            value[mode, h] += d.AmountEurM; value[mode, all] += d.AmountEurM;
            count[mode, h]++; count[mode, all]++;
            bySector[d.Intent.Sector >= 0 ? d.Intent.Sector : Sectors.Count] += d.AmountEurM;
        }

        foreach (var r in Regions.Hosts.Select(h => h.Index).Append(all))
        {
            int region = r == all ? MetricPoint.All : r;
            void Add(int metric, double v) => points.Add(new MetricPoint(metric, region, MetricPoint.All, v));
            Add(MetricCatalogue.FdiAcquisitionValue, value[(int)InvestmentMode.Acquisition, r]);
            Add(MetricCatalogue.FdiAcquisitionDeals, count[(int)InvestmentMode.Acquisition, r]);
            Add(MetricCatalogue.FdiRdCentreValue, value[(int)InvestmentMode.GreenfieldRdCentre, r]);
            Add(MetricCatalogue.FdiRdCentreDeals, count[(int)InvestmentMode.GreenfieldRdCentre, r]);
            Add(MetricCatalogue.FdiEquityValue, value[(int)InvestmentMode.Equity, r]);
            Add(MetricCatalogue.FdiEquityDeals, count[(int)InvestmentMode.Equity, r]);
            Add(MetricCatalogue.FdiTotalValue, value[0, r] + value[1, r] + value[2, r]);
            Add(MetricCatalogue.FdiTotalDeals, count[0, r] + count[1, r] + count[2, r]);
            Add(MetricCatalogue.FdiBlockedDeals, blocked[r]);
            Add(MetricCatalogue.FdiRedirectedDeals, redirected[r]);
        }
        for (int s = 0; s <= Sectors.Count; s++)
            points.Add(new MetricPoint(MetricCatalogue.FdiSectorValue, MetricPoint.All, s == Sectors.Count ? MetricPoint.All : s, bySector[s]));
    }
}
