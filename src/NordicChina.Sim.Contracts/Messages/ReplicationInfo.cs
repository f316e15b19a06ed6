namespace NordicChina.Sim.Contracts.Messages;

/// <summary>A replication after initialisation.</summary>
[GenerateSerializer, Immutable, Alias("ncs.ReplicationInfo")]
public sealed record ReplicationInfo(
    [property: Id(0)] int Agents,
    [property: Id(1)] int TotalTicks);
