using System.ComponentModel;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class ValidateSettings : CommandSettings
{
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML).")]
    public string Scenario { get; init; } = "";
}
