namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>Result of <see cref="SobolAnalysis.Analyze"/>.</summary>
/// <param name="Parameters">Indices per parameter, in the design's parameter order.</param>
/// <param name="Variance">V, the variance of f(A) ∪ f(B) (divisor 2n) used as the denominator.</param>
/// <param name="RowsUsed">Rows n of the design whose k + 2 outputs were all finite.</param>
/// <param name="BaseSamples">N, the rows in the design.</param>
/// <param name="BootstrapSamples">Number of bootstrap resamples behind the intervals.</param>
/// <param name="BootstrapSeed">Seed of the bootstrap resampling.</param>
public sealed record SobolResult(
    IReadOnlyList<SobolIndices> Parameters,
    double Variance,
    int RowsUsed,
    int BaseSamples,
    int BootstrapSamples,
    ulong BootstrapSeed)
{
    /// <summary>The indices of the parameter called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public SobolIndices this[string name] =>
        Parameters.FirstOrDefault(p => p.Name == name)
        ?? throw new KeyNotFoundException($"No parameter named '{name}'.");
}
