using System.Collections.Concurrent;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>A sink that keeps every replication's ticks in memory (tests only: it grows with replications x ticks).</summary>
public sealed class TickRecorder : IRunSink
{
    private readonly ConcurrentDictionary<int, IReadOnlyList<TickMetrics>> _ticks = new();

    public ValueTask ReplicationFinishedAsync(int replication, IReadOnlyList<TickMetrics> ticks, CancellationToken cancel)
    {
        if (!_ticks.TryAdd(replication, ticks)) throw new InvalidOperationException($"replication {replication} finished twice");
        return ValueTask.CompletedTask;
    }

    public RecordedRun Recorded(RunResult result) =>
        new(result, result.Replications.Select(r => new RecordedReplication(r.Replication, r.Agents, r.AgentSteps, _ticks[r.Replication])).ToArray());
}
