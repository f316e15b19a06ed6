using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

public static class RecordingRunner
{
    /// <summary>Runs the scenario and keeps every replication's ticks.</summary>
    public static async Task<RecordedRun> RecordAsync(this ScenarioRunner runner, ScenarioDefinition scenario, int silos)
    {
        var recorder = new TickRecorder();
        var result = await runner.RunAsync(scenario, silos, recorder, null, CancellationToken.None);
        return recorder.Recorded(result);
    }
}
