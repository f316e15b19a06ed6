using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Scenarios;
using Parquet;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>Who wrote a results folder and from what: the command, its (first or baseline) scenario, the replications,
/// when it started, every scenario it ran (compare runs several) and, for experiments, what was varied or fitted.</summary>
public sealed record PackageProvenance(
    string Command, ScenarioDefinition Scenario, int Replications, DateTimeOffset Started,
    IReadOnlyList<(string Name, ScenarioDefinition Scenario)>? Scenarios = null, object? Experiment = null);

/// <summary>
/// Writes <c>datapackage.json</c>, a Frictionless Data Package (v1) describing every CSV and Parquet file of a results
/// folder: one resource per file, each with its path, format, media type, encoding, CSV dialect and a Table Schema
/// (field names in column order, types, descriptions, a <c>unit</c> per field, <c>missingValues: [""]</c> and the
/// primary key). Table Schema has no unit property; nordicsim adds <c>unit</c> to every field: a unit in words
/// ("EUR m", "persons", "year"), <c>"1"</c> for a dimensionless number, <c>"none"</c> for a label or identifier, and
/// for columns whose unit depends on the row's metric (<c>value</c>, <c>mean</c>, ...) <see cref="MetricUnit"/>: the
/// package's <c>metrics</c> property lists, for every metric present, its unit, kind, breakdown, how its aggregate rows
/// are formed (<c>aggregate</c>: none, sum, mean or derived; see the <c>aggregate</c> column) and description.
/// The package also records provenance (program version with commit, command line, scenario and content hash, seed,
/// replications, parameter overrides, start and end time in UTC). Every output file's columns are declared once, in
/// <see cref="Tables"/>.
/// </summary>
public static class DataPackage
{
    public const string File = "datapackage.json";

    /// <summary>The unit of a column holding a metric's value: the metric's unit, given in the package's metrics list.</summary>
    public const string MetricUnit = "see the metric's unit in the `metrics` table of this package";

    private const string None = "none", Dimensionless = "1";

    private sealed record Col(string Name, string Type, string Unit, string Description);

    /// <summary>One output file's table: description, primary key, its fixed columns, and how a column named after a
    /// parameter or an output (sweep, points, calibration trace) is described.</summary>
    private sealed record Table(string Description, string[] PrimaryKey, Col[] Columns, Func<string, Col?>? Other = null);

    private static readonly Col Seed = new("seed", "integer", None, "The random seed of the run (common random numbers across scenarios and points).");
    private static readonly Col Version = new("program_version", "string", None, "nordicsim's version with the commit it was built from (0.1.0+abc1234).");
    private static readonly Col Metric = new("metric", "string", None, "Metric name (see the metrics list of this package and docs/metrics.md).");
    private static readonly Col Region = new("region", "string", None, "Region code, or all; for talent.flow the origin region.");
    private static readonly Col Destination = new("destination", "string", None,
        "For talent.flow, the destination region's code (region is the origin); empty (NULL in Parquet) for every other metric.");
    private static readonly Col Aggregate = new("aggregate", "boolean", None,
        "true for a row that totals other rows of the same metric (region = all over the regions, sector = all or heavy over the sectors; " +
        "the metrics list gives how: sum, mean or derived), false for a leaf row: for a metric whose total is a sum, SUM(value) WHERE NOT aggregate " +
        "equals the aggregate rows, and a SUM over all rows would count everything twice.");
    private static readonly Col ScenarioCol = new("scenario", "string", None,
        "The scenario's name (in a comparison the run's unique name, also the Hive partition of runs/scenario=<name>/).");
    private static readonly Col Sector = new("sector", "string", None, "Sector code, heavy (the heavy-industry aggregate) or all.");
    private static readonly Col Year = new("year", "integer", "year", "Calendar year.");
    private static readonly Col N = new("n", "integer", "replications", "Replications with a value (missing values left out).");
    private static readonly Col Point = new("point", "integer", None, "Index of the point (0-based).");

    private const string IndexUnit = "S1, ST: 1 (share of variance); mu, mu_star, sigma: the output metric's unit (" + MetricUnit + ") per the parameter's plausible range scaled to 0-1";

    private const string ScreeningUnit = "the output's unit (screening-outputs.csv) per the factor's plausible range scaled to 0-1";

    private static readonly Col ScreeningOutputCol = new("output", "string", None, "The output (see screening-outputs.csv).");

    private static Col Stat(string name, string what) => new(name, "number", MetricUnit, what);

