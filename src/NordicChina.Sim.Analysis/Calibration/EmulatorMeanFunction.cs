namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>The regression (prior mean) part of a <see cref="GaussianProcessEmulator"/>.</summary>
public enum EmulatorMeanFunction
{
    /// <summary>An unknown constant: h(x) = (1).</summary>
    Constant,

    /// <summary>Linear in the inputs scaled to [−1, 1]: h(x) = (1, x̃<sub>1</sub>, …, x̃<sub>d</sub>).</summary>
    Linear,

    /// <summary>
    /// <see cref="Linear"/> when there are at least 2(d + 1) training points, otherwise <see cref="Constant"/>.
    /// </summary>
    Automatic,
}
