using Orleans.Placement;

namespace NordicChina.Sim.Grains.Placement;

/// <summary>Marks a replication's agent grain: <see cref="ReplicationAgentPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ReplicationAgentPlacementAttribute() : PlacementAttribute(ReplicationAgentPlacement.Instance);
