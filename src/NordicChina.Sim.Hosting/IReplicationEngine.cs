using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// Executes one replication. Given its <see cref="ReplicationSpec"/>, an engine yields the replication's ticks in
/// tick order, batch by batch (every batch carries the agent count, the agent-steps of its ticks and whether the
/// replication is finished), and ends after the batch marked finished. An engine that resumes from a checkpoint
/// yields the ticks before the checkpoint first, so a consumer always sees every tick from the first. A failed
/// replication throws; <see cref="ScenarioRunner"/> discards what it had received and starts the replication
/// again under a fresh <see cref="ReplicationSpec.RunKey"/>.
/// </summary>
public interface IReplicationEngine
{
    IAsyncEnumerable<ReplicationBatch> RunAsync(ReplicationSpec spec, CancellationToken cancel);
}
