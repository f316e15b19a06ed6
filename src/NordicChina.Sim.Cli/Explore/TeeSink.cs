using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>Hands each finished replication to two sinks in turn (the metrics files, then the explorer's live view).</summary>
public sealed class TeeSink(IRunSink first, IRunSink second) : IRunSink
{
    public static IRunSink Of(IRunSink first, IRunSink? second) => second is null ? first : new TeeSink(first, second);

    public async ValueTask ReplicationFinishedAsync(int replication, IReadOnlyList<TickMetrics> ticks, CancellationToken cancel)
    {
        await first.ReplicationFinishedAsync(replication, ticks, cancel);
        await second.ReplicationFinishedAsync(replication, ticks, cancel);
    }

    public async ValueTask TicksArrivedAsync(int replication, IReadOnlyList<TickMetrics> ticksSoFar, CancellationToken cancel)
    {
        await first.TicksArrivedAsync(replication, ticksSoFar, cancel);
        await second.TicksArrivedAsync(replication, ticksSoFar, cancel);
    }
}