    /// <summary>The parameter-uncertainty columns (<see cref="Uncertainty.ParametricSpread"/>) of a table whose spread is
    /// across replications (<paramref name="of"/>: what is spread, e.g. "the yearly values").</summary>
    private static Col[] SpreadColumns(string of) =>
    [
        Stat("sd_stochastic", $"With --parameter-uncertainty: the standard deviation of {of} due to the model's own randomness, the square root of the " +
            "within-pair variance of the replication pairs that share an ensemble member (one-way random-effects ANOVA). Empty without parameter " +
            "uncertainty or with fewer than 2 complete pairs."),
        Stat("sd_parametric", $"With --parameter-uncertainty: the standard deviation of {of} due to parameter uncertainty, the square root of " +
            "max(0, total variance - within-pair variance). Empty without parameter uncertainty or with fewer than 2 complete pairs."),
        new("share_parametric", "number", Dimensionless, "With --parameter-uncertainty: the parametric share of the variance, " +
            "sd_parametric^2 / (sd_parametric^2 + sd_stochastic^2). Empty without parameter uncertainty, with fewer than 2 complete pairs or no spread."),
    ];

    private static Col? Parameter(string name) => ParameterCatalogue.Find(name) is { } p
        ? new Col(name, "number", p.Unit.Length > 0 ? p.Unit : Dimensionless, $"Value of the parameter {name} (see docs/parameters.md).")
        : Experiments.LeverAxis.IsLever(name) ? new Col(name, "number", "intensity", $"The policy lever's intensity at the grid point ({name}; see docs/experiments.md).")
        : null;

