namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>How <see cref="GaussianProcessEmulator.Fit"/> chooses the mean function and the hyperparameters.</summary>
/// <remarks>
/// Hyperparameters maximise the restricted (REML) log likelihood, with the output standardised (so bounds are
/// relative to its sample variance) and inputs scaled to [−1, 1]. The search is <see cref="BoundedNelderMead"/> on
/// log θ<sub>j</sub>, log σ², log τ² inside the bounds below, from a fixed grid of starts (every θ equal to each of
/// <see cref="StartLengthScales"/>, σ² = 1, τ² equal to each of <see cref="StartNuggets"/>); the best end point
/// wins. Nothing random is involved.
/// </remarks>
public sealed record EmulatorOptions
{
    /// <summary>The regression part; <see cref="EmulatorMeanFunction.Automatic"/> by default.</summary>
    public EmulatorMeanFunction MeanFunction { get; init; } = EmulatorMeanFunction.Automatic;

    /// <summary>Bounds on every θ<sub>j</sub> (scaled units, the box is 2 wide); default [0.05, 20].</summary>
    public (double Low, double High) LengthScaleBounds { get; init; } = (0.05, 20);

    /// <summary>Bounds on σ² relative to the output's sample variance; default [10⁻⁶, 10].</summary>
    public (double Low, double High) SignalVarianceBounds { get; init; } = (1e-6, 10);

    /// <summary>Bounds on τ² relative to the output's sample variance; default [10⁻⁸, 1]. The lower bound also
    /// keeps the covariance matrix well conditioned for a deterministic simulator.</summary>
    public (double Low, double High) NuggetBounds { get; init; } = (1e-8, 1);

    /// <summary>Starting values for all θ<sub>j</sub>; default {0.5, 2}.</summary>
    public IReadOnlyList<double> StartLengthScales { get; init; } = [0.5, 2];

    /// <summary>Starting values for τ² relative to the output variance; default {10⁻⁴, 10⁻¹}.</summary>
    public IReadOnlyList<double> StartNuggets { get; init; } = [1e-4, 1e-1];

    /// <summary>Relative tolerance of the Nelder–Mead search on the likelihood (one restart from the best point
    /// follows each converged run); default 10⁻⁶.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Nelder–Mead iteration budget per start; default 1500.</summary>
    public int MaxIterationsPerStart { get; init; } = 1500;
}
