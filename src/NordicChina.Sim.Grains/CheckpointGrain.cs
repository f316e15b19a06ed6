using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Grains;

/// <summary>Keeps the latest checkpoint of one replication in grain storage (PostgreSQL in a real cluster).</summary>
public sealed class CheckpointGrain(
    [PersistentState("checkpoint", GrainKeys.CheckpointStorage)] IPersistentState<CheckpointRecord> state) : Grain, ICheckpointGrain
{
    public async Task Save(ReplicationCheckpoint checkpoint)
    {
        // Never move back: a slower writer from an abandoned attempt may arrive late.
        if (state.State.Latest is { } held && held.NextTick >= checkpoint.NextTick) return;
        state.State.Latest = checkpoint;
        await state.WriteStateAsync();
        SimulationTelemetry.Checkpoints.Add(1);
    }

    public Task<ReplicationCheckpoint?> Load() => Task.FromResult(state.State.Latest);
}
