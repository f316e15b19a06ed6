namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>Result of <see cref="MorrisAnalysis.Analyze"/>.</summary>
/// <param name="Parameters">Measures per parameter, in the design's parameter order.</param>
/// <param name="Trajectories">Number of trajectories r in the design.</param>
/// <param name="Levels">Number of grid levels p.</param>
/// <param name="Delta">Unit-hypercube step Δ = p / (2(p − 1)).</param>
/// <param name="BootstrapSamples">Number of bootstrap resamples behind the μ* intervals.</param>
/// <param name="BootstrapSeed">Seed of the bootstrap resampling.</param>
public sealed record MorrisResult(
    IReadOnlyList<MorrisIndices> Parameters,
    int Trajectories,
    int Levels,
    double Delta,
    int BootstrapSamples,
    ulong BootstrapSeed)
{
    /// <summary>The measures of the parameter called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public MorrisIndices this[string name] =>
        Parameters.FirstOrDefault(p => p.Name == name)
        ?? throw new KeyNotFoundException($"No parameter named '{name}'.");

    /// <summary>Parameters ordered by decreasing μ* (most influential first).</summary>
    public IReadOnlyList<MorrisIndices> RankedByMuStar() =>
        Parameters.OrderByDescending(p => p.MuStar).ToArray();
}
