using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Schedule;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// Runs a replication in this process without Orleans: the model's <see cref="DirectReplication"/> steps every agent
/// by direct calls through the same <see cref="TickSchedule"/> as the grains. Its ticks are byte-identical to the
/// Orleans engine's (a test checks metrics.csv); <c>nordicsim bench</c> uses it as the limit of the machine.
/// </summary>
public sealed class DirectReplicationEngine : IReplicationEngine
{
    /// <summary>Ticks per batch (0: one simulated year), as the Orleans engine's Advance calls.</summary>
    public int TicksPerBatch { get; init; }

    /// <summary>Whether one replication may use several cores (regions of a phase in parallel, large regions in
    /// chunks). Off, a replication runs on one thread; the results are the same.</summary>
    public bool Parallel { get; init; } = true;

    public async IAsyncEnumerable<ReplicationBatch> RunAsync(ReplicationSpec spec, [EnumeratorCancellation] CancellationToken cancel)
    {
        var replication = new DirectReplication(spec.Context(Parallel), Parallel);
        await Task.Yield();   // run on the thread pool, never on the caller's thread
        replication.Initialize();
        int perBatch = TicksPerBatch > 0 ? TicksPerBatch : spec.TicksPerYear;
        var clock = replication.Context.Clock;
        yield return new ReplicationBatch(replication.InitialAgents, [], 0, replication.Finished);
        while (!replication.Finished)
        {
            cancel.ThrowIfCancellationRequested();
            var ticks = ImmutableArray.CreateBuilder<TickMetrics>(perBatch);
            long steps = 0;
            for (int n = 0; n < perBatch && !replication.Finished; n++)
            {
                int tick = replication.NextTick;
                var outcome = replication.RunTick();
                ticks.Add(new TickMetrics(tick, clock.YearOf(tick), clock.PeriodOf(tick), outcome.Metrics));
                steps += outcome.AgentSteps;
            }
            yield return new ReplicationBatch(replication.InitialAgents, ticks.ToImmutable(), steps, replication.Finished);
        }
    }
}
