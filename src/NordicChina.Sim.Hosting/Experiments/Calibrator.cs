using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Method of simulated moments: finds the parameter values, inside the targets' bounds, that minimise
/// sum_j w_j ((m_j(theta) - target_j) / |target_j|)^2, where m_j(theta) is moment j simulated with the targets'
/// replications and the scenario's seed (common random numbers make the objective smooth in theta). The search is
/// MathNet's Nelder-Mead simplex on a logistic transform of the bounds, started from the scenario's values.
/// Writes calibration.csv (each moment's fit), calibration.json, calibration-trace.csv (every evaluation),
/// datapackage.json and fitted.yaml, a scenario overlay (base: the calibrated scenario) with the fitted values.
/// </summary>
public sealed class Calibrator(IGrainFactory grains, int silos)
{
    /// <summary>Attempts per replication when a silo fails under it (real clusters; 1 in the embedded one).</summary>
    public int MaxAttempts { get; init; } = 1;

    /// <summary>Receives a line for each replication restarted after a failure.</summary>
    public Action<string>? Log { get; init; }

    public async Task<CalibrationResult> RunAsync(ScenarioDefinition scenario, string scenarioPath, CalibrationTargets targets, string outDir,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancel = default)
    {
        if (targets.Use == TargetsUse.Validation)
            throw new ArgumentException($"{targets.Name} is a validation file (use: validation) and is never fitted.", nameof(targets));
        var started = DateTimeOffset.UtcNow;
        var s0 = scenario with { Replications = targets.Replications };
        var ranges = targets.Parameters.Select(p => new ParameterRange(p.Name, p.Low, p.High)).ToArray();
        var fit = new MomentFit(targets.Moments.Select(m => new MomentTarget(m.Name, m.Target, m.Weight)).ToArray());
        var start = ranges.Select(r => Math.Clamp(s0.Parameters[r.Name], r.Low + 1e-9 * r.Width, r.High - 1e-9 * r.Width)).ToArray();
        var trace = new List<(double[] Point, double Distance)>();

        double[] Simulate(double[] theta)
        {
            cancel.ThrowIfCancellationRequested();
            var s = s0 with { Parameters = s0.Parameters.With(ranges.Select((r, k) => new KeyValuePair<string, double>(r.Name, theta[k]))) };
            // The optimiser calls synchronously; the cluster does the work.
            var run = new ScenarioRunner(grains) { MaxAttempts = MaxAttempts, Log = Log, Concurrency = s.Replications }.RunAsync(s, silos, null, cancel).GetAwaiter().GetResult();
            var values = run.Yearly;
            return targets.Moments.Select(m => MomentValues.Of(values, m)).ToArray();
        }

        double Objective(double[] theta)
        {
            if (trace.Count >= targets.MaxEvaluations) throw new BudgetSpent();
            double d = fit.Distance(Simulate(theta));
            trace.Add(((double[])theta.Clone(), d));
            progress?.Report(new ExperimentProgress(trace.Count, targets.MaxEvaluations));
            return d;
        }

        var optimiser = new BoundedNelderMead(tolerance: 1e-4, maxIterations: targets.MaxEvaluations, maxRestarts: 2, initialStep: 0.5);
        bool converged;
        try { converged = (await Task.Run(() => optimiser.Minimize(Objective, ranges, start), cancel)).Converged; }
        catch (BudgetSpent) { converged = false; }
        // The best point evaluated (max_evaluations is a hard budget).
        var fitted = trace.MinBy(t => t.Distance).Point;
        var result = fit.Evaluate(Simulate(fitted));

        await OutputFolder.WriteAsync(outDir, async folder =>
        {
            WriteCalibrationCsv(Path.Combine(folder, "calibration.csv"), result, scenario.Seed);

            await using (var traceCsv = CsvOut.Create(Path.Combine(folder, "calibration-trace.csv")))
            {
                traceCsv.Row([.. new[] { "evaluation" }.Concat(ranges.Select(r => r.Name)), "distance"]);
                for (int i = 0; i < trace.Count; i++)
                    traceCsv.Row([i.ToString(CultureInfo.InvariantCulture), .. trace[i].Point.Select(ResultWriter.Number), ResultWriter.Number(trace[i].Distance)]);
            }

            var json = new
            {
                targets = targets.Name,
                scenario = scenario.Name,
                content_hash = scenario.ContentHash,
                seed = scenario.Seed,
                replications = targets.Replications,
                distance = result.Distance,
                evaluations = trace.Count,
                converged,
                parameters = ranges.Select((r, k) => new { name = r.Name, start = start[k], fitted = fitted[k], low = r.Low, high = r.High }).ToArray(),
                program_version = ProgramInfo.Version,
            };
            await File.WriteAllTextAsync(Path.Combine(folder, "calibration.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n");

            string relative = Path.GetRelativePath(Path.GetFullPath(outDir), Path.GetFullPath(scenarioPath)).Replace('\\', '/');
            var yaml = new StringBuilder();
            yaml.Append("# Fitted by nordicsim calibrate against ").Append(targets.Name).Append(" (distance ").Append(result.Distance.ToString("G6", CultureInfo.InvariantCulture)).Append(").\n");
            yaml.Append("# An overlay: the base scenario with the fitted parameters. Run it with nordicsim run <this file>.\n");
            yaml.Append("base: ").Append(relative).Append('\n');
            yaml.Append("name: ").Append(scenario.Name).Append("-calibrated\n");
            yaml.Append("parameters:\n");
            for (int k = 0; k < ranges.Length; k++)
                yaml.Append("  ").Append(ranges[k].Name).Append(": ").Append(fitted[k].ToString("R", CultureInfo.InvariantCulture))
                    .Append("   # was ").Append(start[k].ToString("G6", CultureInfo.InvariantCulture)).Append('\n');
            await File.WriteAllTextAsync(Path.Combine(folder, "fitted.yaml"), yaml.ToString(), new UTF8Encoding(false));
            await DataPackage.WriteAsync(folder, new PackageProvenance("calibrate", scenario, targets.Replications, started,
                Experiment: new { targets = targets.Name, parameters = json.parameters, distance = result.Distance, evaluations = trace.Count, converged }),
                targets.Moments.Select(m => m.Metric));
        }, cancel);
        return new CalibrationResult(start, fitted, result, trace.Count, converged);
    }

    /// <summary>Writes calibration.csv: one row per moment (its name is free text, quoted where it needs it).</summary>
    public static void WriteCalibrationCsv(string path, MomentFitResult result, ulong seed)
    {
        using var csv = CsvOut.Create(path);
        csv.Row("moment", "target", "simulated", "weight", "relative_error", "seed", "program_version");
        string s = seed.ToString(CultureInfo.InvariantCulture);
        foreach (var m in result.Moments)
            csv.Row(m.Name, ResultWriter.Number(m.Target), ResultWriter.Number(m.Simulated), ResultWriter.Number(m.Weight), ResultWriter.Number(m.RelativeError), s, ProgramInfo.Version);
    }

    /// <summary>Stops the search when max_evaluations simulations have been run.</summary>
    private sealed class BudgetSpent : Exception;
}
