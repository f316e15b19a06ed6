using System.Collections.Immutable;

namespace NordicChina.Sim.Contracts.Messages;

/// <summary>What reaches a country's capability from the previous tick: completed acquisitions by sector (to
/// China), and person-years of Chinese R&amp;D-centre staff abroad by sector, in total and on Swedish soil.</summary>
[GenerateSerializer, Immutable, Alias("ncs.KnowledgeFlows")]
public sealed record KnowledgeFlows(
    [property: Id(0)] ImmutableArray<int> AcquisitionsBySector,
    [property: Id(1)] ImmutableArray<double> RdPersonYearsBySector,
    [property: Id(2)] ImmutableArray<double> SwedishHostedRdPersonYearsBySector)
{
    public static KnowledgeFlows None(int sectors) => new([.. new int[sectors]], [.. new double[sectors]], [.. new double[sectors]]);
}
