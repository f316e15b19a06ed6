using System.Globalization;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim run: validate, run on the embedded cluster with a progress bar, write results atomically,
/// print the headline table.</summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var scenario = ScenarioInput.Load(settings.Scenario);
        if (scenario is null) return ExitCodes.BadInput;
        if (settings.Seed is { } seed) scenario = scenario.WithSeed((ulong)seed);
        if (settings.Replications is { } reps) scenario = scenario.WithReplications(reps);
        if (Scenarios.ScenarioLoader.CheckSize(scenario) is { } tooLarge)
        {
            Console.Error.WriteLine($"error: {settings.Scenario}: population with --replications {scenario.Replications}: {tooLarge}");
            return ExitCodes.BadInput;
        }
        string outDir = settings.Out ?? Path.Combine("results", scenario.Name);
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;

        ScenarioInput.Describe(scenario);
        var telemetry = settings.Otel == "console" ? TelemetryExport.Console : TelemetryExport.None;
        await using var cluster = await EmbeddedCluster.StartAsync(settings.Silos, telemetry);
        var runner = new ScenarioRunner(cluster.GrainFactory);

        RunResult result;
        if (settings.Quiet || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            result = await runner.RunAsync(scenario, settings.Silos, null, cancellationToken);
        }
        else
        {
            result = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var ticks = ctx.AddTask("ticks", maxValue: (double)scenario.Clock.TotalTicks * scenario.Replications);
                    var repsTask = ctx.AddTask("replications", maxValue: scenario.Replications);
                    var progress = new Progress<RunProgress>(p =>
                    {
                        ticks.Value = p.TicksDone;
                        repsTask.Value = p.ReplicationsDone;
                    });
                    var r = await runner.RunAsync(scenario, settings.Silos, progress, cancellationToken);
                    ticks.Value = ticks.MaxValue;
                    repsTask.Value = repsTask.MaxValue;
                    return r;
                });
        }

        var summary = Summary.Build(result);
        await OutputFolder.WriteAsync(outDir, folder => ResultWriter.WriteAsync(result, folder, summary));
        PrintHeadlines(result);
        AnsiConsole.MarkupLine($"{result.AgentSteps:N0} agent-steps in {result.WallSeconds:F1} s ({result.AgentSteps / Math.Max(result.WallSeconds, 1e-9):N0}/s) on {settings.Silos} silo(s).");
        AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (metrics.csv, summary.csv, run.json).");
        return ExitCodes.Ok;
    }

    private static void PrintHeadlines(RunResult result)
    {
        var s = result.Scenario;
        var table = new Table().Title($"{s.Name}: {s.StartYear}-{s.EndYear}, {s.Replications} replication(s), mean and 95% CI")
            .AddColumn("Headline").AddColumn(new TableColumn("Mean").RightAligned()).AddColumn(new TableColumn("95% CI").RightAligned()).AddColumn("Unit").AddColumn(new TableColumn("n").RightAligned());
        foreach (var h in Headlines.Build(result))
        {
            string fmt = h.Unit == "year" ? "F1" : "N0";
            table.AddRow(Markup.Escape(h.Name),
                double.IsNaN(h.Mean) ? "-" : h.Mean.ToString(fmt, CultureInfo.InvariantCulture),
                double.IsNaN(h.Mean) ? "-" : $"{h.Ci95Low.ToString(fmt, CultureInfo.InvariantCulture)} .. {h.Ci95High.ToString(fmt, CultureInfo.InvariantCulture)}",
                h.Unit, h.N.ToString(CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
    }
}
