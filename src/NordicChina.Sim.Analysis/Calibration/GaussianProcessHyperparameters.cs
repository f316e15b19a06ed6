namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// Hyperparameters of a <see cref="GaussianProcessEmulator"/>. The covariance of outputs at inputs x and x′ is
/// σ²·r(x, x′) + (τ² + s²<sub>i</sub>)·[x = x′ is the same training run i], with the squared-exponential correlation
/// r(x, x′) = exp(−Σ<sub>j</sub> ((x̃<sub>j</sub> − x̃′<sub>j</sub>)/θ<sub>j</sub>)²) on inputs scaled to [−1, 1].
/// </summary>
/// <param name="LengthScales">θ<sub>j</sub> &gt; 0, one per input, in scaled units (the box is 2 wide).</param>
/// <param name="SignalVariance">σ² &gt; 0, in squared output units.</param>
/// <param name="Nugget">τ² ≥ 0, the simulator-noise variance not covered by the known per-run noise, in squared
/// output units.</param>
public sealed record GaussianProcessHyperparameters(IReadOnlyList<double> LengthScales, double SignalVariance, double Nugget);
