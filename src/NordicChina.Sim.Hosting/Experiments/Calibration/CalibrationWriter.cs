using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>
/// Writes a history-matching calibration's results folder:
/// <c>ensemble.csv</c> (the accepted parameter sets: the file <c>--parameter-uncertainty</c> reads),
/// <c>ensemble-runs.csv</c> (every final run with its implausibility), <c>waves.csv</c> (per wave: design, non-implausible
/// fraction), <c>emulators.csv</c> (per wave and moment: leave-one-out diagnostics), <c>targets-fit.csv</c> (per moment:
/// record, sd, model mean and 95% range, pass), <c>twins.csv</c> (twin experiments, when run),
/// <c>central-values.yaml</c> (the central member's point as a scenario overlay), <c>calibration.json</c> and <c>datapackage.json</c>.
/// </summary>
public static class CalibrationWriter
{
    public const string EnsembleFile = "ensemble.csv";

    public static async Task WriteAsync(string folder, HistoryMatchingCalibration c)
    {
        string N(double v) => CsvOut.Number(v);
        string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        string B(bool v) => v ? "true" : "false";
        var names = c.Ranges.Select(r => r.Name).ToArray();

        // Whole-number parameters as the model ran them (HistoryMatchingCalibrator.ModelValue).
        IReadOnlyList<double> Model(IReadOnlyList<double> point) => point.Select((v, d) => HistoryMatchingCalibrator.ModelValue(names[d], v)).ToArray();
        WriteEnsemble(Path.Combine(folder, EnsembleFile), names, c.Accepted.Select(m => Model(m.Point)).ToArray());

        using (var csv = CsvOut.Create(Path.Combine(folder, "ensemble-runs.csv")))
        {
            csv.Row(["run", "accepted", "implausibility", "confirmation_implausibility", .. names]);
            for (int i = 0; i < c.Result.Ensemble.Count; i++)
            {
                var m = c.Result.Ensemble[i];
                csv.Row([I(i), B(m.Accepted), N(m.Implausibility.Combined), m.Confirmation is { } cm ? N(cm.Combined) : "", .. Model(m.Point).Select(N)]);
            }
        }

        using (var csv = CsvOut.Create(Path.Combine(folder, "waves.csv")))
        {
            csv.Row("wave", "design_points", "training_points", "cutoff", "non_implausible_fraction", "pool", "uniform_accepted", "tempering_rounds", "max_variance_ratio");
            foreach (var w in c.Result.Waves)
                csv.Row(I(w.Wave), I(w.DesignSize), I(w.TrainingSize), N(w.Cutoff), N(w.NonImplausibleFraction), I(w.PoolSize), I(w.UniformAccepted),
                    I(w.TemperingRounds), N(w.VarianceRatios.DefaultIfEmpty(double.NaN).Max()));
        }

        var fitted = c.Slots.Where(s => s.Role == MomentRole.Fitted).ToArray();
        using (var csv = CsvOut.Create(Path.Combine(folder, "emulators.csv")))
        {
            csv.Row("wave", "moment", "training_points", "loo_within", "loo_threshold", "loo_standardised_rmse", "loo_rmse", "loo_max_abs_standardised", "variance_ratio", "design_variance");
            foreach (var w in c.Result.Waves)
                for (int k = 0; k < fitted.Length && k < w.Diagnostics.Count; k++)
                {
                    var d = w.Diagnostics[k];
                    csv.Row(I(w.Wave), fitted[k].Moment.Name, I(d.Count), N(d.FractionWithin), N(d.Threshold), N(d.StandardisedRmse), N(d.Rmse),
                        N(d.MaxAbsoluteStandardisedError), N(k < w.VarianceRatios.Count ? w.VarianceRatios[k] : double.NaN),
                        N(k < w.DesignVariances.Count ? w.DesignVariances[k] : double.NaN));
                }
        }

        using (var csv = CsvOut.Create(Path.Combine(folder, "targets-fit.csv")))
        {
            csv.Row("moment", "targets", "role", "metric", "region", "from_year", "to_year", "target", "sd", "record", "source",
                "ensemble_variance", "runs", "mean", "p2_5", "p97_5", "prediction_low", "prediction_high", "within_tolerance", "covered", "passes");
            for (int k = 0; k < c.Predictions.Count; k++)
            {
                var p = c.Predictions[k];
                var m = p.Slot.Moment;
                csv.Row(m.Name, c.Files[p.Slot.File].Targets.Name, Role(p.Slot.Role), m.Metric, m.Region, I(m.FromYear), I(m.ToYear), N(m.Target), N(p.Slot.Sd),
                    m.Record ?? "", m.Source ?? "", N(c.EnsembleVariance[k]), I(p.Runs), N(p.Mean), N(p.Low), N(p.High), N(p.PredictionLow), N(p.PredictionHigh),
                    B(p.WithinTolerance), B(p.Covered), B(p.Passes));
            }
        }

        if (c.Twins.Count > 0) WriteTwins(Path.Combine(folder, "twins.csv"), names, c.Twins);

        var central = c.Central;
        var median = c.Median;
        int centralMember = c.CentralMember;
        var yaml = new StringBuilder();
        yaml.Append("# The calibrated central values of ").Append(c.Spec.Name).Append(": member ").Append(centralMember)
            .Append(" of the ").Append(c.Accepted.Count).Append(" accepted (ensemble.csv), the most plausible one (implausibility ")
            .Append(centralMember < 0 ? "-" : HistoryMatchingCalibration.Support(c.Accepted[centralMember]).ToString("F3", CultureInfo.InvariantCulture))
            .Append(c.Spec.Confirm > 1 ? " on its confirmation run" : "")
            .Append("), as a scenario overlay:\n# add 'base: <scenario>' and run it, or copy into a scenario's parameters.\n");
        if (c.Accepted.Count == 0)
            yaml.Append("# No parameter set was accepted: no central values (widen the ranges, or check the targets and their sds).\nparameters: {}\n");
        else
        {
            yaml.Append("parameters:\n");
            for (int d = 0; d < names.Length; d++)
                yaml.Append("  ").Append(names[d]).Append(": ").Append(N(central[d])).Append('\n');
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "central-values.yaml"), yaml.ToString(), new UTF8Encoding(false));

