using System.Diagnostics;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// Runs a scenario's replications through an <see cref="IReplicationEngine"/> (by default the Orleans one: each
/// replication is its own set of grains, keyed by run and replication), several at once. A replication's ticks are
/// held only while it is in flight: when it finishes they are reduced to what summaries, headlines and experiments
/// need (<see cref="YearlyValues"/> and the headline values, stored by replication index, so the result does not
/// depend on which replication finished first or where it ran) and handed to the sink, if any, then dropped.
/// On a real cluster a replication whose silo fails is started again under fresh grain names, from its last
/// checkpoint when checkpoints are on, otherwise from the beginning; by determinism it gives the same ticks.
/// </summary>
public sealed class ScenarioRunner
{
    private static long _runCounter;

    /// <summary>Names this process's grains apart from other clients' on the same cluster (never enters a result).</summary>
    private static readonly string ProcessTag = $"{Environment.MachineName}-{Environment.ProcessId}-{DateTime.UtcNow.Ticks:x}";

    private readonly IGrainFactory? _grains;
    private readonly IReplicationEngine? _engine;

    /// <summary>Runs replications on a cluster's grains (<see cref="OrleansReplicationEngine"/> with this runner's
    /// <see cref="TicksPerCall"/>, <see cref="Checkpoints"/> and <see cref="Log"/>).</summary>
    public ScenarioRunner(IGrainFactory grains) => _grains = grains;

    /// <summary>Runs replications with the given engine.</summary>
    public ScenarioRunner(IReplicationEngine engine) => _engine = engine;

    /// <summary>Replications in flight at once.</summary>
    public int Concurrency { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Ticks per Advance call (one simulated year by default); Orleans engine only.</summary>
    public int TicksPerCall { get; init; } = 0;

    /// <summary>Checkpoints: the run id they are kept under and the interval in ticks (none by default); Orleans engine only.</summary>
    public CheckpointPlan Checkpoints { get; init; } = CheckpointPlan.None;

    /// <summary>Prefix of this session's grain keys (default: one made up from the scenario and process).</summary>
    public string? RunKey { get; init; }

    /// <summary>Attempts per replication (1: a failure fails the run, as in the embedded cluster).</summary>
    public int MaxAttempts { get; init; } = 1;

    /// <summary>Receives a line for each replication restarted after a failure.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Runs the scenario without writing its ticks anywhere (summaries, headlines and experiments only).</summary>
    public Task<RunResult> RunAsync(ScenarioDefinition scenario, int silos, IProgress<RunProgress>? progress = null, CancellationToken cancel = default) =>
        RunAsync(scenario, silos, null, progress, cancel);

    /// <summary>Runs the scenario and hands each finished replication's ticks to <paramref name="sink"/>.</summary>
    public async Task<RunResult> RunAsync(ScenarioDefinition scenario, int silos, IRunSink? sink, IProgress<RunProgress>? progress, CancellationToken cancel)
    {
        var engine = _engine ?? new OrleansReplicationEngine(_grains!) { TicksPerCall = TicksPerCall, Checkpoints = Checkpoints, Log = Log };
        var clock = scenario.Clock;
        // Names this run's grains; never enters a random stream.
        string runKey = RunKey ?? $"{scenario.Name}-{ProcessTag}-{Interlocked.Increment(ref _runCounter)}";
        var results = new ReplicationResult[scenario.Replications];
        var yearly = new YearlyValues(scenario.Replications);
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

                var (agents, steps, ticks) = await RunReplicationAsync(engine, scenario, runKey, rep, Count, sink, ct);
                results[rep] = new ReplicationResult(rep, agents, steps);
                lock (yearly) yearly.Add(rep, ticks);
                if (sink is not null) await sink.ReplicationFinishedAsync(rep, ticks, ct);

                var finished = Interlocked.Increment(ref repsDone);
                progress?.Report(new RunProgress(Volatile.Read(ref ticksDone), totalTicks, finished, scenario.Replications));
            });

        return new RunResult(scenario, silos, results, yearly, watch.Elapsed.TotalSeconds);
    }

    /// <summary>One replication to its end, attempt after attempt: its agents, agent-steps and ticks in tick order.
    /// An attempt that fails leaves nothing behind; the next one starts again from its engine's first tick.</summary>
    private async Task<(int Agents, long Steps, List<TickMetrics> Ticks)> RunReplicationAsync(IReplicationEngine engine, ScenarioDefinition scenario,
        string runKey, int rep, Action<int> count, IRunSink? sink, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            string key = attempt == 1 ? runKey : $"{runKey}~{attempt}";
            try
            {
                var ticks = new List<TickMetrics>(scenario.Clock.TotalTicks);
                int agents = 0;
                long steps = 0;
                await foreach (var batch in engine.RunAsync(ReplicationSpec.From(scenario, key, rep), ct))
                {
                    agents = batch.Agents;
                    ticks.AddRange(batch.Ticks);
                    steps += batch.AgentSteps;
                    count(ticks.Count);
                    if (sink is not null && !batch.Finished) await sink.TicksArrivedAsync(rep, ticks, ct);
                }
                return (agents, steps, ticks);
            }
            catch (Exception ex) when (attempt < MaxAttempts && !ct.IsCancellationRequested)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt - 1)));
                Log?.Invoke($"replication {rep}: attempt {attempt} of {MaxAttempts} failed ({ex.GetType().Name}: {FirstLine(ex.Message)}); " +
                    $"starting it again from {(Checkpoints.Enabled ? "its last checkpoint" : "the beginning")} in {delay.TotalSeconds:F0} s");
                await Task.Delay(delay, ct);
            }
        }
    }

    private static string FirstLine(string text)
    {
        int newline = text.IndexOfAny(['\r', '\n']);
        return newline < 0 ? text : text[..newline];
    }
}
