using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>A run with every replication's ticks kept (<see cref="TickRecorder"/>), for tests that look at single ticks.
/// Replications are in replication order.</summary>
public sealed record RecordedRun(RunResult Result, IReadOnlyList<RecordedReplication> Replications)
{
    public ScenarioDefinition Scenario => Result.Scenario;
}
