using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class ResumeSettings : CommandSettings
{
    [CommandArgument(0, "<run-id>")]
    [Description("The run id printed when the run started (also in run.json as run_id).")]
    public string RunId { get; init; } = "";

    [CommandOption("--cluster <CONFIG>")]
    [Description("The cluster configuration (JSON file; NORDICSIM_* variables override it). Required: checkpoints live in the cluster's store.")]
    public string? Cluster { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Output folder (default: the one the run was started with).")]
    public string? Out { get; init; }

    [CommandOption("--quiet")]
    [Description("No progress bar (for scripts).")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate() =>
        Cluster is null ? ValidationResult.Error("resume needs --cluster <config>: checkpoints are kept in the cluster's store")
        : ValidationResult.Success();
}
