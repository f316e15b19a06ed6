using Orleans.Placement;

namespace NordicChina.Sim.Grains.Placement;

/// <summary>Marks a replication's coordinator grain: <see cref="ReplicationPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ReplicationPlacementAttribute() : PlacementAttribute(ReplicationPlacement.Instance);
