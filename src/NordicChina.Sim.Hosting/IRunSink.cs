using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// Receives each replication's ticks once, when the replication has finished (in the order replications finish,
/// which need not be replication order; concurrently from several replications). The ticks are the replication's
/// complete history in tick order; a sink must not keep the list beyond the call unless it means to hold it.
/// </summary>
public interface IRunSink
{
    ValueTask ReplicationFinishedAsync(int replication, IReadOnlyList<TickMetrics> ticks, CancellationToken cancel);

    /// <summary>Optionally, a replication's ticks so far, after each batch the engine returns (a simulated year by
    /// default), before it finishes: for a live view. The list grows between calls and must not be kept; after a
    /// failed attempt the replication starts again, so a call may bring fewer ticks than the one before. The default
    /// does nothing (the files are written from <see cref="ReplicationFinishedAsync"/> alone).</summary>
    ValueTask TicksArrivedAsync(int replication, IReadOnlyList<TickMetrics> ticksSoFar, CancellationToken cancel) => ValueTask.CompletedTask;
}
