using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class CalibrateSettings : ExperimentSettings
{
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML) to calibrate.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--targets <FILE>")]
    [Description("Targets file (YAML): parameters to fit with bounds, and target moments.")]
    public string Targets { get; init; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrEmpty(Targets) ? ValidationResult.Error("--targets <FILE> is required")
        : base.Validate();
}
