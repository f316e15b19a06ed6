using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>A region's resolution of the intents aimed at it: deal outcomes and migration acceptance.</summary>
[GenerateSerializer, Immutable, Alias("ncs.HostResolution")]
public sealed record HostResolution(
    [property: Id(0)] ImmutableArray<DealOutcome> Deals,
    [property: Id(1)] ImmutableArray<MigrationFlow> Arrivals);
