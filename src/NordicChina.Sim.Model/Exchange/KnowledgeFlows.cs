using System.Collections.Immutable;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>What reaches a country's capability from the previous tick: completed acquisitions by sector (to
/// China), and person-years of Chinese R&amp;D-centre staff abroad by sector, in total and on Swedish soil.</summary>
[GenerateSerializer, Immutable, Alias("ncs.KnowledgeFlows")]
public sealed record KnowledgeFlows(
    [property: Id(0)] ImmutableArray<int> AcquisitionsBySector,
    [property: Id(1)] ImmutableArray<double> RdPersonYearsBySector,
    [property: Id(2)] ImmutableArray<double> SwedishHostedRdPersonYearsBySector)
{
    public static KnowledgeFlows None(int sectors) => new([.. new int[sectors]], [.. new double[sectors]], [.. new double[sectors]]);

    /// <summary>The flows of a tick from its deals and the regions' reports (summed in region order).</summary>
    public static KnowledgeFlows Of(IReadOnlyList<DealOutcome> deals, IReadOnlyList<RegionReport> reports)
    {
        var acquisitions = new int[Sectors.Count];
        foreach (var d in deals)
            if (d.Completed && d.Mode == InvestmentMode.Acquisition && DealMetrics.IsChineseFdi(d) && d.Intent.Sector >= 0)
                acquisitions[d.Intent.Sector]++;
        var rd = new double[Sectors.Count];
        var swedish = new double[Sectors.Count];
        foreach (var r in reports)
        {
            bool isSwedish = Regions.All[r.Signal.Region].IsSwedish;
            for (int s = 0; s < Sectors.Count; s++)
            {
                rd[s] += r.RdPersonYearsBySector[s];
                if (isSwedish) swedish[s] += r.RdPersonYearsBySector[s];
            }
        }
        return new KnowledgeFlows([.. acquisitions], [.. rd], [.. swedish]);
    }
}
