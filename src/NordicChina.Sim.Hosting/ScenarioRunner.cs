using System.Diagnostics;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// Runs a scenario's replications on a cluster, several at once (each replication is its own set of grains,
/// keyed by run and replication). Results are gathered per replication and returned in replication order,
/// so the output does not depend on which replication finished first.
/// </summary>
public sealed class ScenarioRunner(IGrainFactory grains)
{
    private static long _runCounter;

    /// <summary>Replications in flight at once.</summary>
    public int Concurrency { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Ticks per Advance call (one simulated year by default).</summary>
    public int TicksPerCall { get; init; } = 0;

    public async Task<RunResult> RunAsync(ScenarioDefinition scenario, int silos, IProgress<RunProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = scenario.Clock;
        // Names this run's grains; never enters a random stream.
        string runKey = $"{scenario.Name}-{Environment.ProcessId}-{Interlocked.Increment(ref _runCounter)}";
        int ticksPerCall = TicksPerCall > 0 ? TicksPerCall : scenario.TicksPerYear;
        var results = new ReplicationResult[scenario.Replications];
        long ticksDone = 0;
        int repsDone = 0;
        long totalTicks = (long)clock.TotalTicks * scenario.Replications;
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, scenario.Replications),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancel },
            async (rep, ct) =>
            {
                var spec = ReplicationSpec.From(scenario, runKey, rep);
                var grain = grains.GetGrain<IReplicationGrain>(GrainKeys.Replication(runKey, rep));
                var info = await grain.Initialize(spec);
                var ticks = new List<TickMetrics>(clock.TotalTicks);
                long steps = 0;
                try
                {
                    while (true)
                    {
                        ct.ThrowIfCancellationRequested();
                        var advance = await grain.Advance(ticksPerCall);
                        ticks.AddRange(advance.Ticks);
                        steps += advance.AgentSteps;
                        var done = Interlocked.Add(ref ticksDone, advance.Ticks.Length);
                        progress?.Report(new RunProgress(done, totalTicks, Volatile.Read(ref repsDone), scenario.Replications));
                        if (advance.Finished) break;
                    }
                }
                finally
                {
                    await grain.Release();
                }
                results[rep] = new ReplicationResult(rep, info.Agents, steps, ticks);
                var finished = Interlocked.Increment(ref repsDone);
                progress?.Report(new RunProgress(Volatile.Read(ref ticksDone), totalTicks, finished, scenario.Replications));
            });

        return new RunResult(scenario, silos, results, watch.Elapsed.TotalSeconds);
    }
}
