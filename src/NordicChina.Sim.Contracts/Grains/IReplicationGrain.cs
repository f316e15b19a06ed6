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

    /// <summary>Runs up to <paramref name="maxTicks"/> ticks and returns their metrics.</summary>
    [Alias("Advance"), ResponseTimeout("00:10:00")]
    Task<AdvanceResult> Advance(int maxTicks);

    /// <summary>Deactivates the replication's grains.</summary>
    [Alias("Release")]
    Task Release();
}
