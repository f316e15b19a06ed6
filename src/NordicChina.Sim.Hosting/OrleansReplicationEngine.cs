using System.Runtime.CompilerServices;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// Runs a replication as its own set of grains on a cluster (embedded or real), keyed by the spec's run key and
/// replication: the coordinator (<see cref="IReplicationGrain"/>) is initialised, or started from its last checkpoint
/// when checkpoints are on, then advanced <see cref="TicksPerCall"/> ticks per call until finished, then released.
/// </summary>
public sealed class OrleansReplicationEngine(IGrainFactory grains) : IReplicationEngine
{
    /// <summary>Ticks per Advance call (0: one simulated year).</summary>
    public int TicksPerCall { get; init; }

    /// <summary>Checkpoints: the run id they are kept under and the interval in ticks (none by default).</summary>
    public CheckpointPlan Checkpoints { get; init; } = CheckpointPlan.None;

    /// <summary>Receives a line when a replication continues from a checkpoint.</summary>
    public Action<string>? Log { get; init; }

    public async IAsyncEnumerable<ReplicationBatch> RunAsync(ReplicationSpec spec, [EnumeratorCancellation] CancellationToken cancel)
    {
        int ticksPerCall = TicksPerCall > 0 ? TicksPerCall : spec.TicksPerYear;
        var grain = grains.GetGrain<IReplicationGrain>(spec.ReplicationKey);
        ReplicationStart start;
        if (Checkpoints.Enabled) start = await grain.Start(spec, Checkpoints);
        else
        {
            var info = await grain.Initialize(spec);
            start = new ReplicationStart(info.Agents, info.TotalTicks, 0, 0, []);
        }
        if (start.NextTick > 0)
            Log?.Invoke($"replication {spec.Replication}: continuing from its checkpoint at tick {start.NextTick} of {start.TotalTicks}");
        yield return new ReplicationBatch(start.Agents, start.History, start.AgentSteps, start.Finished);
        bool finished = start.Finished;
        try
        {
            while (!finished)
            {
                cancel.ThrowIfCancellationRequested();
                var advance = await grain.Advance(ticksPerCall);
                yield return ReplicationBatch.From(start.Agents, advance);
                finished = advance.Finished;
            }
        }
        finally
        {
            // Cancelled (Ctrl+C, SIGTERM): the replication advances no further; release its grains, best effort, so
            // a real cluster does not keep them until they are collected as idle.
            if (!finished && cancel.IsCancellationRequested)
            {
                try { await grain.Release().WaitAsync(TimeSpan.FromSeconds(5)); }
                catch (Exception) { /* best effort: idle grains are collected anyway */ }
            }
        }
        await grain.Release();
    }
}
