using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// One screened factor of <see cref="ScreeningRunner"/>: a parameter family (stage 1) or a parameter (stage 2, or a
/// family of one taken over from stage 1), with its Morris measures on every output and its score.
/// </summary>
/// <param name="Name">The family (stage 1) or parameter name; <see cref="ScreeningRunner.SeedFactor"/> for the noise factor.</param>
/// <param name="Family">The family the factor belongs to (itself for a family).</param>
/// <param name="Stage">1 (families) or 2 (parameters of the families that matter).</param>
/// <param name="Members">The catalogue parameters the factor moves.</param>
/// <param name="Indices">Morris measures per output, in the order of the outputs.</param>
/// <param name="Scaled">μ* per output divided by the largest family μ* on that output in stage 1.</param>
/// <param name="PerSd">μ* per output divided by the output's standard deviation over the stage-1 design.</param>
/// <param name="Score">The largest of <paramref name="Scaled"/> over the outputs.</param>
/// <param name="Important">True when, on at least one output, μ* reaches the threshold share of the largest family μ*
/// and the lower end of its bootstrap 95% interval exceeds the μ* of the seed factor (Monte Carlo noise).</param>
public sealed record ScreeningFactor(
    string Name,
    string Family,
    int Stage,
    IReadOnlyList<string> Members,
    IReadOnlyList<MorrisIndices> Indices,
    IReadOnlyList<double> Scaled,
    IReadOnlyList<double> PerSd,
    double Score,
    bool Important)
{
    /// <summary>True for the seed factor, which measures Monte Carlo noise.</summary>
    public bool IsNoise => Name == ScreeningRunner.SeedFactor;
}
