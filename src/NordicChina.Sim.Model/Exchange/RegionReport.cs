using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>A region's state after the commit: its public signal, its metrics, and the knowledge its hosted
/// Chinese R&amp;D centres generate (person-years this tick, by sector).</summary>
[GenerateSerializer, Immutable, Alias("ncs.RegionReport")]
public sealed record RegionReport(
    [property: Id(0)] RegionSignal Signal,
    [property: Id(1)] MetricBatch Metrics,
    [property: Id(2)] ImmutableArray<double> RdPersonYearsBySector,
    [property: Id(3)] int Agents);
