using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class CompareSettings : ExperimentSettings
{
    [CommandArgument(0, "<baseline>")]
    [Description("The baseline scenario (YAML).")]
    public string Baseline { get; init; } = "";

    [CommandArgument(1, "<scenarios>")]
    [Description("One or more scenarios to compare with the baseline.")]
    public string[] Scenarios { get; init; } = [];

    [CommandOption("--replications <N>")]
    [Description("Replications of every scenario (default: the baseline's); all share the baseline's seed.")]
    public int? Replications { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Output folder (default results/compare-<baseline>).")]
    public string? Out { get; init; }

    [CommandOption("--no-report")]
    [Description("Do not write report.html.")]
    public bool NoReport { get; init; }

    public override ValidationResult Validate() =>
        Scenarios.Length == 0 ? ValidationResult.Error("give at least one scenario to compare with the baseline")
        : Replications is < 2 ? ValidationResult.Error("--replications must be 2 or more for a confidence interval")
        : base.Validate();
}
