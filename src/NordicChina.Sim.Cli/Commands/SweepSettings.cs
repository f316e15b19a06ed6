using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class SweepSettings : ParameterUncertaintySettings
{
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML).")]
    public string Scenario { get; init; } = "";

    [CommandOption("--group <GROUP>")]
    [Description("Adds the rows of a region group to sweep.csv (repeatable): nordics, sweden, europe, or codes joined by '+'.")]
    public string[] Groups { get; init; } = [];

    [CommandOption("--vary <SPEC>")]
    [Description("A parameter and its grid, name=from:to:step. Repeat for a multi-parameter grid.")]
    public string[] Vary { get; init; } = [];

    [CommandOption("--resume")]
    [Description("Continue an interrupted sweep with the same options, running only the missing points.")]
    public bool Resume { get; init; }
}
