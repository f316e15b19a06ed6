using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Metrics;

/// <summary>capability.* and window.* metrics of a tick; keeps each sector's closing year (index Sectors.Count = heavy).</summary>
public static class CapabilityMetrics
{
    public static void Add(ModelParameters p, CountryState sweden, CountryState china, int year, bool final, int?[] closingYear, List<MetricPoint> points)
    {
        var se = sweden.Capability.AsSpan();
        var cn = china.Capability.AsSpan();
        int heavy = MetricCatalogue.HeavySector;
        for (int s = 0; s <= Sectors.Count; s++)
        {
            double aSe, aCn, gap;
            if (s == heavy)
            {
                gap = WindowOfOpportunity.HeavyIndustryGap(se, cn);
                aSe = HeavyMean(se);
                aCn = HeavyMean(cn);
            }
            else
            {
                aSe = se[s]; aCn = cn[s];
                gap = WindowOfOpportunity.Gap(aSe, aCn);
            }
            closingYear[s] = WindowOfOpportunity.UpdateClosingYear(closingYear[s], gap, p.WindowThreshold, year);
            points.Add(new MetricPoint(MetricCatalogue.CapabilitySweden, MetricPoint.All, s, aSe));
            points.Add(new MetricPoint(MetricCatalogue.CapabilityChina, MetricPoint.All, s, aCn));
            points.Add(new MetricPoint(MetricCatalogue.WindowGap, MetricPoint.All, s, gap));
            points.Add(new MetricPoint(MetricCatalogue.WindowOpen, MetricPoint.All, s, WindowOfOpportunity.IsOpen(gap, p.WindowThreshold) ? 1 : 0));
            if (final)
                points.Add(new MetricPoint(MetricCatalogue.WindowClosingYear, MetricPoint.All, s, closingYear[s] ?? double.NaN));
        }
        points.Add(new MetricPoint(MetricCatalogue.CapabilityRobotsChina, MetricPoint.All, MetricPoint.All, china.RobotDensity));
    }

    private static double HeavyMean(ReadOnlySpan<double> a)
    {
        double sum = 0; int n = 0;
        foreach (var s in Sectors.All) if (s.HeavyIndustry) { sum += a[s.Index]; n++; }
        return sum / n;
    }
}