    /// <summary>Every output file's columns, declared once (keyed by file name; a Parquet file uses its CSV's table).</summary>
    private static readonly Dictionary<string, Table> Tables = new(StringComparer.Ordinal)
    {
        [ResultWriter.MetricsFile] = new("Every metric per replication and tick (quarter), tidy long format.",
            ["replication", "tick", "region", "destination", "sector", "metric"],
            [
                ScenarioCol,
                new("replication", "integer", None, "Replication index (0-based); replication r of every scenario shares its random streams."),
                Year,
                new("period", "integer", "quarter", "Quarter of the year (1-4)."),
                new("tick", "integer", "quarter", "Tick since the start of the run (0-based)."),
                Region, Destination, Sector, Metric, Aggregate,
                new("value", "number", MetricUnit, "The metric's value in the tick (a flow over the tick, a stock at its end); empty where undefined."),
            ]),
        [ResultWriter.SummaryFile] = new("Per metric, year, region and sector: the distribution of yearly values across replications.",
            ["metric", "year", "region", "destination", "sector"],
            [
                Metric, Year, Region, Destination, Sector, Aggregate, N,
                Stat("mean", "Mean of the yearly values (flows summed over the year, stocks at its end)."),
                Stat("sd", "Standard deviation across replications; empty with one replication."),
                Stat("ci95_low", "Lower bound of the 95% confidence interval of the mean (Student t)."),
                Stat("ci95_high", "Upper bound of the 95% confidence interval of the mean (Student t)."),
                Stat("p2_5", "2.5% quantile across replications (R-7)."),
                Stat("p97_5", "97.5% quantile across replications (R-7)."),
                .. SpreadColumns("the yearly values"),
                Seed, Version,
            ]),
        ["comparison.csv"] = new("Per scenario, metric, year, region and sector: the paired difference from the baseline (common random numbers).",
            ["scenario", "metric", "year", "region", "destination", "sector"], ComparisonColumns(withYear: true)),
        ["comparison-horizon.csv"] = new("Per scenario, metric, region and sector: the paired difference from the baseline over the whole horizon.",
            ["scenario", "metric", "region", "destination", "sector"], ComparisonColumns(withYear: false)),
        ["comparison-window.csv"] = new("Per scenario, metric, region and sector: the paired difference from the baseline over the years from_year..until_year (compare or report --from/--until): flows summed over those years, stocks at the end of until_year.",
            ["scenario", "metric", "region", "destination", "sector"], ComparisonColumns(withYear: false, window: true)),
        ["headlines.csv"] = new("The headline indicators of the run (the console's table and the report's) over the whole horizon: flows summed over the years, stocks at the end of the last year.",
            ["indicator"], HeadlineColumns()),
        ["headlines-window.csv"] = new("The headline indicators over the years from_year..until_year (run or report --from/--until).",
            ["indicator"], HeadlineColumns()),
        ["window.csv"] = new("The window of opportunity's closing year, censored at the horizon's end: per sector (heavy: the heavy-industry window) and year, the replications whose window had first closed by the end of the year, the share, those still open, and the Kaplan-Meier median closing year.",
            ["sector", "year"],
            [
                Sector, Year,
                new("n", "integer", "replications", "Replications of the run."),
                new("closed", "integer", "replications", "Replications whose window had first closed by the end of the year."),
                new("share_closed", "number", Dimensionless, "closed / n: the Kaplan-Meier estimate of the share closed by the end of the year (every replication is censored at the horizon's end)."),
                new("not_closed", "integer", "replications", "n - closed."),
                new("median_closing_year", "number", "year", "The first year by which at least half the replications had closed; empty when fewer than half closed within the horizon."),
            ]),
        ["sweep.csv"] = new("Per grid point, metric, region and sector: the horizon value across replications; one column per varied parameter.",
            ["point", "metric", "region", "destination", "sector"],
            [
                ScenarioCol with { Description = "The scenario swept (sweep.parquet only)." },
                Point with { Description = "Index of the grid point (0-based)." }, Metric, Region, Destination, Sector, Aggregate, N,
                Stat("mean", "Mean over replications of the horizon value (flows summed, stocks at the end)."),
                Stat("sd", "Standard deviation across replications; empty with one replication."),
                Stat("ci95_low", "Lower bound of the 95% confidence interval of the mean."),
                Stat("ci95_high", "Upper bound of the 95% confidence interval of the mean."),
                .. SpreadColumns("the horizon values"),
                Seed, Version,
            ], Parameter),
        ["sensitivity.csv"] = new("Per output and factor (parameter or lever): the sensitivity indices with bootstrap 95% intervals.",
            ["output", "parameter", "index"],
            [
                new("method", "string", None, "morris or sobol."),
                new("output", "string", None, "The output analysed, as given to --output: metric[@region[/sector]] over the horizon (split into the next four columns)."),
                Metric, Region, Destination, Sector,
                new("parameter", "string", None, "The factor: a parameter (see docs/parameters.md) or a policy lever's intensity, lever.<name>[.<from>-<to>].intensity (see docs/experiments.md)."),
                new("index", "string", None, "mu, mu_star, sigma (Morris) or S1, ST (Sobol)."),
                new("value", "number", IndexUnit, "The index's value."),
                new("ci95_low", "number", IndexUnit, "Lower bound of the bootstrap 95% interval; empty where none is computed."),
                new("ci95_high", "number", IndexUnit, "Upper bound of the bootstrap 95% interval; empty where none is computed."),
                Seed, Version,
            ]),
        [Experiments.SensitivityRunner.PointsFile] = new("Per design point and factor (parameter or lever): its value at the point (long format).",
            ["point", "parameter"],
            [
                Point with { Description = "Index of the design point (0-based)." },
                new("parameter", "string", None, "The factor: a parameter (see docs/parameters.md) or a policy lever's intensity, lever.<name>[.<from>-<to>].intensity (see docs/experiments.md)."),
                new("value", "number", "the parameter's unit (docs/parameters.md); intensity for a lever", "The factor's value at the point."),
            ]),
        [Experiments.SensitivityRunner.PointOutputsFile] = new("Per design point and output: the output's value at the point (long format).",
            ["point", "output"],
            [
                Point with { Description = "Index of the design point (0-based)." },
                new("output", "string", None, "The output, as given to --output: metric[@region[/sector]]."),
                Metric, Region, Destination, Sector,
                new("value", "number", MetricUnit, "The output at this design point (over the horizon, mean of replications)."),
            ]),
        [Experiments.ScreeningWriter.GroupsFile] = new("Screening stage 1: per parameter family (and the seed factor) and output, the group Morris measures, scaled and ranked.",
            ["group", "output"],
            [
                new("rank", "integer", None, "Rank of the family by score (1 = most influential)."),
                new("group", "string", None, "The family: a parameter name with region, country and sector codes replaced by *; (seed) is the seed factor (Monte Carlo noise)."),
                new("members", "integer", "parameters", "Parameters in the family."),
                ScreeningOutputCol,
                new("mu", "number", ScreeningUnit, "Mean elementary effect; empty for a family of several parameters moving in their own directions (undefined)."),
                new("mu_star", "number", ScreeningUnit, "Mean absolute elementary effect (Campolongo, Cariboni & Saltelli 2007)."),
                new("mu_star_ci95_low", "number", ScreeningUnit, "Lower bound of the bootstrap 95% interval of mu_star (trajectories resampled)."),
                new("mu_star_ci95_high", "number", ScreeningUnit, "Upper bound of the bootstrap 95% interval of mu_star."),
                new("sigma", "number", ScreeningUnit, "Standard deviation of the elementary effects; empty where mu is."),
                new("mu_star_scaled", "number", Dimensionless, "mu_star divided by the largest family mu_star on this output."),
                new("mu_star_per_sd", "number", Dimensionless, "mu_star divided by the output's standard deviation over the stage-1 design."),
                new("score", "number", Dimensionless, "Largest mu_star_scaled of the family over the outputs."),
                new("important", "boolean", None, "Whether the family matters: on some output, mu_star_scaled at least the threshold and mu_star_ci95_low above the seed factor's mu_star."),
                Seed, Version,
            ]),
        [Experiments.ScreeningWriter.ParametersFile] = new("Screening stage 2: per parameter of the families that matter and output, the Morris measures, scaled by the stage-1 references and ranked.",
            ["parameter", "output"],
            [
                new("rank", "integer", None, "Rank of the parameter by score (1 = most influential)."),
                new("parameter", "string", None, "The parameter (see docs/parameters.md)."),
                new("group", "string", None, "Its family."),
                new("stage", "integer", None, "2: screened alone; 1: a family of one, measured in stage 1."),
                new("assumption", "boolean", None, "Whether the catalogue's source is an assumption."),
                new("source", "string", None, "The catalogue's source of the parameter's value."),
                ScreeningOutputCol,
                new("mu", "number", ScreeningUnit, "Mean elementary effect."),
                new("mu_star", "number", ScreeningUnit, "Mean absolute elementary effect."),
                new("mu_star_ci95_low", "number", ScreeningUnit, "Lower bound of the bootstrap 95% interval of mu_star."),
                new("mu_star_ci95_high", "number", ScreeningUnit, "Upper bound of the bootstrap 95% interval of mu_star."),
                new("sigma", "number", ScreeningUnit, "Standard deviation of the elementary effects."),
                new("mu_star_scaled", "number", Dimensionless, "mu_star divided by the largest family mu_star on this output in stage 1."),
                new("mu_star_per_sd", "number", Dimensionless, "mu_star divided by the output's standard deviation over the stage-1 design."),
                new("score", "number", Dimensionless, "Largest mu_star_scaled of the parameter over the outputs."),
                new("matters", "boolean", None, "Whether the parameter matters (same rule as the families, with stage 2's seed factor)."),
                Seed, Version,
            ]),
        [Experiments.ScreeningWriter.OutputsFile] = new("The outputs of a screening: unit, scenario, meaning and scales.",
            ["output"],
            [
                ScreeningOutputCol,
                new("unit", "string", None, "The output's unit."),
                new("scenario", "string", None, "The scenario the output is simulated on."),
                new("description", "string", None, "What the output is."),
                new("reference_mu_star", "number", "the output's unit per plausible range", "Largest family mu_star on the output (the scale of mu_star_scaled)."),
                new("sd", "number", "the output's unit", "Standard deviation of the output over the stage-1 design."),
                new("noise_mu_star", "number", "the output's unit per plausible range", "mu_star of the seed factor in stage 1 (Monte Carlo noise)."),
            ]),
        [Experiments.ScreeningWriter.PointsFile] = new("Every design point of a screening and output (long format): stage, trajectory, step, the factor moved into it, the output's value.",
            ["stage", "point", "output"],
            [
                new("stage", "integer", None, "1 (families) or 2 (parameters)."),
                new("point", "integer", None, "Index of the point in its stage's design (0-based)."),
                new("trajectory", "integer", None, "Trajectory of the point (0-based)."),
                new("step", "integer", None, "Step along the trajectory (0 = its start)."),
                new("moved", "string", None, "The family or parameter moved to reach this point; empty at a trajectory's start."),
                ScreeningOutputCol,
                new("value", "number", "the output's unit (screening-outputs.csv)", "The output at this point (mean of replications)."),
            ]),
        ["calibration.csv"] = new("Per target moment: the target, the simulated value at the fitted parameters and the relative error.",
            ["moment"],
            [
                new("moment", "string", None, "The moment's name (from the targets file)."),
                new("target", "number", MetricUnit, "The target value of the moment (the unit of its metric)."),
                new("simulated", "number", MetricUnit, "The moment simulated at the fitted parameters."),
                new("weight", "number", Dimensionless, "The moment's weight in the distance."),
                new("relative_error", "number", Dimensionless, "(simulated - target) / |target|; empty where the target is missing."),
                Seed, Version,
            ]),
        ["ensemble.csv"] = new("The calibrated ensemble: the accepted parameter sets of history matching, one row per member (read by --parameter-uncertainty).",
            ["member"],
            [new("member", "integer", None, "Index of the member (0-based).")], Parameter),
        ["ensemble-runs.csv"] = new("Every final run of history matching: accepted when its simulated moments are within the implausibility cutoff (and, with confirm, its confirmation run's too).",
            ["run"],
            [
                new("run", "integer", None, "Index of the run (0-based)."),
                new("accepted", "boolean", None, "Whether the run's simulated moments are all within the cutoff (and its confirmation run's, when confirmed)."),
                new("implausibility", "number", Dimensionless, "The largest implausibility of the run's simulated moments."),
                new("confirmation_implausibility", "number", Dimensionless, "The largest implausibility of the confirmation run (the same point on seeds of its own with confirm times the replications); empty where the run was not confirmed."),
            ], Parameter),
        ["waves.csv"] = new("Per wave of history matching: design size, the non-implausible fraction of the parameter box and the search.",
            ["wave"],
            [
                new("wave", "integer", None, "Wave number (1-based)."),
                new("design_points", "integer", "points", "Points simulated in the wave."),
                new("training_points", "integer", "points", "Runs the wave's emulators were trained on."),
                new("cutoff", "number", Dimensionless, "Implausibility cutoff."),
                new("non_implausible_fraction", "number", Dimensionless, "Estimated fraction of the original box still non-implausible after the wave."),
                new("pool", "integer", "points", "Non-implausible points kept for the next design."),
                new("uniform_accepted", "integer", "points", "Uniform candidates found non-implausible."),
                new("tempering_rounds", "integer", None, "Rounds of the tempered search needed to reach the cutoff."),
                new("max_variance_ratio", "number", Dimensionless, "Largest, over moments, median ratio of emulator variance to the other variances."),
            ]),
        ["emulators.csv"] = new("Leave-one-out diagnostics of each wave's Gaussian-process emulator of each fitted moment.",
            ["wave", "moment"],
            [
                new("wave", "integer", None, "Wave number (1-based)."),
                new("moment", "string", None, "The moment's name (from its targets file)."),
                new("training_points", "integer", "points", "Training runs."),
                new("loo_within", "number", Dimensionless, "Share of runs whose standardised leave-one-out error is within loo_threshold."),
                new("loo_threshold", "number", Dimensionless, "Bound on the absolute standardised error."),
                new("loo_standardised_rmse", "number", Dimensionless, "Root mean square standardised leave-one-out error (near 1 for a well-calibrated emulator)."),
                new("loo_rmse", "number", MetricUnit, "Root mean square leave-one-out error in the moment's unit."),
                new("loo_max_abs_standardised", "number", Dimensionless, "Largest absolute standardised leave-one-out error."),
                new("variance_ratio", "number", Dimensionless, "Median over the non-implausible pool of emulator variance / other variances."),
                new("design_variance", "number", "square of the moment's unit", "Variance of the design outputs' shared error (common random numbers) added to the wave's implausibility denominator: the mean of its training runs' mean variances."),
            ]),
        ["targets-fit.csv"] = new("Per target moment: the record, its sd, and the calibrated ensemble's mean and 95% range (all members and replications).",
            ["moment", "targets"],
            [
                new("moment", "string", None, "The moment's name."),
                new("targets", "string", None, "The targets file's name."),
                new("role", "string", None, "fitted, held_out (outside fit_years, predicted) or validation (a validation file, never fitted)."),
                Metric with { Description = "The moment's metric as its targets file names it: a metric name, or talent.flow>CODE for talent.flow to one destination (docs/metrics.md)." },
                new("region", "string", None, "Region of the moment: a code, codes joined by +, europe, * or all."),
                new("from_year", "integer", "year", "First year of the moment."),
                new("to_year", "integer", "year", "Last year of the moment."),
                new("target", "number", MetricUnit, "The target value (the record, scaled as its targets file documents)."),
                new("sd", "number", MetricUnit, "The target's stated uncertainty (standard deviation)."),
                new("record", "string", None, "The published figure, as text."),
                new("source", "string", None, "Publisher, title or table, and year of the record."),
                new("ensemble_variance", "number", MetricUnit, "Variance of one replication around the model's mean at the pilot point (squared unit)."),
                new("runs", "integer", "runs", "Member-replication runs behind mean and range."),
                new("mean", "number", MetricUnit, "Mean over the accepted ensemble's runs."),
                new("p2_5", "number", MetricUnit, "2.5% quantile (R-7) of the runs."),
                new("p97_5", "number", MetricUnit, "97.5% quantile (R-7) of the runs."),
                new("prediction_low", "number", MetricUnit, "Lower end of the 95% range widened by the record's own 95% error."),
                new("prediction_high", "number", MetricUnit, "Upper end of the same."),
                new("within_tolerance", "boolean", None, "|mean - target| <= 2 sd."),
                new("covered", "boolean", None, "The target lies in prediction_low..prediction_high."),
                new("passes", "boolean", None, "within_tolerance for a fitted moment, covered for a predicted one."),
            ]),
        ["twins.csv"] = new("Twin experiments: data simulated from known parameters, calibrated as if they were the record.",
            ["experiment"],
            [
                new("experiment", "integer", None, "Index of the experiment (0-based)."),
                new("non_implausible", "boolean", None, "The true parameters pass every wave's emulators at the cutoff (inside the retained 95% region)."),
                new("inside_ensemble_ranges", "boolean", None, "Every true value lies within the accepted ensemble's 2.5-97.5% range."),
                new("accepted", "integer", "members", "Members accepted in the twin calibration."),
                new("waves", "integer", None, "Waves run."),
                new("worst_target", "string", None, "The target with the largest implausibility at the truth over every wave's emulators."),
                new("worst_implausibility", "number", Dimensionless, "That implausibility (above the cutoff: the truth is ruled out)."),
                new("worst_wave", "integer", None, "The wave (1-based) whose emulators give it."),
            ], Parameter),
        ["calibration-trace.csv"] = new("Every evaluation of the search: the parameter values and the distance.",
            ["evaluation"],
            [
                new("evaluation", "integer", None, "Index of the evaluation (0-based)."),
                new("distance", "number", Dimensionless, "Weighted sum of squared relative errors of the moments."),
            ], Parameter),
    };

