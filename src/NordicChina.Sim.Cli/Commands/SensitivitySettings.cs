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
    [Description("Comma-separated factors, each name[[=low:high]]: a parameter (over its plausible range by default) or a policy lever's intensity, lever.<name>.intensity or lever.<name>.<from>-<to>.intensity (over 0 to the lever's maximum by default).")]
    public string? Params { get; init; }

    [CommandOption("--all")]
    [Description("Vary every parameter with a plausible range.")]
    public bool All { get; init; }

    [CommandOption("--outputs <LIST>")]
    [Description("Comma-separated outputs metric[[@region[[/sector]]]] (default: fdi.total.value, rdcentres.opened@GSR, talent.net_migration@GSR, window.closing_year@all/heavy).")]
    public string? Outputs { get; init; }

    [CommandOption("--screening")]
    [Description("Screen every catalogue parameter: group Morris over the parameter families, then Morris over the parameters of the families that matter; writes screening-*.csv and sensitivity.md. Runs in this process on the direct engine; --replications defaults to 2.")]
    public bool Screening { get; init; }

    [CommandOption("--trajectories <N>")]
    [Description("--screening: Morris trajectories of each stage (default 20).")]
    public int? Trajectories { get; init; }

    [CommandOption("--targets <FILE>")]
    [Description("--screening: also screen the target moments of this targets file (YAML), simulated on its scenario.")]
    public string? Targets { get; init; }

    [CommandOption("--threshold <SHARE>")]
    [Description("--screening: share of the strongest family's mu* (per output) a factor must reach to matter (default 0.1).")]
    public double? Threshold { get; init; }

    [CommandOption("--coupled-families")]
    [Description("--screening: the members of a family share one level and direction (default: each its own, as Campolongo et al. 2007).")]
    public bool CoupledFamilies { get; init; }

    [CommandOption("--doc <FILE>")]
    [Description("--screening: also write the results into this Markdown file between its generated-part markers (created if missing), e.g. docs/sensitivity.md.")]
    public string? Doc { get; init; }

    [CommandOption("--resume")]
    [Description("Continue an interrupted analysis with the same options.")]
    public bool Resume { get; init; }

    public override ValidationResult Validate() =>
        Screening ? ValidateScreening()
        : Trajectories is not null || Targets is not null || Threshold is not null || CoupledFamilies || Doc is not null
            ? ValidationResult.Error("--trajectories, --targets, --threshold, --coupled-families and --doc go with --screening")
        : Method is not ("morris" or "sobol") ? ValidationResult.Error("--method must be morris or sobol")
        : Params is not null && All ? ValidationResult.Error("give --params or --all, not both")
        : Params is null && !All ? ValidationResult.Error("give --params a,b,c or --all")
        : Samples is < 2 ? ValidationResult.Error("--samples must be 2 or more")
        : base.Validate();

    private ValidationResult ValidateScreening() =>
        Method != "morris" ? ValidationResult.Error("--screening is Morris screening; leave out --method")
        : Params is not null || All ? ValidationResult.Error("--screening screens every parameter; leave out --params and --all")
        : Samples is not null ? ValidationResult.Error("--screening takes --trajectories, not --samples")
        : Outputs is not null ? ValidationResult.Error("--screening screens the headline outputs (and --targets moments); leave out --outputs")
        : Cluster is not null || Silos != 1 ? ValidationResult.Error("--screening runs in this process on the direct engine; leave out --cluster and --silos")
        : Trajectories is < 2 ? ValidationResult.Error("--trajectories must be 2 or more")
        : Threshold is { } t && !(t > 0 && t <= 1) ? ValidationResult.Error("--threshold must be above 0 and at most 1")
        : base.Validate();
}
