using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class CompareSettings : ParameterUncertaintySettings
{
    [CommandArgument(0, "<baseline>")]
    [Description("The baseline scenario (YAML).")]
    public string Baseline { get; init; } = "";

    [CommandArgument(1, "<scenarios>")]
    [Description("One or more scenarios to compare with the baseline.")]
    public string[] Scenarios { get; init; } = [];

    [CommandOption("--no-report")]
    [Description("Do not write report.html.")]
    public bool NoReport { get; init; }

    [CommandOption("--group <GROUP>")]
    [Description("Adds the rows of a region group to the outputs (repeatable): nordics (GSR, WSE, FIN, DNK, NOR), sweden (GSR, WSE), europe (the eight European hosts), or codes joined by '+', e.g. GSR+WSE.")]
    public string[] Groups { get; init; } = [];

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

    protected override int MinReplications => 2;

    public override ValidationResult Validate() =>
        Scenarios.Length == 0 ? ValidationResult.Error("give at least one scenario to compare with the baseline")
        : OutputLevel is not ("full" or "summary") ? ValidationResult.Error("--output-level takes full or summary")
        : base.Validate();
}
