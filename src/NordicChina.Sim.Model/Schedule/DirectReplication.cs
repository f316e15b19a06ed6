using NordicChina.Sim.Model.Steps;

namespace NordicChina.Sim.Model.Schedule;

/// <summary>
/// Runs one replication in this process with <see cref="DirectAgents"/> and the same <see cref="TickSchedule"/> as
/// the Orleans engine: initialise, then one tick at a time.
/// </summary>
public sealed class DirectReplication
{
    private readonly DirectAgents _agents;
    private ReplicationCursor _cursor = new();

    public DirectReplication(StepContext ctx, bool parallel) => _agents = new DirectAgents(ctx, parallel);

    public StepContext Context => _agents.Context;

    /// <summary>Agents after initialisation.</summary>
    public int InitialAgents { get; private set; }

    /// <summary>The next tick to run.</summary>
    public int NextTick { get; private set; }

    public bool Finished => NextTick >= Context.Clock.TotalTicks;

    public void Initialize()
    {
        _cursor = TickSchedule.InitializeAsync(_agents).GetAwaiter().GetResult();
        InitialAgents = _cursor.Agents;
        NextTick = 0;
    }

    /// <summary>Runs the next tick. Direct agents answer synchronously, so the schedule completes on this thread.</summary>
    public TickOutcome RunTick()
    {
        if (Finished) throw new InvalidOperationException("The replication has finished.");
        var outcome = TickSchedule.RunAsync(Context, _agents, _cursor, NextTick).GetAwaiter().GetResult();
        NextTick++;
        return outcome;
    }
}
