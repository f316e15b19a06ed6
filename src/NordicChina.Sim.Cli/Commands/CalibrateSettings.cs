using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class CalibrateSettings : ExperimentSettings
{
    [CommandArgument(0, "<file>")]
    [Description("A calibration spec (YAML with 'targets:', e.g. scenarios/calibration/calibration.yaml): history matching, an ensemble. " +
                 "Or, with --targets, a scenario file to fit to one targets file by Nelder-Mead (a point, no uncertainty).")]
    public string Scenario { get; init; } = "";

    [CommandOption("--targets <FILE>")]
    [Description("Point fit: the targets file (YAML) whose parameters and moments the scenario is fitted to.")]
    public string Targets { get; init; } = "";

    [CommandOption("--twins <N>")]
    [Description("History matching: also run N twin experiments (data simulated from known parameters drawn from the ensemble), default 0")]
    public int Twins { get; init; }

    [CommandOption("--ensemble <FILE>")]
    [Description("History matching, with --twins: run only the twin experiments, on this ensemble (the ensemble.csv a calibration of the same spec wrote), " +
                 "without calibrating again; writes twins.csv and twins.json")]
    public string? Ensemble { get; init; }

    [CommandOption("--fit-years <FIRST-LAST>")]
    [Description("History matching: fit only the moments inside these years (e.g. 2014-2018) and predict the rest out of sample; default the spec's fit_years")]
    public string? FitYears { get; init; }

    public override ValidationResult Validate() =>
        Twins is < 0 or > 100 ? ValidationResult.Error("--twins must be between 0 and 100")
        : Ensemble is not null && Twins == 0 ? ValidationResult.Error("--ensemble runs only the twin experiments: give --twins N as well")
        : FitYears is not null && !TryYears(FitYears, out _, out _) ? ValidationResult.Error($"--fit-years: expected FIRST-LAST, e.g. 2014-2018, got '{FitYears}'")
        : base.Validate();

    public static bool TryYears(string text, out int first, out int last)
    {
        first = last = 0;
        var parts = text.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], out first) && int.TryParse(parts[1], out last) && first <= last && first >= 1900 && last <= 2200;
    }
}
