using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Grains;

/// <summary>The stored state of a <see cref="CheckpointGrain"/>.</summary>
[GenerateSerializer, Alias("ncs.CheckpointRecord")]
public sealed class CheckpointRecord
{
    [Id(0)] public ReplicationCheckpoint? Latest { get; set; }
}
