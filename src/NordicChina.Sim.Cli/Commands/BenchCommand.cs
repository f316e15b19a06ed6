using System.Globalization;
using NordicChina.Sim.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>
/// nordicsim bench: in one process and one embedded cluster, measures (1) raw grain-call throughput with a ping
/// grain, (2) agent-steps per second of the baseline with N replications and its wall time, and (3) the cost
/// per agent-step at about 1,000 and about 100,000 agents per replication.
/// </summary>
public sealed class BenchCommand : AsyncCommand<BenchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var baseline = ScenarioInput.Load(settings.Scenario);
        if (baseline is null) return ExitCodes.BadInput;
        baseline = baseline.WithReplications(settings.Replications);

        await using var cluster = await EmbeddedCluster.StartAsync(settings.Silos);
        var runner = new ScenarioRunner(cluster.GrainFactory);

        AnsiConsole.MarkupLine($"Benchmark on {settings.Silos} silo(s), {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
        // Warm up the code paths (JIT, activation) before measuring anything.
        await runner.RunAsync(baseline.WithReplications(2) with { EndYear = baseline.StartYear + 1 }, settings.Silos);
        double ping = await Benchmark.PingThroughputAsync(cluster.GrainFactory, TimeSpan.FromSeconds(settings.PingSeconds));

        var run = await runner.RunAsync(baseline, settings.Silos);
        double stepsPerSecond = run.AgentSteps / run.WallSeconds;

        var scaling = new List<(long Target, int Agents, long Steps, double Seconds)>();
        foreach (long target in new long[] { 1_000, 100_000 })
        {
            var s = Benchmark.WithAgents(baseline, target).WithReplications(4) with { EndYear = baseline.StartYear + settings.ScalingYears - 1 };
            var r = await runner.RunAsync(s, settings.Silos);
            scaling.Add((target, r.Agents, r.AgentSteps, r.WallSeconds));
        }

        var table = new Table().Title("nordicsim bench").AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Raw grain calls per second (ping, 256 in flight)", ping.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow($"Baseline: {run.Scenario.Replications} replications x {run.Ticks} ticks, wall seconds", run.WallSeconds.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow("Baseline: agents per replication", run.Agents.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Baseline: agent-steps", run.AgentSteps.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Baseline: agent-steps per second", stepsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Ratio agent-steps/s to grain calls/s", (stepsPerSecond / ping).ToString("F2", CultureInfo.InvariantCulture));
        foreach (var (target, agents, steps, seconds) in scaling)
            table.AddRow($"Cost per agent-step at ~{target:N0} agents ({agents:N0}; 4 reps x {settings.ScalingYears} years)",
                $"{seconds / steps * 1e6:F3} us");
        double ratio = (scaling[1].Seconds / scaling[1].Steps) / (scaling[0].Seconds / scaling[0].Steps);
        table.AddRow("Cost per agent-step, 100,000 / 1,000 agents", ratio.ToString("F2", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
