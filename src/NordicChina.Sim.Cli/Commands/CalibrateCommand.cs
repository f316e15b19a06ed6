using System.Globalization;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim calibrate: history matching to a calibration spec (an ensemble), or with --targets a point fit
/// (method of simulated moments, Nelder-Mead) of a scenario to one targets file.</summary>
public sealed class CalibrateCommand : AsyncCommand<CalibrateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CalibrateSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(settings.Targets))
            return await HistoryMatchingCommand.ExecuteAsync(settings, cancellationToken);
        var scenario = ScenarioInput.Load(settings.Scenario);
        if (scenario is null) return ExitCodes.BadInput;
        CalibrationTargets targets;
        try { targets = TargetsLoader.Load(settings.Targets); }
        catch (ScenarioException ex)
        {
            ScenarioInput.Report(settings.Targets, ex);
            return ExitCodes.BadInput;
        }
        if (targets.Use == TargetsUse.Validation)
        {
            Console.Error.WriteLine($"error: {settings.Targets}: use: validation; a validation file is never fitted (hold a calibrated run against it instead); nothing was run.");
            return ExitCodes.BadInput;
        }
        foreach (var m in targets.Moments)
            foreach (int y in new[] { m.FromYear, m.ToYear }.Concat(m.RelativeFrom is { } f ? [f, m.RelativeTo!.Value] : []))
                if (y < scenario.StartYear || y > scenario.EndYear)
                {
                    Console.Error.WriteLine($"error: {settings.Targets}: moment '{m.Name}' uses year {y}, outside the scenario's {scenario.StartYear}-{scenario.EndYear}; nothing was run.");
                    return ExitCodes.BadInput;
                }
        string outDir = settings.Out ?? Path.Combine("results", scenario.Name + "-calibration");
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;

        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancellationToken);
        if (opened is null) return openExit;
        await using var cluster = opened;
        AnsiConsole.MarkupLine($"Calibrating {targets.Parameters.Count} parameter(s) of [bold]{Markup.Escape(scenario.Name)}[/] to {targets.Moments.Count} moment(s), {targets.Replications} replications per evaluation, at most {targets.MaxEvaluations} evaluations.");
        var result = await Experiments.WithProgress("evaluations", settings.Quiet,
            p => new Calibrator(cluster.GrainFactory, cluster.Silos) { MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log }.RunAsync(scenario, settings.Scenario, targets, outDir, p, cancellationToken));
        ReportCommand.Write(outDir);

        var table = new Table().Title($"Fit: distance {result.Fit.Distance.ToString("G4", CultureInfo.InvariantCulture)} after {result.Evaluations} evaluations")
            .AddColumn("Moment").AddColumn(new TableColumn("Target").RightAligned()).AddColumn(new TableColumn("Simulated").RightAligned()).AddColumn(new TableColumn("Rel. error").RightAligned());
        foreach (var m in result.Fit.Moments)
            table.AddRow(Markup.Escape(m.Name), m.Target.ToString("G4", CultureInfo.InvariantCulture), m.Simulated.ToString("G4", CultureInfo.InvariantCulture), m.RelativeError.ToString("P1", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        for (int k = 0; k < targets.Parameters.Count; k++)
            AnsiConsole.MarkupLine($"  {Markup.Escape(targets.Parameters[k].Name)}: {result.Start[k]:G4} -> [bold]{result.Fitted[k]:G4}[/]");
        if (!result.Converged)
            AnsiConsole.MarkupLine($"[yellow]warning:[/] the search stopped without converging (budget of {targets.MaxEvaluations} evaluations spent or the simplex still moving): the fitted values are the best point found, not a minimum. Raise max_evaluations in the targets file, or use history matching (calibrate <spec>, docs/calibration.md).");
        AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (calibration.csv, fitted.yaml, report.html).");
        return ExitCodes.Ok;
    }
}
