using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>A government's answer for a tick: the intensities of the levers it owns (levers x regions, zero
/// elsewhere) and, for China and Sweden, the sector capability and (China) robot density.</summary>
[GenerateSerializer, Immutable, Alias("ncs.CountryState")]
public sealed record CountryState(
    [property: Id(0)] string Country,
    [property: Id(1)] ImmutableArray<double> PolicySlice,
    [property: Id(2)] ImmutableArray<double> Capability,
    [property: Id(3)] double RobotDensity);