    private static readonly Dictionary<string, string> ParquetTables = new(StringComparer.Ordinal)
    {
        [ResultWriter.MetricsParquetFile] = ResultWriter.MetricsFile,
        ["sweep.parquet"] = "sweep.csv",
    };

    private static Col[] HeadlineColumns() =>
    [
        new("indicator", "string", None, "The indicator in words, as the console and the report name it."),
        Metric, Region, Destination, Sector,
        new("from_year", "integer", "year", "First year of the window."),
        new("until_year", "integer", "year", "Last year of the window (stocks are at its end)."),
        new("unit", "string", None, "The unit of mean and its interval."),
        N,
        new("mean", "number", "the row's unit", "Mean across replications."),
        new("ci95_low", "number", "the row's unit", "Lower bound of the 95% confidence interval of the mean; empty with one replication."),
        new("ci95_high", "number", "the row's unit", "Upper bound of the 95% confidence interval of the mean; empty with one replication."),
        new("share_parametric", "number", Dimensionless, "With parameter uncertainty: the share of the variance due to the parameters; empty without."),
    ];

    private static Col[] ComparisonColumns(bool withYear, bool window = false) =>
    [
        new("scenario", "string", None, "The scenario compared with the baseline."),
        .. window ? new[] { new Col("from_year", "integer", "year", "First year of the window."), new Col("until_year", "integer", "year", "Last year of the window (stocks are at its end; a window of opportunity closing later counts as not closed).") } : [],
        Metric, .. withYear ? new[] { Year } : [], Region, Destination, Sector, Aggregate,
        new("n", "integer", "replications", "Replication pairs with a value in both."),
        Stat("baseline_mean", "Mean in the baseline."),
        Stat("scenario_mean", "Mean in the scenario."),
        Stat("difference", "Mean paired difference, scenario minus baseline."),
        Stat("ci95_low", "Lower bound of the 95% confidence interval of the difference (paired t)."),
        Stat("ci95_high", "Upper bound of the 95% confidence interval of the difference (paired t)."),
        new("relative_change", "number", Dimensionless, "difference / |baseline_mean|; empty where undefined: a baseline mean of 0, and metrics whose relative change means nothing (signed differences jobs.net, talent.net_migration, window.gap; the year window.closing_year)."),
        .. SpreadColumns("the paired differences (scenario minus baseline)"),
        Seed, Version,
    ];

