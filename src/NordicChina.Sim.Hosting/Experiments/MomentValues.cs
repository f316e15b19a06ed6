using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Simulated value of a calibration moment (<see cref="TargetMoment"/>): for each replication, the mean per year of the
/// metric over the moment's years (region "all" is the metric's all-region row; "*" sums every region, a
/// <see cref="RegionGroup"/> such as "europe", "nordics" or "GSR+WSE" its regions); divided by the same over the reference years for a ratio moment, or
/// by the denominator's metric (or the sum of its metrics joined by '+') over the same years for a share moment
/// (a ratio of sums over the years, per replication); then averaged over replications. NaN when the run has no such values.
/// </summary>
public static class MomentValues
{
    public static double Of(YearlyValues values, TargetMoment m) => PerReplication(values, m).Average();

    /// <summary>
    /// The moment's value in each replication (the mean of these is <see cref="Of"/>; their variance over the number
    /// of replications is the simulation noise of that mean). All NaN when the metric is unknown.
    /// </summary>
    public static double[] PerReplication(YearlyValues values, TargetMoment m)
    {
        var (numerator, denominator) = Parts(values, m);
        var perReplication = new double[values.Replications];
        for (int r = 0; r < perReplication.Length; r++) perReplication[r] = numerator[r] / denominator[r];
        return perReplication;
    }

    /// <summary>
    /// The moment's numerator and denominator in each replication: the metric's mean per year over the moment's years,
    /// and the reference years' mean (a ratio moment), the denominator metric's (a share moment) or 1. The calibration
    /// compares the ratio of their means over replications with the record: the model's expected shape, which the mean
    /// of per-replication ratios overstates when the denominator is small in some replications (Jensen's inequality).
    /// </summary>
    public static (double[] Numerator, double[] Denominator) Parts(YearlyValues values, TargetMoment m)
    {
        var numerator = new double[values.Replications];
        var denominator = new double[values.Replications];
        Array.Fill(denominator, 1.0);
        if (!MetricCatalogue.TryGet(m.Metric, out var def)) { Array.Fill(numerator, double.NaN); return (numerator, denominator); }
        int sector = SectorIndex(m.Sector);
        int[] denominatorMetrics = [];
        int denominatorSector = 0;
        if (m.Denominator is { } d)
        {
            var names = d.Metric.Split('+');
            denominatorMetrics = new int[names.Length];
            for (int k = 0; k < names.Length; k++)
            {
                if (!MetricCatalogue.TryGet(names[k], out var dd)) { Array.Fill(numerator, double.NaN); return (numerator, denominator); }
                denominatorMetrics[k] = dd.Id;
            }
            denominatorSector = SectorIndex(d.Sector);
        }
        for (int r = 0; r < values.Replications; r++)
        {
            numerator[r] = YearsMean(values, [def.Id], m.Region, sector, m.FromYear, m.ToYear, r);
            if (m.RelativeFrom is { } f && m.RelativeTo is { } t) denominator[r] = YearsMean(values, [def.Id], m.Region, sector, f, t, r);
            if (m.Denominator is { } den) denominator[r] = YearsMean(values, denominatorMetrics, den.Region, denominatorSector, m.FromYear, m.ToYear, r);
        }
        return (numerator, denominator);
    }

    /// <summary>The ratio of the means over replications (pairs with a missing part left out), its delta-method
    /// variance as an estimate, and the variance of one replication's ratio around it (the spread of a single
    /// realisation): Var(N - R D) / mean(D)^2, divided by the number of replications for the estimate.</summary>
    public static (double Ratio, double EstimateVariance, double SingleVariance) RatioOfMeans(double[] numerator, double[] denominator)
    {
        var pairs = numerator.Zip(denominator).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second)).ToArray();
        if (pairs.Length == 0) return (double.NaN, double.NaN, double.NaN);
        double n = pairs.Average(p => p.First), d = pairs.Average(p => p.Second);
        if (d == 0) return (double.NaN, double.NaN, double.NaN);
        double ratio = n / d;
        if (pairs.Length < 2) return (ratio, 0, 0);
        double single = pairs.Sum(p => Math.Pow(p.First - ratio * p.Second, 2)) / (pairs.Length - 1) / (d * d);
        return (ratio, single / pairs.Length, single);
    }

    private static int SectorIndex(string sector) => sector switch { "all" => MetricPoint.All, "heavy" => MetricCatalogue.HeavySector, var code => Sectors.ByCode(code).Index };

    /// <summary>Mean per year over from..to of the metrics' values summed over the metrics and regions (a missing
    /// value counts as nothing; NaN when a year has none at all).</summary>
    private static double YearsMean(YearlyValues values, int[] metrics, string region, int sector, int from, int to, int rep)
    {
        double sum = 0;
        int years = 0;
        for (int y = from; y <= to; y++)
        {
            double yearValue = 0;
            bool any = false;
            foreach (int metric in metrics)
                foreach (int r in RegionsOf(region))
                {
                    var v = values.Get(new MetricKey(metric, y, r, sector));
                    if (v is null || double.IsNaN(v[rep])) continue;
                    yearValue += v[rep];
                    any = true;
                }
            if (!any) return double.NaN;
            sum += yearValue;
            years++;
        }
        return years == 0 ? double.NaN : sum / years;
    }

    private static IEnumerable<int> RegionsOf(string region) => region switch
    {
        "all" => [MetricPoint.All],
        "*" => Regions.All.Select(r => r.Index),
        var group => RegionGroup.Parse(group, out var error)?.Members ?? throw new ArgumentException(error),
    };
}
