using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Grains;

/// <summary>Keeps a run's record in grain storage so <c>nordicsim resume</c> can continue it.</summary>
public sealed class RunGrain(
    [PersistentState("run", GrainKeys.CheckpointStorage)] IPersistentState<RunGrainState> state) : Grain, IRunGrain
{
    public async Task Register(RunRecord record)
    {
        if (state.State.Record is { } held)
        {
            if (held.Scenario.ContentHash != record.Scenario.ContentHash || held.Scenario.Seed != record.Scenario.Seed || held.Scenario.Replications != record.Scenario.Replications)
                throw new InvalidOperationException($"run id '{record.RunId}' is already used by another run (scenario {held.Scenario.Name}); choose another --run-id");
            return;
        }
        state.State.Record = record;
        await state.WriteStateAsync();
    }

    public Task<RunRecord?> Get() => Task.FromResult(state.State.Record);

    public async Task<int> BeginSession()
    {
        var record = state.State.Record ?? throw new InvalidOperationException($"no run '{this.GetPrimaryKeyString()}' is recorded");
        state.State.Record = record with { Sessions = record.Sessions + 1 };
        await state.WriteStateAsync();
        return state.State.Record.Sessions;
    }

    public async Task MarkFinished()
    {
        var record = state.State.Record ?? throw new InvalidOperationException($"no run '{this.GetPrimaryKeyString()}' is recorded");
        state.State.Record = record with { Finished = true };
        await state.WriteStateAsync();
    }
}
