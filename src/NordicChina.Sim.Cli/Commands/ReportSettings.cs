using System.ComponentModel;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class ReportSettings : CommandSettings
{
    [CommandArgument(0, "<results>")]
    [Description("A results folder written by run, compare, sweep, sensitivity or calibrate.")]
    public string Results { get; init; } = "";

    [CommandOption("--figures <DIR>")]
    [Description("Also writes every chart of the report as a PNG into DIR, named after its title (docs/figures are made so).")]
    public string? Figures { get; init; }

    [CommandOption("--group <GROUP>")]
    [Description("With --from/--until on a comparison: adds the rows of a region group (repeatable): nordics, sweden, europe, or codes joined by '+'.")]
    public string[] Groups { get; init; } = [];

    [CommandOption("--from <YEAR>")]
    [Description("First year of the window that totals cover (default: the first simulated year).")]
    public int? From { get; init; }

    [CommandOption("--until <YEAR>")]
    [Description("Last year of the window: flows are summed up to the end of this year, stocks taken at its end (default: the last simulated year).")]
    public int? Until { get; init; }

}
