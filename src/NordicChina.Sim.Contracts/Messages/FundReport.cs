namespace NordicChina.Sim.Contracts.Messages;

/// <summary>A fund's state after the commit.</summary>
[GenerateSerializer, Immutable, Alias("ncs.FundReport")]
public sealed record FundReport(
    [property: Id(0)] int HomeRegion,
    [property: Id(1)] bool Active,
    [property: Id(2)] bool FailedThisTick,
    [property: Id(3)] bool Chinese,
    [property: Id(4)] int Exits,
    [property: Id(5)] double Distributions,
    [property: Id(6)] int WrittenOff,
    [property: Id(7)] double Called);
