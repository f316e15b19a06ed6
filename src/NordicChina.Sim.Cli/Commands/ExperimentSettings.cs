using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>
/// The options every experiment command (run, compare, sweep, sensitivity, calibrate) shares: where it runs
/// (--silos of the embedded cluster, or --cluster), --out and --quiet, with their one range check. A command adds
/// its own options and extends <see cref="Validate"/>, calling <c>base.Validate()</c> where the shared check comes
/// in its order. Commands that run replications add --replications through <see cref="ReplicatedSettings"/>.
/// </summary>
public abstract class ExperimentSettings : CommandSettings
{
    /// <summary>The most silos an embedded cluster may have.</summary>
    public const int MaxSilos = 16;

    [CommandOption("--silos <N>")]
    [Description("Silos of the embedded cluster (default 1).")]
    [DefaultValue(1)]
    public int Silos { get; init; } = 1;

    [CommandOption("--cluster <CONFIG>")]
    [Description("Run on a real Orleans cluster as a client, configured by this JSON file (and NORDICSIM_* variables), instead of an embedded silo.")]
    public string? Cluster { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Output folder (default: under results/, named after the scenario and the command). Written in a temporary folder and moved into place only when the command succeeds.")]
    public string? Out { get; init; }

    [CommandOption("--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate() => CheckSilos(Silos);

    /// <summary>The range check of --silos, also for commands that take only --silos (bench).</summary>
    public static ValidationResult CheckSilos(int silos) =>
        silos is < 1 or > MaxSilos ? ValidationResult.Error($"--silos must be between 1 and {MaxSilos}") : ValidationResult.Success();
}
