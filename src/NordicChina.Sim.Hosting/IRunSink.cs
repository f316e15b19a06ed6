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
}
