using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>The console's end-of-run table: cumulative FDI, jobs and talent over the horizon, R&amp;D centres at
/// the end and the heavy-industry window's closing year, each across replications. Each replication's values are
/// measured from its ticks when it finishes (<see cref="Measure"/>), so the run keeps a dozen numbers per
/// replication instead of its ticks.</summary>
public static class Headlines
{
    /// <summary>A headline: summed over every tick (cumulative) or taken at the last tick (final), over the regions
    /// given, in one sector.</summary>
    private sealed record Definition(string Name, string Unit, bool Cumulative, int Metric, int[] Regions, int Sector);

    private static readonly Definition[] All =
    [
        Cumulative("Chinese FDI into hosts, total", "EUR m", MetricCatalogue.FdiTotalValue, MetricPoint.All),
        Cumulative("  of which acquisitions", "EUR m", MetricCatalogue.FdiAcquisitionValue, MetricPoint.All),
        Cumulative("  of which greenfield R&D centres", "EUR m", MetricCatalogue.FdiRdCentreValue, MetricPoint.All),
        Cumulative("  of which equity and VC", "EUR m", MetricCatalogue.FdiEquityValue, MetricPoint.All),
        Cumulative("Chinese FDI into the GSR", "EUR m", MetricCatalogue.FdiTotalValue, Regions.Gsr.Index),
        Cumulative("Chinese FDI deals, all hosts", "deals", MetricCatalogue.FdiTotalDeals, MetricPoint.All),
        Cumulative("High-skill jobs created by R&D centres, GSR", "jobs", MetricCatalogue.JobsRdCentres, Regions.Gsr.Index),
        Cumulative("Jobs relocated to China, Swedish hosts", "jobs", MetricCatalogue.JobsRelocated, Regions.Gsr.Index, Regions.WestSweden.Index),
        Cumulative("Net talent migration into the GSR", "persons", MetricCatalogue.TalentNetMigration, Regions.Gsr.Index),
        Cumulative("Talent moving China -> US", "persons", MetricCatalogue.TalentFlowTo[Regions.UnitedStates.Index], Regions.Beijing.Index, Regions.Shenzhen.Index, Regions.Guangdong.Index),
        new("Chinese R&D centres open in Europe at the end", "centres", false, MetricCatalogue.RdCentresActive, Regions.All.Where(r => r.IsEuropean).Select(r => r.Index).ToArray(), MetricPoint.All),
        new("Heavy-industry window closing year (where closed)", "year", false, MetricCatalogue.WindowClosingYear, [MetricPoint.All], MetricCatalogue.HeavySector),
    ];

    private static Definition Cumulative(string name, string unit, int metric, params int[] regions) => new(name, unit, true, metric, regions, MetricPoint.All);

    /// <summary>One replication's value of every headline, in table order, from its ticks in tick order.</summary>
    public static double[] Measure(IReadOnlyList<TickMetrics> ticks)
    {
        var values = new double[All.Length];
        for (int h = 0; h < All.Length; h++)
        {
            var d = All[h];
            if (d.Cumulative)
            {
                double sum = 0;
                foreach (var t in ticks) sum += Sum(t.Metrics, d.Metric, d.Regions, d.Sector);
                values[h] = sum;
            }
            else values[h] = ticks.Count == 0 ? double.NaN : Sum(ticks[^1].Metrics, d.Metric, d.Regions, d.Sector);
        }
        return values;
    }

    public static IReadOnlyList<Headline> Build(RunResult run) =>
        All.Select((d, h) =>
        {
            var values = run.Replications.Select(rep => rep.Headlines[h]).ToArray();
            return Make(d.Name, d.Unit, values) with { ShareParametric = Uncertainty.ParametricSpread.Of(run.Scenario, values).ShareParametric };
        }).ToArray();

    private static double Sum(MetricBatch b, int metric, int[] regions, int sector)
    {
        double sum = 0; bool any = false;
        for (int i = 0; i < b.Count; i++)
        {
            if (b.Metric[i] != metric || b.Sector[i] != sector || Array.IndexOf(regions, b.Region[i]) < 0) continue;
            sum += b.Value[i];
            any = true;
        }
        return any ? sum : double.NaN;
    }

    private static Headline Make(string name, string unit, double[] values)
    {
        var d = Description.Of(values);
        return new Headline(name, unit, d.N, d.Mean, d.Ci95Low, d.Ci95High);
    }
}
