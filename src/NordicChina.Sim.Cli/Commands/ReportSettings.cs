using System.ComponentModel;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class ReportSettings : CommandSettings
{
    [CommandArgument(0, "<results>")]
    [Description("A results folder written by run, compare, sweep, sensitivity or calibrate.")]
    public string Results { get; init; } = "";
}