        int heldOut = c.Predictions.Count(p => p.Slot.Role != MomentRole.Fitted);
        var json = new
        {
            calibration = c.Spec.Name,
            method = "history matching with Gaussian-process emulators (Vernon, Goldstein & Bower 2010)",
            seed = c.Spec.Seed,
            targets = c.Files.Select((f, i) => new { name = f.Targets.Name, use = f.Targets.Use.ToString().ToLowerInvariant(), scenario = f.Scenario.Name, content_hash = f.Scenario.ContentHash, replications = c.Spec.ReplicationsFor(i) }).ToArray(),
            fit_years = new[] { c.Spec.FitFrom, c.Spec.FitTo },
            match = c.Spec.Match.ToString().ToLowerInvariant(),
            twin_budget = c.Spec.TwinBudget.ToString().ToLowerInvariant(),
            // design_seeds: common shares the replications' seeds across design points, and each wave then adds the
            // mean of its training runs' mean variances to its emulators' implausibility denominators
            // (HistoryMatchingOptions.CommonRandomNumbers); independent gives every run seeds of its own.
            design_seeds = c.Spec.DesignSeeds.ToString().ToLowerInvariant(),
            common_random_numbers = c.Spec.DesignSeeds == DesignSeeds.Common,
            implausibility_rank = c.Spec.ImplausibilityRank,
            confirm = c.Spec.Confirm,
            prediction_factor = c.Spec.PredictionFactor,
            confirmed_runs = c.Result.Ensemble.Count(m => m.Confirmation is not null),
            central_member = centralMember < 0 ? (int?)null : centralMember,
            replications = c.Spec.Replications,
            waves = c.Result.Waves.Count,
            stop = c.Result.Stop.ToString(),
            simulator_runs = c.Result.SimulatorRuns,
            ensemble_runs = c.Result.Ensemble.Count,
            accepted = c.Accepted.Count,
            fitted_moments = c.Predictions.Count(p => p.Slot.Role == MomentRole.Fitted),
            fitted_within_tolerance = c.Predictions.Count(p => p.Slot.Role == MomentRole.Fitted && p.WithinTolerance),
            predicted_moments = heldOut,
            predicted_covered = c.Predictions.Count(p => p.Slot.Role != MomentRole.Fitted && p.Covered),
            twins = c.Twins.Count,
            twins_non_implausible = c.Twins.Count(t => t.NonImplausible),
            twins_inside_ranges = c.Twins.Count(t => t.InsideEnsembleRanges),
            parameters = c.Ranges.Select((r, d) => new { name = r.Name, low = r.Low, high = r.High, central = double.IsFinite(central[d]) ? central[d] : (double?)null, median = double.IsFinite(median[d]) ? median[d] : (double?)null }).ToArray(),
            wall_seconds = Math.Round((c.Finished - c.Started).TotalSeconds, 1),
            program_version = ProgramInfo.Version,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "calibration.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n");

