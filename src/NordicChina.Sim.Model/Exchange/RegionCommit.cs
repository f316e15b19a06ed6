using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>What a region applies in the commit phase: deals it hosted, people who left and who arrived (the policy in force is the tick's snapshot's).</summary>
[GenerateSerializer, Immutable, Alias("ncs.RegionCommit")]
public sealed record RegionCommit(
    [property: Id(0)] int Tick,
    [property: Id(1)] ImmutableArray<DealOutcome> HostedDeals,
    [property: Id(2)] ImmutableArray<MigrationFlow> Departures,
    [property: Id(3)] ImmutableArray<MigrationFlow> Arrivals);
