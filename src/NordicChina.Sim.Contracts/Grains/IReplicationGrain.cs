using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Contracts.Grains;

/// <summary>
/// The coordinator of one replication of one run (key: "&lt;run&gt;/&lt;replication&gt;"). It drives every tick with
/// awaited calls: governments advance, agents decide on a frozen snapshot, markets resolve, agents commit,
/// metrics are reduced in canonical order.
/// </summary>
[Alias("ncs.IReplicationGrain")]
public interface IReplicationGrain : IGrainWithStringKey
{
    [Alias("Initialize")]
    Task<ReplicationInfo> Initialize(ReplicationSpec spec);

    /// <summary>Starts a replication that checkpoints by <paramref name="plan"/>: from its last checkpoint in
    /// grain storage when there is one for the same model, otherwise from the beginning.</summary>
    [Alias("Start")]
    Task<ReplicationStart> Start(ReplicationSpec spec, CheckpointPlan plan);

    /// <summary>Runs up to <paramref name="maxTicks"/> ticks and returns their metrics (and writes a checkpoint
    /// when the plan says one is due). Bounded by the cluster's response timeout.</summary>
    [Alias("Advance")]
    Task<AdvanceResult> Advance(int maxTicks);

    /// <summary>Deactivates the replication's grains.</summary>
    [Alias("Release")]
    Task Release();
}