    /// <summary>The package of a run's folder (metrics, summary).</summary>
    public static Task WriteRunAsync(string folder, RunResult run, DateTimeOffset started) =>
        WriteAsync(folder, new PackageProvenance("run", run.Scenario, run.Scenario.Replications, started), MetricNames(run.Yearly));

    /// <summary>The names of the metrics in <paramref name="yearly"/>.</summary>
    public static IEnumerable<string> MetricNames(YearlyValues yearly) => yearly.Values.Keys.Select(k => MetricCatalogue.Get(k.Metric).Name);

    /// <summary>Writes datapackage.json into <paramref name="folder"/>, describing every CSV and Parquet file under it
    /// (files and folders starting with '.' left out) and the metrics named in <paramref name="metrics"/>.</summary>
    public static async Task WriteAsync(string folder, PackageProvenance provenance, IEnumerable<string> metrics)
    {
        var resources = new JsonArray();
        foreach (var (path, rel) in DataFiles(folder))
            resources.Add(path.EndsWith(".csv", StringComparison.Ordinal) ? CsvResource(path, rel) : await ParquetResource(path, rel));

        var finished = DateTimeOffset.UtcNow;
        var s = provenance.Scenario;
        var package = new JsonObject
        {
            ["profile"] = "data-package",
            ["name"] = Name($"nordicsim-{provenance.Command}-{s.Name}"),
            ["title"] = $"nordicsim {provenance.Command}: {s.Name}",
            ["description"] = $"Results of nordicsim {provenance.Command} ({s.Name}). Missing values are empty fields in CSV and NULL in Parquet. " +
                "Every field has a unit (a nordicsim extension of Table Schema): a unit in words, \"1\" for a dimensionless number, \"none\" for a " +
                "label or identifier, or, where it depends on the row's metric, a reference to the metrics list of this package. " +
                "Region, destination and sector are columns, never part of a metric's name; destination (talent.flow only) is part of the " +
                "metric files' primary keys and empty for every other metric. The boolean aggregate column marks rows that total others.",
            ["created"] = Iso(finished),
            ["provenance"] = new JsonObject
            {
                ["program"] = "nordicsim",
                ["program_version"] = ProgramInfo.Version,
                ["command"] = provenance.Command,
                ["command_line"] = new JsonArray(Environment.GetCommandLineArgs().Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
                ["scenario"] = s.Name,
                ["content_hash"] = s.ContentHash,
                ["seed"] = s.Seed,
                ["replications"] = provenance.Replications,
                ["parameter_overrides"] = Overrides(s),
                ["parameter_uncertainty"] = s.Uncertainty is { } u ? new JsonObject { ["ensemble"] = u.Source, ["sha256"] = u.Sha256, ["members"] = u.Members } : null,
                ["scenarios"] = new JsonArray((provenance.Scenarios ?? [(s.Name, s)]).Select(x => (JsonNode?)new JsonObject
                {
                    ["name"] = x.Name,
                    ["content_hash"] = x.Scenario.ContentHash,
                    ["parameter_overrides"] = Overrides(x.Scenario),
                }).ToArray()),
                ["started_utc"] = Iso(provenance.Started),
                ["finished_utc"] = Iso(finished),
            },
            ["metrics"] = new JsonArray(metrics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(m => MetricCatalogue.TryGetNamed(m, out var d) ? d : throw new InvalidOperationException($"datapackage: unknown metric '{m}'"))
                .Select(d => (JsonNode?)new JsonObject
                {
                    ["name"] = d.Name,
                    ["unit"] = d.Unit,
                    ["kind"] = d.Kind.ToString().ToLowerInvariant(),
                    ["breakdown"] = d.Breakdown,
                    ["aggregate"] = d.Total.ToString().ToLowerInvariant(),
                    ["description"] = d.Description,
                }).ToArray()),
            ["resources"] = resources,
        };
        if (provenance.Experiment is not null)
            package["provenance"]!.AsObject().Insert(10, "experiment", JsonSerializer.SerializeToNode(provenance.Experiment));
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        await System.IO.File.WriteAllTextAsync(Path.Combine(folder, File), package.ToJsonString(options) + "\n", new UTF8Encoding(false));
    }

    /// <summary>Adds to (or replaces in) the folder's datapackage.json the resource of one CSV file written after the
    /// package (report --from/--until writes a window's table into a finished folder), so the package keeps describing
    /// every data file. Does nothing when the folder has no package.</summary>
    public static async Task AddResourceAsync(string folder, string relativePath)
    {
        string packagePath = Path.Combine(folder, File);
        if (!System.IO.File.Exists(packagePath)) return;
        var package = JsonNode.Parse(await System.IO.File.ReadAllTextAsync(packagePath))!.AsObject();
        var resources = package["resources"]!.AsArray();
        string rel = relativePath.Replace('\\', '/');
        foreach (var old in resources.Where(r => (string?)r?["path"] == rel).ToList()) resources.Remove(old);
        resources.Add(CsvResource(Path.Combine(folder, relativePath), rel));
        // In the order WriteAsync lists the files (a folder's own files, then its subfolders).
        var order = DataFiles(folder).Select((f, i) => (f.Rel, i)).ToDictionary(x => x.Rel, x => x.i, StringComparer.Ordinal);
        var sorted = resources.Select(r => r!.DeepClone()).OrderBy(r => order.GetValueOrDefault((string?)r["path"] ?? "", int.MaxValue)).ToList();
        resources.Clear();
        foreach (var r in sorted) resources.Add(r);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        await System.IO.File.WriteAllTextAsync(packagePath, package.ToJsonString(options) + "\n", new UTF8Encoding(false));
    }

    private static JsonObject Overrides(ScenarioDefinition s)
    {
        var o = new JsonObject();
        foreach (var kv in s.Parameters.Overrides().OrderBy(kv => kv.Key, StringComparer.Ordinal)) o[kv.Key] = kv.Value;
        return o;
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A package or resource name: lowercase, only a-z, 0-9, '.', '_' and '-'.</summary>
    public static string Name(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant()) sb.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_' or '-' ? c : '-');
        return sb.ToString();
    }

    private static IEnumerable<(string Path, string Rel)> DataFiles(string folder)
    {
        var files = new List<(string, string)>();
        void Walk(string dir, string rel)
        {
            foreach (var f in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(f);
                if (!name.StartsWith('.') && (name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".parquet", StringComparison.Ordinal)))
                    files.Add((f, rel + name));
            }
            foreach (var d in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
                if (!Path.GetFileName(d).StartsWith('.')) Walk(d, rel + Path.GetFileName(d) + "/");
        }
        Walk(folder, "");
        return files;
    }

    private static Table TableOf(string fileName) =>
        Tables.GetValueOrDefault(ParquetTables.GetValueOrDefault(fileName, fileName))
        ?? throw new InvalidOperationException($"datapackage: no table declared for {fileName}");

    private static JsonObject Field(Table table, string file, string name, string? type = null)
    {
        var col = table.Columns.FirstOrDefault(c => c.Name == name) ?? table.Other?.Invoke(name)
            ?? throw new InvalidOperationException($"datapackage: column '{name}' of {file} is not declared");
        return new JsonObject
        {
            ["name"] = name,
            ["type"] = type ?? col.Type,
            ["description"] = col.Description,
            ["unit"] = col.Unit,
        };
    }

    private static JsonArray Names(IEnumerable<string> names) => new(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());

    private static JsonObject CsvResource(string path, string rel)
    {
        string file = Path.GetFileName(path);
        var table = TableOf(file);
        string header;
        using (var reader = new StreamReader(path, Encoding.UTF8)) header = reader.ReadLine() ?? "";
        var names = CsvOut.ReadText(header).FirstOrDefault().Fields ?? [];
        return new JsonObject
        {
            ["name"] = Name(rel),
            ["path"] = rel,
            ["profile"] = "tabular-data-resource",
            ["description"] = table.Description,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["bytes"] = new FileInfo(path).Length,
            ["dialect"] = new JsonObject
            {
                ["delimiter"] = ",",
                ["lineTerminator"] = "\n",
                ["quoteChar"] = "\"",
                ["doubleQuote"] = true,
                ["header"] = true,
            },
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(names.Select(n => (JsonNode?)Field(table, rel, n)).ToArray()),
                ["missingValues"] = new JsonArray(""),
                ["primaryKey"] = Names(table.PrimaryKey),
            },
        };
    }

    private static async Task<JsonObject> ParquetResource(string path, string rel)
    {
        var table = TableOf(Path.GetFileName(path));
        await using var stream = System.IO.File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields().Select(f => (JsonNode?)Field(table, rel, f.Name, f.ClrType switch
        {
            var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => "integer",
            var t when t == typeof(double) || t == typeof(float) || t == typeof(decimal) => "number",
            var t when t == typeof(bool) => "boolean",
            _ => "string",
        })).ToArray();
        return new JsonObject
        {
            ["name"] = Name(rel),
            ["path"] = rel,
            ["profile"] = "data-resource",
            ["description"] = table.Description + " Parquet; missing values are NULL.",
            ["format"] = "parquet",
            ["mediatype"] = "application/vnd.apache.parquet",
            ["bytes"] = new FileInfo(path).Length,
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(fields),
                ["primaryKey"] = Names(table.PrimaryKey),
            },
        };
    }
}