        await DataPackage.WriteAsync(folder, new PackageProvenance("calibrate", c.Files[0].Scenario, c.Spec.Replications, c.Started,
                c.Files.Select(f => (f.Scenario.Name, f.Scenario)).DistinctBy(x => x.Item1).ToArray(),
                Experiment: new { calibration = c.Spec.Name, json.method, json.waves, json.accepted, json.fit_years, json.parameters }),
            c.Slots.Select(s => s.Moment.Metric).Distinct());
    }

    /// <summary>Writes <c>twins.csv</c>: one row per twin experiment, its outcome and its true parameter values.</summary>
    public static void WriteTwins(string path, IReadOnlyList<string> names, IReadOnlyList<TwinExperiment> twins)
    {
        using var csv = CsvOut.Create(path);
        csv.Row(["experiment", "non_implausible", "inside_ensemble_ranges", "accepted", "waves", "worst_target", "worst_implausibility", "worst_wave", .. names]);
        foreach (var t in twins)
            csv.Row([t.Index.ToString(CultureInfo.InvariantCulture), t.NonImplausible ? "true" : "false", t.InsideEnsembleRanges ? "true" : "false",
                t.Accepted.ToString(CultureInfo.InvariantCulture), t.Waves.ToString(CultureInfo.InvariantCulture), t.WorstTarget, CsvOut.Number(t.WorstImplausibility),
                t.WorstWave.ToString(CultureInfo.InvariantCulture), .. t.Truth.Select(CsvOut.Number)]);
    }

    /// <summary>The output of <c>calibrate --twins n --ensemble FILE</c>: <c>twins.csv</c> and <c>twins.json</c> (the
    /// spec, the ensemble's file and SHA-256, the counts and the wall time).</summary>
    public static async Task WriteTwinsOnlyAsync(string folder, CalibrationSpec spec, string ensembleFile, IReadOnlyList<string> names,
        IReadOnlyList<TwinExperiment> twins, DateTimeOffset started, DateTimeOffset finished)
    {
        WriteTwins(Path.Combine(folder, "twins.csv"), names, twins);
        var json = new
        {
            calibration = spec.Name,
            seed = spec.Seed,
            ensemble = Path.GetFullPath(ensembleFile),
            ensemble_sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(ensembleFile))),
            twin_budget = spec.TwinBudget.ToString().ToLowerInvariant(),
            twins = twins.Count,
            twins_non_implausible = twins.Count(t => t.NonImplausible),
            twins_inside_ranges = twins.Count(t => t.InsideEnsembleRanges),
            wall_seconds = Math.Round((finished - started).TotalSeconds, 1),
            program_version = ProgramInfo.Version,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "twins.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Writes an ensemble file: <c>member</c>, then one column per parameter, one row per member.</summary>
    public static void WriteEnsemble(string path, IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<double>> members)
    {
        using var csv = CsvOut.Create(path);
        csv.Row(["member", .. names]);
        for (int i = 0; i < members.Count; i++)
            csv.Row([i.ToString(CultureInfo.InvariantCulture), .. members[i].Select(CsvOut.Number)]);
    }

    public static string Role(MomentRole role) => role switch
    {
        MomentRole.Fitted => "fitted",
        MomentRole.HeldOut => "held_out",
        _ => "validation",
    };
}
