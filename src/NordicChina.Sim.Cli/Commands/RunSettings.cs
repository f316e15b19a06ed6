using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class RunSettings : ParameterUncertaintySettings
{
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML), e.g. scenarios/baseline.yaml.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--seed <N>")]
    [Description("Overrides the scenario's seed.")]
    public long? Seed { get; init; }

    [CommandOption("--run-id <ID>")]
    [Description("With --cluster: the id its checkpoints are kept under, for 'nordicsim resume <ID>' (default: made from the scenario name and the time).")]
    public string? RunId { get; init; }

    [CommandOption("--otel <EXPORTER>")]
    [Description("Also export the run's metrics through OpenTelemetry: 'console'.")]
    public string? Otel { get; init; }

    [CommandOption("--output-level <LEVEL>")]
    [Description("full (default): every run's per-tick metrics.csv and metrics.parquet too; summary: only the summaries (summary.csv, headlines, window.csv, comparisons), a few hundred kB instead of tens of MB per run.")]
    [DefaultValue("full")]
    public string OutputLevel { get; init; } = "full";

    /// <summary>Whether the per-tick metrics files are written (--output-level full).</summary>
    public bool WriteMetrics => OutputLevel == "full";

    [CommandOption("--from <YEAR>")]
    [Description("First year of the window that totals cover (default: the first simulated year).")]
    public int? From { get; init; }

    [CommandOption("--until <YEAR>")]
    [Description("Last year of the window: flows are summed up to the end of this year, stocks taken at its end (default: the last simulated year).")]
    public int? Until { get; init; }

    public override ValidationResult Validate()
    {
        if (Seed is < 0) return ValidationResult.Error("--seed must be 0 or more");
        if (OutputLevel is not ("full" or "summary")) return ValidationResult.Error("--output-level takes full or summary");
        var shared = base.Validate();
        if (!shared.Successful) return shared;
        if (RunId is not null && Cluster is null) return ValidationResult.Error("--run-id needs --cluster (checkpoints are kept in the cluster's store)");
        if (RunId is not null && !System.Text.RegularExpressions.Regex.IsMatch(RunId, "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")) return ValidationResult.Error("--run-id: letters, digits, '.', '_' and '-' only (at most 100)");
        if (Cluster is not null && Otel is not null) return ValidationResult.Error("--otel is for the embedded cluster; a real cluster's silos export by Telemetry:Exporter in their configuration");
        if (Otel is not null && Otel != "console") return ValidationResult.Error("--otel takes 'console'");
        return ValidationResult.Success();
    }
}
