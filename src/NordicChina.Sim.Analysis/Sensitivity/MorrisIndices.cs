using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// Morris screening measures of one parameter. Elementary effects are expressed per full range of the parameter:
/// EE = Δy / Δu with Δu = ±Δ the move on the unit hypercube, so for y = b·x on [low, high] every
/// EE equals b·(high − low). Divide by (high − low) for effects per unit of the parameter itself.
/// </summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Mu">μ = mean of the elementary effects (Morris 1991); signed, so opposite effects can cancel.</param>
/// <param name="MuStar">μ* = mean of |EE| (Campolongo, Cariboni &amp; Saltelli 2007), the ranking measure of overall influence.</param>
/// <param name="Sigma">σ = sample standard deviation of the EE (divisor n − 1; Morris 1991): non-linearity and/or interactions.</param>
/// <param name="MuStarInterval">Percentile bootstrap interval of μ*, resampling whole trajectories.</param>
/// <param name="ElementaryEffects">The EE, one per trajectory in trajectory order; NaN where an output was missing.</param>
public sealed record MorrisIndices(
    string Name,
    double Mu,
    double MuStar,
    double Sigma,
    ConfidenceInterval MuStarInterval,
    IReadOnlyList<double> ElementaryEffects)
{
    /// <summary>Number of defined (finite) elementary effects behind the measures.</summary>
    public int Count => ElementaryEffects.Count(double.IsFinite);
}
