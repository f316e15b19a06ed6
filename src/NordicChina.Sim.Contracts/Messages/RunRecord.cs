namespace NordicChina.Sim.Contracts.Messages;

/// <summary>A run as recorded for <c>nordicsim resume</c>: the resolved scenario, the output folder, the
/// checkpoint interval, and progress. Holds no connection string or other secret.</summary>
[GenerateSerializer, Immutable, Alias("ncs.RunRecord")]
public sealed record RunRecord(
    [property: Id(0)] string RunId,
    [property: Id(1)] ScenarioRecord Scenario,
    [property: Id(2)] string OutputFolder,
    [property: Id(3)] int CheckpointIntervalYears,
    [property: Id(4)] int Sessions,
    [property: Id(5)] bool Finished);
