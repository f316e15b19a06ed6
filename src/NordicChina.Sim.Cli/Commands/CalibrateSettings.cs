using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class CalibrateSettings : CommandSettings
{
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML) to calibrate.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--targets <FILE>")]
    [Description("Targets file (YAML): parameters to fit with bounds, and target moments.")]
    public string Targets { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Output folder (default results/<scenario>-calibration).")]
    public string? Out { get; init; }

    [CommandOption("--silos <N>")]
    [DefaultValue(1)]
    [Description("Silos of the embedded cluster (default 1).")]
    public int Silos { get; init; } = 1;

    [CommandOption("--cluster <CONFIG>")]
    [Description("Run on a real Orleans cluster as a client, configured by this JSON file (and NORDICSIM_* variables), instead of an embedded silo.")]
    public string? Cluster { get; init; }

    [CommandOption("--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrEmpty(Targets) ? ValidationResult.Error("--targets <FILE> is required")
        : Silos is < 1 or > 16 ? ValidationResult.Error("--silos must be between 1 and 16")
        : ValidationResult.Success();
}
