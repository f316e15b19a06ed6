using System.ComponentModel;
using NordicChina.Sim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>The shared options of the commands that run a scenario's replications (run, compare, sweep, sensitivity):
/// <see cref="ExperimentSettings"/> and --replications, with its one range check.</summary>
public abstract class ReplicatedSettings : ExperimentSettings
{
    [CommandOption("--replications <N>")]
    [Description("Replications of each scenario or design point (default: the scenario's). Runs that are compared share their random numbers.")]
    public int? Replications { get; init; }

    /// <summary>The fewest replications the command accepts (a comparison needs two for a confidence interval).</summary>
    protected virtual int MinReplications => 1;

    public override ValidationResult Validate() =>
        Replications is { } n && (n < MinReplications || n > ScenarioLoader.MaxReplications)
            ? ValidationResult.Error($"--replications must be between {MinReplications} and {ScenarioLoader.MaxReplications}"
                + (MinReplications > 1 ? " (a confidence interval needs two)" : ""))
            : base.Validate();
}
