using System.Globalization;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Cluster;
using NordicChina.Sim.Model.Scenarios;
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
        var (ensemble, ensembleOk) = Experiments.Uncertainty(settings);
        if (!ensembleOk) return ExitCodes.BadInput;
        scenario = scenario.WithUncertainty(ensemble);
        if (Scenarios.ScenarioLoader.CheckSize(scenario) is { } tooLarge)
        {
            Console.Error.WriteLine($"error: {settings.Scenario}: population with --replications {scenario.Replications}: {tooLarge}");
            return ExitCodes.BadInput;
        }
        var (window, windowError) = YearWindow.Resolve(settings.From, settings.Until, scenario.StartYear, scenario.EndYear);
        if (windowError is not null)
        {
            Console.Error.WriteLine($"error: {windowError}; nothing was run.");
            return ExitCodes.BadInput;
        }
        string outDir = settings.Out ?? Path.Combine("results", scenario.Name);
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;

        ScenarioInput.Describe(scenario);
        var telemetry = settings.Otel == "console" ? TelemetryExport.Console : TelemetryExport.None;
        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancellationToken, telemetry);
        if (opened is null) return openExit;
        await using var cluster = opened;

        if (cluster is ClusterConnection connection)
        {
            string runId = settings.RunId ?? NewRunId(scenario.Name);
            var record = new RunRecord(runId, ScenarioRecord.From(scenario), Path.GetFullPath(outDir), connection.Settings.CheckpointIntervalYears, 0, false);
            try
            {
                await cluster.GrainFactory.GetGrain<IRunGrain>(GrainKeys.Run(runId)).Register(record);
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}; nothing was run.");
                return ExitCodes.BadInput;
            }
            return await RunOnClusterAsync(connection, record, outDir, settings.Quiet, cancellationToken, window);
        }

        var result = await RunAndWriteAsync(new ScenarioRunner(cluster.GrainFactory), scenario, cluster.Silos, outDir, settings.Quiet, r => r, cancellationToken, window, settings.WriteMetrics);
        Report(result, outDir, window);
        return ExitCodes.Ok;
    }

    /// <summary>Runs a recorded run on a real cluster, with checkpoints, and writes its results; used by run and resume.</summary>
    internal static async Task<int> RunOnClusterAsync(ClusterConnection connection, RunRecord record, string outDir, bool quiet, CancellationToken cancel, (int From, int Until)? window = null)
    {
        var scenario = record.Scenario.ToDefinition();
        var runGrain = connection.GrainFactory.GetGrain<IRunGrain>(GrainKeys.Run(record.RunId));
        int session = await runGrain.BeginSession();
        int interval = record.CheckpointIntervalYears;
        Console.Error.WriteLine($"Run id: {record.RunId} (session {session}); " +
            (interval > 0 ? $"checkpoints every {interval} simulated year(s). " : "checkpoints off. ") +
            $"If interrupted, continue with: nordicsim resume {record.RunId} --cluster <config>");
        var runner = new ScenarioRunner(connection.GrainFactory)
        {
            Checkpoints = interval > 0 ? new CheckpointPlan(record.RunId, interval * scenario.TicksPerYear) : CheckpointPlan.None,
            RunKey = $"{record.RunId}.s{session}",
            MaxAttempts = connection.Settings.ReplicationAttempts,
            Log = Clusters.Log,
        };
        var result = await RunAndWriteAsync(runner, scenario, connection.Silos, outDir, quiet, r => r with { Mode = "cluster", RunId = record.RunId }, cancel, window);
        Report(result, outDir, window);
        await runGrain.MarkFinished();
        return ExitCodes.Ok;
    }

    private static string NewRunId(string scenarioName) =>
        $"{scenarioName}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Random.Shared.Next(0x10000):x4}";

    /// <summary>Runs the scenario with its metrics streaming into the output's temporary folder as replications finish,
    /// then writes summary.csv, run.json and datapackage.json there; the folder replaces <paramref name="outDir"/> only when complete.</summary>
    internal static async Task<RunResult> RunAndWriteAsync(ScenarioRunner runner, ScenarioDefinition scenario, int silos, string outDir, bool quiet,
        Func<RunResult, RunResult> describe, CancellationToken cancel, (int From, int Until)? window, bool writeMetrics = true,
        IRunSink? observer = null, IProgress<RunProgress>? progress = null)
    {
        RunResult? result = null;
        var started = DateTimeOffset.UtcNow;
        await OutputFolder.WriteAsync(outDir, async folder =>
        {
            if (writeMetrics)
            {
                await using var metrics = await MetricsFiles.CreateAsync(folder, scenario);
                result = describe(await ExecuteAsync(runner, scenario, silos, Explore.TeeSink.Of(metrics, observer), quiet, cancel, progress));
                await metrics.CompleteAsync(scenario.Replications);
            }
            else result = describe(await ExecuteAsync(runner, scenario, silos, observer, quiet, cancel, progress));
            await ResultWriter.WriteAsync(result, folder);
            await HeadlineTable.WriteAsync(Path.Combine(folder, HeadlineTable.File), HeadlineTable.Of(scenario, result.Yearly, scenario.StartYear, scenario.EndYear, []));
            if (window is { } w)
                await HeadlineTable.WriteAsync(Path.Combine(folder, HeadlineTable.WindowFile), HeadlineTable.Of(scenario, result.Yearly, w.From, w.Until, []));
            await DataPackage.WriteRunAsync(folder, result, started);
        }, cancel);
        return result!;
    }

    private static async Task<RunResult> ExecuteAsync(ScenarioRunner runner, ScenarioDefinition scenario, int silos, IRunSink? sink, bool quiet, CancellationToken cancel,
        IProgress<RunProgress>? observed = null)
    {
        if (observed is not null) return await runner.RunAsync(scenario, silos, sink, observed, cancel);
        if (quiet || !AnsiConsole.Profile.Capabilities.Interactive)
            return await runner.RunAsync(scenario, silos, sink, null, cancel);
        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var ticks = ctx.AddTask("ticks", maxValue: (double)scenario.Clock.TotalTicks * scenario.Replications);
                var repsTask = ctx.AddTask("replications", maxValue: scenario.Replications);
                using var cancelling = cancel.Register(() => ticks.Description = "ticks: cancelling");
                var progress = new Progress<RunProgress>(p =>
                {
                    ticks.Value = p.TicksDone;
                    repsTask.Value = p.ReplicationsDone;
                });
                var r = await runner.RunAsync(scenario, silos, sink, progress, cancel);
                ticks.Value = ticks.MaxValue;
                repsTask.Value = repsTask.MaxValue;
                return r;
            });
    }

    private static void Report(RunResult result, string outDir, (int From, int Until)? window)
    {
        var s = result.Scenario;
        var (from, until) = window ?? (s.StartYear, s.EndYear);
        PrintHeadlines(HeadlineTable.Of(s, result.Yearly, from, until, []), $"{s.Name}: {YearWindow.Label((from, until))}, {s.Replications} replication(s), mean and 95% CI", s.Uncertainty is not null);
        AnsiConsole.MarkupLine($"{result.AgentSteps:N0} agent-steps in {result.WallSeconds:F1} s ({result.AgentSteps / Math.Max(result.WallSeconds, 1e-9):N0}/s) on {result.Silos} silo(s){(result.Mode == "cluster" ? " of a real cluster" : "")}.");
        AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (metrics.csv, summary.csv, headlines.csv{(window is null ? "" : ", headlines-window.csv")}, run.json, datapackage.json).");
    }

    /// <summary>The headline table, numbers formatted as the HTML report formats them (<see cref="Reporting.Fmt"/>).</summary>
    internal static void PrintHeadlines(IReadOnlyList<HeadlineRow> rows, string title, bool uncertain)
    {
        var table = new Table().Title(Markup.Escape(title))
            .AddColumn("Headline").AddColumn(new TableColumn("Mean").RightAligned()).AddColumn(new TableColumn("95% CI").RightAligned()).AddColumn("Unit").AddColumn(new TableColumn("n").RightAligned());
        if (uncertain) table.AddColumn(new TableColumn("Variance from parameters").RightAligned());
        foreach (var h in rows)
        {
            var cells = new List<string>
            {
                Markup.Escape(h.Title),
                Reporting.HeadlineCells.Mean(h.Mean, h.Unit),
                Reporting.HeadlineCells.Interval(h.Mean, h.Ci95Low, h.Ci95High, h.Unit, h.N),
                h.Unit, h.N.ToString(CultureInfo.InvariantCulture),
            };
            if (uncertain) cells.Add(double.IsNaN(h.ShareParametric) ? "-" : (100 * h.ShareParametric).ToString("F0", CultureInfo.InvariantCulture) + "%");
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
    }
}
