using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>A fund family's state after a tick, summed per home region in fund order (arrays indexed by region):
/// funds active, failed this tick, exits, distributions (EUR m), holdings written off, capital called (EUR m).
/// <paramref name="Funds"/> counts every fund the family steps, active or not.</summary>
[GenerateSerializer, Immutable, Alias("ncs.FundFamilyReport")]
public sealed record FundFamilyReport(
    [property: Id(0)] int Funds,
    [property: Id(1)] ImmutableArray<long> Active,
    [property: Id(2)] ImmutableArray<long> Failed,
    [property: Id(3)] ImmutableArray<long> Exits,
    [property: Id(4)] ImmutableArray<double> Distributions,
    [property: Id(5)] ImmutableArray<long> WrittenOff,
    [property: Id(6)] ImmutableArray<double> Called);
