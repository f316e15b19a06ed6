namespace NordicChina.Sim.Contracts.Messages;

/// <summary>When a replication writes checkpoints, and under which run id they are kept.</summary>
[GenerateSerializer, Immutable, Alias("ncs.CheckpointPlan")]
public sealed record CheckpointPlan(
    [property: Id(0)] string RunId,
    [property: Id(1)] int IntervalTicks)
{
    public static CheckpointPlan None { get; } = new("", 0);

    public bool Enabled => RunId.Length > 0 && IntervalTicks > 0;
}
