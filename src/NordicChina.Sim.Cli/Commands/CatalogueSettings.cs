using System.ComponentModel;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class CatalogueSettings : CommandSettings
{
    [CommandOption("--docs <DIR>")]
    [Description("Folder to write parameters.md and metrics.md into (default: docs).")]
    [DefaultValue("docs")]
    public string Docs { get; init; } = "docs";
}
