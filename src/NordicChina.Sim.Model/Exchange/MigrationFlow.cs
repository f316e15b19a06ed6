namespace NordicChina.Sim.Model.Exchange;

/// <summary>People moving from one region to another: intended movers, and (after the destination has
/// decided) how many were accepted and refused. Accepted + refused = movers.</summary>
[GenerateSerializer, Immutable, Alias("ncs.MigrationFlow")]
public sealed record MigrationFlow(
    [property: Id(0)] int Origin,
    [property: Id(1)] int Destination,
    [property: Id(2)] long Movers,
    [property: Id(3)] long Accepted,
    [property: Id(4)] long Refused);
