namespace NordicChina.Sim.Grains.Placement;

/// <summary>Placement of a replication's coordinator: at random over the compatible active silos, so
/// replications (and with them their agent grains) spread over the cluster, including silos that join later.
/// Placed by <see cref="ReplicationPlacementDirector"/>.</summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("ncs.ReplicationPlacement")]
public sealed class ReplicationPlacement : PlacementStrategy
{
    public static ReplicationPlacement Instance { get; } = new();
}
