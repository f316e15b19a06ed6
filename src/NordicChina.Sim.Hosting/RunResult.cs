using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting;

/// <summary>A finished run: its scenario, each replication's size, cost and headline values in replication order,
/// every metric's yearly and horizon values per replication (<see cref="Yearly"/>), and what it cost. It holds no
/// ticks: they were reduced, and streamed to the run's sink, as each replication finished.</summary>
public sealed record RunResult(
    ScenarioDefinition Scenario,
    int Silos,
    IReadOnlyList<ReplicationResult> Replications,
    YearlyValues Yearly,
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
