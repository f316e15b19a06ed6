using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class CompareSettings : CommandSettings
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

    [CommandOption("--silos <N>")]
    [Description("Silos of the embedded cluster (default 1).")]
    [DefaultValue(1)]
    public int Silos { get; init; } = 1;

    [CommandOption("--cluster <CONFIG>")]
    [Description("Run on a real Orleans cluster as a client, configured by this JSON file (and NORDICSIM_* variables), instead of an embedded silo.")]
    public string? Cluster { get; init; }

    [CommandOption("--no-report")]
    [Description("Do not write report.html.")]
    public bool NoReport { get; init; }

    [CommandOption("--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate() =>
        Scenarios.Length == 0 ? ValidationResult.Error("give at least one scenario to compare with the baseline")
        : Replications is < 2 ? ValidationResult.Error("--replications must be 2 or more for a confidence interval")
        : Silos is < 1 or > 16 ? ValidationResult.Error("--silos must be between 1 and 16")
        : ValidationResult.Success();
}
