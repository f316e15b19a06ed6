using System.Diagnostics;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// Runs a scenario's replications on a cluster, several at once (each replication is its own set of grains,
/// keyed by run and replication). Results are gathered per replication and returned in replication order,
/// so the output does not depend on which replication finished first or on which silo ran it.
/// On a real cluster a replication whose silo fails is started again under fresh grain names, from its last
/// checkpoint when checkpoints are on, otherwise from the beginning; by determinism it gives the same ticks.
/// </summary>
public sealed class ScenarioRunner(IGrainFactory grains)
{
    private static long _runCounter;

    /// <summary>Names this process's grains apart from other clients' on the same cluster (never enters a result).</summary>
    private static readonly string ProcessTag = $"{Environment.MachineName}-{Environment.ProcessId}-{DateTime.UtcNow.Ticks:x}";

    /// <summary>Replications in flight at once.</summary>
    public int Concurrency { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Ticks per Advance call (one simulated year by default).</summary>
    public int TicksPerCall { get; init; } = 0;

    /// <summary>Checkpoints: the run id they are kept under and the interval in ticks (none by default).</summary>
    public CheckpointPlan Checkpoints { get; init; } = CheckpointPlan.None;

    /// <summary>Prefix of this session's grain keys (default: one made up from the scenario and process).</summary>
    public string? RunKey { get; init; }

    /// <summary>Attempts per replication (1: a failure fails the run, as in the embedded cluster).</summary>
    public int MaxAttempts { get; init; } = 1;

    /// <summary>Receives a line for each replication restarted after a failure.</summary>
    public Action<string>? Log { get; init; }

    public async Task<RunResult> RunAsync(ScenarioDefinition scenario, int silos, IProgress<RunProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = scenario.Clock;
        // Names this run's grains; never enters a random stream.
        string runKey = RunKey ?? $"{scenario.Name}-{ProcessTag}-{Interlocked.Increment(ref _runCounter)}";
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
                long counted = 0;   // ticks of this replication already shown in the progress
                void Count(int ticksSoFar)
                {
                    if (ticksSoFar <= counted) return;
                    var done = Interlocked.Add(ref ticksDone, ticksSoFar - counted);
                    counted = ticksSoFar;
                    progress?.Report(new RunProgress(done, totalTicks, Volatile.Read(ref repsDone), scenario.Replications));
                }

                for (int attempt = 1; ; attempt++)
                {
                    string key = attempt == 1 ? runKey : $"{runKey}~{attempt}";
                    try
                    {
                        results[rep] = await RunReplicationAsync(scenario, key, rep, ticksPerCall, Count, ct);
                        break;
                    }
                    catch (Exception ex) when (attempt < MaxAttempts && !ct.IsCancellationRequested)
                    {
                        var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt - 1)));
                        Log?.Invoke($"replication {rep}: attempt {attempt} of {MaxAttempts} failed ({ex.GetType().Name}: {FirstLine(ex.Message)}); " +
                            $"starting it again from {(Checkpoints.Enabled ? "its last checkpoint" : "the beginning")} in {delay.TotalSeconds:F0} s");
                        await Task.Delay(delay, ct);
                    }
                }
                var finished = Interlocked.Increment(ref repsDone);
                progress?.Report(new RunProgress(Volatile.Read(ref ticksDone), totalTicks, finished, scenario.Replications));
            });

        return new RunResult(scenario, silos, results, watch.Elapsed.TotalSeconds);
    }

    private async Task<ReplicationResult> RunReplicationAsync(ScenarioDefinition scenario, string key, int rep, int ticksPerCall,
        Action<int> count, CancellationToken ct)
    {
        var spec = ReplicationSpec.From(scenario, key, rep);
        var grain = grains.GetGrain<IReplicationGrain>(spec.ReplicationKey);
        ReplicationStart start;
        if (Checkpoints.Enabled) start = await grain.Start(spec, Checkpoints);
        else
        {
            var info = await grain.Initialize(spec);
            start = new ReplicationStart(info.Agents, info.TotalTicks, 0, 0, []);
        }
        if (start.NextTick > 0)
            Log?.Invoke($"replication {rep}: continuing from its checkpoint at tick {start.NextTick} of {start.TotalTicks}");
        var ticks = new List<TickMetrics>(start.TotalTicks);
        ticks.AddRange(start.History);
        long steps = start.AgentSteps;
        count(ticks.Count);
        bool finished = start.Finished;
        while (!finished)
        {
            ct.ThrowIfCancellationRequested();
            var advance = await grain.Advance(ticksPerCall);
            ticks.AddRange(advance.Ticks);
            steps += advance.AgentSteps;
            count(ticks.Count);
            finished = advance.Finished;
        }
        await grain.Release();
        return new ReplicationResult(rep, start.Agents, steps, ticks);
    }

    private static string FirstLine(string text)
    {
        int newline = text.IndexOfAny(['\r', '\n']);
        return newline < 0 ? text : text[..newline];
    }
}
