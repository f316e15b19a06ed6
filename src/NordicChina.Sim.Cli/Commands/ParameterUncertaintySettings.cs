using System.ComponentModel;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>The commands that can sample the parameters from an ensemble (run, compare, sweep): --parameter-uncertainty.</summary>
public abstract class ParameterUncertaintySettings : ReplicatedSettings
{
    [CommandOption("--parameter-uncertainty [PATH]")]
    [Description("Sample the parameters from an ensemble (CSV: member,<parameter>,...; default: the calibration ensemble shipped with nordicsim). " +
        "Replications 2k and 2k+1 share member m_k, drawn from the seed and k; parameters the scenario sets itself keep its values. " +
        "Adds sd_stochastic, sd_parametric and share_parametric to the results. Off by default.")]
    public FlagValue<string>? ParameterUncertainty { get; init; }
}
