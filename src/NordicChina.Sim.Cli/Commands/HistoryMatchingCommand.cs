using System.Globalization;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Experiments.Calibration;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Scenarios;
using Spectre.Console;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim calibrate &lt;spec&gt;: history matching of a calibration spec, written as an ensemble (docs/calibration.md).</summary>
public static class HistoryMatchingCommand
{
    public static async Task<int> ExecuteAsync(CalibrateSettings settings, CancellationToken cancel)
    {
        CalibrationSpec spec;
        var files = new List<CalibrationFile>();
        try
        {
            if (!CalibrationSpecLoader.IsSpec(settings.Scenario))
            {
                Console.Error.WriteLine($"error: {settings.Scenario}: not a calibration spec (no 'targets:' list); to fit a scenario to one targets file give --targets <FILE>; nothing was run.");
                return ExitCodes.BadInput;
            }
            spec = CalibrationSpecLoader.Load(settings.Scenario);
            if (settings.FitYears is { } fy && CalibrateSettings.TryYears(fy, out int a, out int b)) spec = spec with { FitFrom = a, FitTo = b };
            foreach (var path in spec.TargetFiles)
            {
                var targets = TargetsLoader.Load(path);
                if (targets.ScenarioPath is null)
                {
                    Console.Error.WriteLine($"error: {path}: a targets file of a calibration spec must name its scenario ('scenario:'); nothing was run.");
                    return ExitCodes.BadInput;
                }
                var scenario = ScenarioInput.Load(targets.ScenarioPath);
                if (scenario is null) return ExitCodes.BadInput;
                foreach (var m in targets.Moments)
                    foreach (int y in new[] { m.FromYear, m.ToYear }.Concat(m.RelativeFrom is { } f ? [f, m.RelativeTo!.Value] : []))
                        if (y < scenario.StartYear || y > scenario.EndYear)
                        {
                            Console.Error.WriteLine($"error: {path}: moment '{m.Name}' uses year {y}, outside {scenario.Name}'s {scenario.StartYear}-{scenario.EndYear}; nothing was run.");
                            return ExitCodes.BadInput;
                        }
                files.Add(new CalibrationFile(path, targets, scenario));
            }
        }
        catch (ScenarioException ex)
        {
            ScenarioInput.Report(ex.Errors.FirstOrDefault()?.File ?? settings.Scenario, ex);
            return ExitCodes.BadInput;
        }

        string outDir = settings.Out ?? Path.Combine("results", spec.Name + "-calibration");
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;
        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancel);
        if (opened is null) return openExit;
        await using var cluster = opened;
        var slots = HistoryMatchingCalibrator.Slots(spec, files);
        AnsiConsole.MarkupLine($"History matching [bold]{Markup.Escape(spec.Name)}[/]: {spec.Parameters.Count} parameters, " +
            $"{slots.Count(s => s.Role == MomentRole.Fitted)} fitted moments{(spec.FitFrom > ScenarioLoader.MinYear || spec.FitTo < ScenarioLoader.MaxYear ? $" ({spec.FitFrom}-{spec.FitTo})" : "")}, {slots.Count(s => s.Role != MomentRole.Fitted)} predicted, " +
            $"up to {spec.Waves} waves of {spec.DesignPoints} points x {spec.Replications} replications" +
            string.Concat(files.Select((f, i) => spec.TargetReplications.ElementAtOrDefault(i) is { } r ? $" ({r} for {Markup.Escape(f.Targets.Name)})" : "")) +
            $", seed {spec.Seed}" +
            (settings.Twins > 0 ? $", then {settings.Twins} twin experiments." : "."));

        var started = DateTimeOffset.UtcNow;
        HistoryMatchingCalibration result;
        try
        {
            result = await Experiments.WithProgress("design points", settings.Quiet, p =>
                new HistoryMatchingCalibrator(cluster.GrainFactory, cluster.Silos)
                {
                    MaxAttempts = Clusters.Attempts(cluster), Log = settings.Quiet ? null : Clusters.Log,
                    // The calibration's own results, whole, before the twin experiments; the final write adds twins.csv.
                    Calibrated = async c =>
                    {
                        await OutputFolder.WriteAsync(outDir, folder => CalibrationWriter.WriteAsync(folder, c), cancel);
                        if (!settings.Quiet) Clusters.Log($"calibration written to {Path.GetFullPath(outDir)}; the {settings.Twins} twin experiment(s) follow and are added to it");
                    },
                }
                    .RunAsync(spec, files, settings.Twins, p, cancel));
        }
        catch (ExperimentInputException ex) { return Experiments.BadInput(ex); }
        await OutputFolder.WriteAsync(outDir, folder => CalibrationWriter.WriteAsync(folder, result), cancel);

        var table = new Table().Title($"{result.Accepted.Count} accepted parameter sets after {result.Result.Waves.Count} wave(s), {(DateTimeOffset.UtcNow - started).TotalSeconds:F0} s")
            .AddColumn("Moment").AddColumn("Role").AddColumn(new TableColumn("Target ± sd").RightAligned()).AddColumn(new TableColumn("Model mean [[95%]]").RightAligned()).AddColumn("Pass");
        foreach (var p in result.Predictions)
            table.AddRow(Markup.Escape(p.Slot.Moment.Name), CalibrationWriter.Role(p.Slot.Role),
                Markup.Escape($"{G(p.Target)} ± {G(p.Slot.Sd)}"), Markup.Escape($"{G(p.Mean)} [{G(p.Low)}, {G(p.High)}]"), p.Passes ? "yes" : "[red]no[/]");
        AnsiConsole.Write(table);
        var central = result.Central;
        var median = result.Median;
        if (result.CentralMember >= 0)
            AnsiConsole.MarkupLine($"Central values: member {result.CentralMember}, the most plausible of the {result.Accepted.Count} accepted (central-values.yaml).");
        for (int d = 0; d < result.Ranges.Count; d++)
            AnsiConsole.MarkupLine($"  {Markup.Escape(result.Ranges[d].Name)}: central {G(central[d])}, median {G(median[d])} (range searched {G(result.Ranges[d].Low)}..{G(result.Ranges[d].High)})");
        if (result.Twins.Count > 0)
            AnsiConsole.MarkupLine($"Twin experiments: the truth is non-implausible in {result.Twins.Count(t => t.NonImplausible)} of {result.Twins.Count}, " +
                $"inside every marginal 95% range of the ensemble in {result.Twins.Count(t => t.InsideEnsembleRanges)}.");
        AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (ensemble.csv, targets-fit.csv, waves.csv, emulators.csv, central-values.yaml).");
        return result.Accepted.Count > 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static string G(double v) => double.IsNaN(v) ? "-" : v.ToString("G4", CultureInfo.InvariantCulture);
}
