using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>The console's end-of-run table: cumulative FDI, jobs and talent over the horizon, R&amp;D centres at
/// the end and the heavy-industry window's closing year, each across replications.</summary>
public static class Headlines
{
    public static IReadOnlyList<Headline> Build(RunResult run)
    {
        var list = new List<Headline>
        {
            Cumulative(run, "Chinese FDI into hosts, total", "EUR m", MetricCatalogue.FdiTotalValue, MetricPoint.All),
            Cumulative(run, "  of which acquisitions", "EUR m", MetricCatalogue.FdiAcquisitionValue, MetricPoint.All),
            Cumulative(run, "  of which greenfield R&D centres", "EUR m", MetricCatalogue.FdiRdCentreValue, MetricPoint.All),
            Cumulative(run, "  of which equity and VC", "EUR m", MetricCatalogue.FdiEquityValue, MetricPoint.All),
            Cumulative(run, "Chinese FDI into the GSR", "EUR m", MetricCatalogue.FdiTotalValue, Regions.Gsr.Index),
            Cumulative(run, "Chinese FDI deals, all hosts", "deals", MetricCatalogue.FdiTotalDeals, MetricPoint.All),
            Cumulative(run, "High-skill jobs created by R&D centres, GSR", "jobs", MetricCatalogue.JobsRdCentres, Regions.Gsr.Index),
            Cumulative(run, "Jobs relocated to China, Swedish hosts", "jobs", MetricCatalogue.JobsRelocated, Regions.Gsr.Index, Regions.WestSweden.Index),
            Cumulative(run, "Net talent migration into the GSR", "persons", MetricCatalogue.TalentNetMigration, Regions.Gsr.Index),
            Cumulative(run, "Talent moving China -> US", "persons", MetricCatalogue.TalentFlowTo[Regions.UnitedStates.Index], Regions.Beijing.Index, Regions.Shenzhen.Index, Regions.Guangdong.Index),
            Final(run, "Chinese R&D centres open in Europe at the end", "centres", MetricCatalogue.RdCentresActive, Regions.All.Where(r => r.IsEuropean).Select(r => r.Index).ToArray()),
            Final(run, "Heavy-industry window closing year (where closed)", "year", MetricCatalogue.WindowClosingYear, MetricPoint.All, MetricCatalogue.HeavySector),
        };
        return list;
    }

    private static Headline Cumulative(RunResult run, string name, string unit, int metric, params int[] regions) =>
        Make(name, unit, run.Replications.Select(rep => rep.Ticks.Sum(t => Sum(t.Metrics, metric, regions, MetricPoint.All))).ToArray());

    private static Headline Final(RunResult run, string name, string unit, int metric, int[] regions, int sector = MetricPoint.All) =>
        Make(name, unit, run.Replications.Select(rep => rep.Ticks.Count == 0 ? double.NaN : Sum(rep.Ticks[^1].Metrics, metric, regions, sector)).ToArray());

    private static Headline Final(RunResult run, string name, string unit, int metric, int region, int sector) =>
        Final(run, name, unit, metric, [region], sector);

    private static double Sum(Model.Exchange.MetricBatch b, int metric, int[] regions, int sector)
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
