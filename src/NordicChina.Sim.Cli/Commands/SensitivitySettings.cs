using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class SensitivitySettings : ReplicatedSettings
{
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML).")]
    public string Scenario { get; init; } = "";

    [CommandOption("--method <METHOD>")]
    [Description("morris (screening) or sobol (variance-based, Saltelli sampling).")]
    [DefaultValue("morris")]
    public string Method { get; init; } = "morris";

    [CommandOption("--samples <N>")]
    [Description("Morris: trajectories (default 10); Sobol: base samples N, for N(k+2) runs (default 16).")]
    public int? Samples { get; init; }

    [CommandOption("--params <LIST>")]
    [Description("Comma-separated parameters to vary over their plausible ranges.")]
    public string? Params { get; init; }

    [CommandOption("--all")]
    [Description("Vary every parameter with a plausible range.")]
    public bool All { get; init; }

    [CommandOption("--outputs <LIST>")]
    [Description("Comma-separated outputs metric[[@region[[/sector]]]] (default: fdi.total.value, rdcentres.opened@GSR, talent.net_migration@GSR, window.closing_year@all/heavy).")]
    public string? Outputs { get; init; }

    [CommandOption("--resume")]
    [Description("Continue an interrupted analysis with the same options.")]
    public bool Resume { get; init; }

    public override ValidationResult Validate() =>
        Method is not ("morris" or "sobol") ? ValidationResult.Error("--method must be morris or sobol")
        : Params is not null && All ? ValidationResult.Error("give --params or --all, not both")
        : Params is null && !All ? ValidationResult.Error("give --params a,b,c or --all")
        : Samples is < 2 ? ValidationResult.Error("--samples must be 2 or more")
        : base.Validate();
}
