using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class CompareSettings : WindowedRunSettings
{
    [CommandArgument(0, "<baseline>")]
    [Description("The baseline scenario (YAML).")]
    public string Baseline { get; init; } = "";

    [CommandArgument(1, "<scenarios>")]
    [Description("One or more scenarios to compare with the baseline.")]
    public string[] Scenarios { get; init; } = [];

    [CommandOption("--no-report")]
    [Description("Do not write report.html.")]
    public bool NoReport { get; init; }

    [CommandOption("--group <GROUP>")]
    [Description("Adds the rows of a region group to the outputs (repeatable): nordics (GSR, WSE, FIN, DNK, NOR), sweden (GSR, WSE), europe (the eight European hosts), or codes joined by '+', e.g. GSR+WSE.")]
    public string[] Groups { get; init; } = [];

    protected override int MinReplications => 2;

    public override ValidationResult Validate() =>
        Scenarios.Length == 0 ? ValidationResult.Error("give at least one scenario to compare with the baseline")
        : base.Validate();
}
