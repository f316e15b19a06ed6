using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting;

/// <summary>A finished run: its scenario, replications in replication order, and what it cost.</summary>
public sealed record RunResult(
    ScenarioDefinition Scenario,
    int Silos,
    IReadOnlyList<ReplicationResult> Replications,
    double WallSeconds)
{
    public long AgentSteps => Replications.Sum(r => r.AgentSteps);
    public int Agents => Replications.Count == 0 ? 0 : Replications[0].Agents;
    public int Ticks => Scenario.Clock.TotalTicks;

    /// <summary>"embedded" or "cluster".</summary>
    public string Mode { get; init; } = "embedded";

    /// <summary>The run id under which checkpoints were kept (cluster runs), else null.</summary>
    public string? RunId { get; init; }
}
