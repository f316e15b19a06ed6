using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>What a region makes public at the end of a tick, for the next snapshot.</summary>
[GenerateSerializer, Immutable, Alias("ncs.RegionSignal")]
public sealed record RegionSignal(
    [property: Id(0)] int Region,
    [property: Id(1)] double RdQuality,
    [property: Id(2)] long TalentAvailable,
    [property: Id(3)] double WageHigh,
    [property: Id(4)] double WageLow,
    [property: Id(5)] int ChinesePresence,
    [property: Id(6)] ImmutableArray<int> AcquirableBySector,
    [property: Id(7)] int EquityEligible);
