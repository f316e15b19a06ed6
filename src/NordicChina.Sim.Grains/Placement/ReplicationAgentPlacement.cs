namespace NordicChina.Sim.Grains.Placement;

/// <summary>Placement of a replication's agent grains (keyed <c>{replicationKey}/{kind}/{name}</c>, see
/// <see cref="Contracts.Grains.GrainKeys"/>): on the silo of their replication's coordinator, which is the silo
/// that activates them; spread over the silos when the replication key carries
/// <see cref="Contracts.Grains.GrainKeys.SpreadMarker"/>. Placed by <see cref="ReplicationPlacementDirector"/>.</summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("ncs.ReplicationAgentPlacement")]
public sealed class ReplicationAgentPlacement : PlacementStrategy
{
    public static ReplicationAgentPlacement Instance { get; } = new();
}
