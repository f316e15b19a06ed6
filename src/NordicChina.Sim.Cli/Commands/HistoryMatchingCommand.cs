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

        if (settings.Ensemble is { } ensembleFile) return await TwinsOnlyAsync(settings, spec, files, ensembleFile, cancel);

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

    /// <summary>calibrate SPEC --twins N --ensemble FILE: the twin experiments alone, on an ensemble of this spec.</summary>
    private static async Task<int> TwinsOnlyAsync(CalibrateSettings settings, CalibrationSpec spec, List<CalibrationFile> files, string ensembleFile, CancellationToken cancel)
    {
        var names = spec.Parameters.Select(p => p.Name).ToArray();
        var (ensemble, problem) = ReadEnsemble(ensembleFile, spec.Parameters);
        if (problem is not null)
        {
            Console.Error.WriteLine($"error: {problem}; nothing was run.");
            return ExitCodes.BadInput;
        }
        string outDir = settings.Out ?? Path.Combine("results", spec.Name + "-twins");
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;
        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancel);
        if (opened is null) return openExit;
        await using var cluster = opened;
        AnsiConsole.MarkupLine($"Twin experiments of [bold]{Markup.Escape(spec.Name)}[/]: {settings.Twins} on the {ensemble.Count} members of {Markup.Escape(ensembleFile)}, seed {spec.Seed}.");
        var started = DateTimeOffset.UtcNow;
        IReadOnlyList<TwinExperiment> twins;
        try
        {
            twins = await new HistoryMatchingCalibrator(cluster.GrainFactory, cluster.Silos) { MaxAttempts = Clusters.Attempts(cluster), Log = settings.Quiet ? null : Clusters.Log }
                .TwinsAsync(spec, files, ensemble, settings.Twins, cancel);
        }
        catch (ExperimentInputException ex) { return Experiments.BadInput(ex); }
        var finished = DateTimeOffset.UtcNow;
        await OutputFolder.WriteAsync(outDir, folder => CalibrationWriter.WriteTwinsOnlyAsync(folder, spec, ensembleFile, names, twins, started, finished), cancel);
        AnsiConsole.MarkupLine($"Twin experiments: the truth is non-implausible in {twins.Count(t => t.NonImplausible)} of {twins.Count}, " +
            $"inside every marginal 95% range of the ensemble in {twins.Count(t => t.InsideEnsembleRanges)} ({(finished - started).TotalSeconds:F0} s).");
        AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (twins.csv, twins.json).");
        return ExitCodes.Ok;
    }

    /// <summary>Reads an ensemble.csv whose columns are <c>member</c> and then exactly the spec's parameters, in order;
    /// a problem as <c>file:line:column: field: message</c>.</summary>
    internal static (List<double[]> Members, string? Problem) ReadEnsemble(string path, IReadOnlyList<FittedParameter> parameters)
    {
        var names = parameters.Select(p => p.Name).ToArray();
        if (!File.Exists(path)) return ([], $"{path}: --ensemble: no such file");
        var rows = CsvOut.ReadFile(path);
        string[] expected = ["member", .. names];
        if (rows.Count == 0) return ([], $"{path}:1:1: header: empty file, expected {string.Join(",", expected)}");
        for (int c = 0; c < expected.Length; c++)
            if (c >= rows[0].Length || rows[0][c] != expected[c])
                return ([], $"{path}:1:{c + 1}: header: expected '{expected[c]}' (the columns of an ensemble.csv of this spec: member, then its parameters in order)");
        if (rows[0].Length != expected.Length) return ([], $"{path}:1:{expected.Length + 1}: header: unexpected column '{rows[0][expected.Length]}'");
        var members = new List<double[]>();
        for (int r = 1; r < rows.Count; r++)
        {
            if (rows[r].Length == 1 && rows[r][0].Length == 0) continue;
            if (rows[r].Length != expected.Length) return ([], $"{path}:{r + 1}:1: row: expected {expected.Length} fields, found {rows[r].Length}");
            var point = new double[names.Length];
            for (int d = 0; d < names.Length; d++)
                if (!double.TryParse(rows[r][d + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out point[d]) || !double.IsFinite(point[d]))
                    return ([], $"{path}:{r + 1}:{d + 2}: {names[d]}: not a number: '{rows[r][d + 1]}'");
                else if (point[d] < parameters[d].Low || point[d] > parameters[d].High)
                    return ([], $"{path}:{r + 1}:{d + 2}: {names[d]}: {rows[r][d + 1]} lies outside the spec's range {parameters[d].Low.ToString(CultureInfo.InvariantCulture)}..{parameters[d].High.ToString(CultureInfo.InvariantCulture)}: not an ensemble of this spec");
            members.Add(point);
        }
        if (members.Count == 0) return ([], $"{path}:2:1: row: the ensemble has no member");
        return (members, null);
    }

    private static string G(double v) => double.IsNaN(v) ? "-" : v.ToString("G4", CultureInfo.InvariantCulture);
}
