using System.Collections.Immutable;
using NordicChina.Sim.Model.Policies;

namespace NordicChina.Sim.Contracts.Messages;

/// <summary>A scenario's policy entry on the wire.</summary>
[GenerateSerializer, Immutable, Alias("ncs.PolicySetting")]
public sealed record PolicySettingMessage(
    [property: Id(0)] string Lever,
    [property: Id(1)] int StartYear,
    [property: Id(2)] int EndYear,
    [property: Id(3)] double Intensity,
    [property: Id(4)] ImmutableArray<string> Regions)
{
    public static PolicySettingMessage From(PolicySetting s) => new(s.Lever, s.StartYear, s.EndYear, s.Intensity, [.. s.Regions]);

    public PolicySetting ToModel() => new(Lever, StartYear, EndYear, Intensity, Regions);
}
