using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Contracts.Grains;

/// <summary>
/// The latest checkpoint of one replication of one run (key: "&lt;run id&gt;/&lt;replication&gt;"), kept in grain
/// storage. A checkpoint older than the one held is ignored, so a stale writer can never move a run back.
/// </summary>
[Alias("ncs.ICheckpointGrain")]
public interface ICheckpointGrain : IGrainWithStringKey
{
    [Alias("Save")]
    Task Save(ReplicationCheckpoint checkpoint);

    [Alias("Load")]
    Task<ReplicationCheckpoint?> Load();
}
