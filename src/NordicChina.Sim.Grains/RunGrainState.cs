using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Grains;

/// <summary>The stored state of a <see cref="RunGrain"/>.</summary>
[GenerateSerializer, Alias("ncs.RunGrainState")]
public sealed class RunGrainState
{
    [Id(0)] public RunRecord? Record { get; set; }
}
