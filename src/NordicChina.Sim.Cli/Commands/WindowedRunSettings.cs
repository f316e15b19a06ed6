using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>Options of the commands that run scenarios and write their results (<c>run</c>, <c>compare</c>): how much
/// to write (--output-level) and the window of years the totals cover (--from/--until).</summary>
public abstract class WindowedRunSettings : ParameterUncertaintySettings
{
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

    public override ValidationResult Validate() =>
        OutputLevel is not ("full" or "summary") ? ValidationResult.Error("--output-level takes full or summary") : base.Validate();
}
