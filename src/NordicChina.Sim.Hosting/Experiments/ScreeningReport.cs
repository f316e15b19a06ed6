namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>What a screening found, as written to the CSV files and docs/sensitivity.md.</summary>
/// <param name="Scenario">The screened scenario (headline outputs).</param>
/// <param name="TargetsName">The targets file's name, or null without --targets.</param>
/// <param name="TargetScenario">The scenario the target moments were simulated on, or null.</param>
/// <param name="Replications">Replications per design point and scenario.</param>
/// <param name="Trajectories">Morris trajectories r of each stage.</param>
/// <param name="Levels">Grid levels p.</param>
/// <param name="Coupled">Whether a family's members share one level and direction.</param>
/// <param name="Threshold">Share of the largest family μ* an output's μ* must reach to matter.</param>
/// <param name="Outputs">The outputs screened.</param>
/// <param name="Reference">Per output: the largest family μ* in stage 1 (the scale of <see cref="ScreeningFactor.Scaled"/>).</param>
/// <param name="OutputSd">Per output: its standard deviation over the stage-1 design points.</param>
/// <param name="Families">Stage 1: every family and the seed factor, ranked by score.</param>
/// <param name="Parameters">Every parameter of the families that matter, ranked by score (stage 2; families of one from stage 1).</param>
/// <param name="Stage1Points">Design points of stage 1, r(g + 2) with the seed factor.</param>
/// <param name="Stage2Points">Design points of stage 2 (0 when no family of several parameters matters).</param>
/// <param name="Simulations">Replications simulated in all (points × scenarios × replications).</param>
/// <param name="WallSeconds">Wall time of the simulations and analysis.</param>
/// <param name="Cores">Cores of this machine.</param>
/// <param name="Excluded">Catalogue parameters not screened, with the reason.</param>
public sealed record ScreeningReport(
    Model.Scenarios.ScenarioDefinition Scenario,
    string? TargetsName,
    Model.Scenarios.ScenarioDefinition? TargetScenario,
    int Replications,
    int Trajectories,
    int Levels,
    bool Coupled,
    double Threshold,
    IReadOnlyList<ScreeningOutput> Outputs,
    IReadOnlyList<double> Reference,
    IReadOnlyList<double> OutputSd,
    IReadOnlyList<ScreeningFactor> Families,
    IReadOnlyList<ScreeningFactor> Parameters,
    int Stage1Points,
    int Stage2Points,
    long Simulations,
    double WallSeconds,
    int Cores,
    IReadOnlyList<(string Name, string Reason)> Excluded)
{
    /// <summary>The command line that reproduces the screening, as the caller gave it (without --doc, --out and --quiet), or null.</summary>
    public string? Invocation { get; init; }

    /// <summary>The seed factor of stage 1 (Monte Carlo noise).</summary>
    public ScreeningFactor Noise => Families.First(f => f.IsNoise);
}
