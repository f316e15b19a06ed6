using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

public class MomentFitTests
{
    private static readonly MomentFit Fit = new(
    [
        new MomentTarget("growth", 0.02),
        new MomentTarget("exit-rate", -0.5, weight: 2),
        new MomentTarget("gap", 0, weight: 0.5),
    ]);

    [Fact]
    public void DistanceIsTheWeightedSumOfSquaredRelativeErrors()
    {
        var result = Fit.Evaluate([0.03, -0.4, 0.2]);

        // growth: (0.03 − 0.02)/0.02 = 0.5; exit-rate: (−0.4 + 0.5)/0.5 = 0.2; gap: scale 1, error 0.2.
        Assert.Equal(0.5, result.Moments[0].RelativeError, 12);
        Assert.Equal(0.2, result.Moments[1].RelativeError, 12);
        Assert.Equal(0.2, result.Moments[2].RelativeError, 12);
        Assert.Equal(1.0, result.Moments[2].Scale);
        Assert.Equal(0.5, result.Moments[1].Scale);
        Assert.Equal(0.25, result.Moments[0].Contribution, 12);
        Assert.Equal(2 * 0.04, result.Moments[1].Contribution, 12);
        Assert.Equal(0.5 * 0.04, result.Moments[2].Contribution, 12);
        Assert.Equal(0.25 + 0.08 + 0.02, result.Distance, 12);
        Assert.Equal(result.Distance, Fit.Distance([0.03, -0.4, 0.2]));
    }

    [Fact]
    public void ErrorsAreSigned()
    {
        var result = Fit.Evaluate([0.01, -0.6, -0.1]);
        Assert.Equal(-0.5, result.Moments[0].RelativeError, 12);
        Assert.Equal(-0.2, result.Moments[1].RelativeError, 12);
        Assert.Equal(-0.1, result.Moments[2].RelativeError, 12);
    }

    [Fact]
    public void PerfectFitIsZeroAndMissingMomentIsInfinite()
    {
        Assert.Equal(0, Fit.Distance([0.02, -0.5, 0]));
        Assert.Equal(double.PositiveInfinity, Fit.Distance([double.NaN, -0.5, 0]));
        Assert.Throws<ArgumentException>(() => Fit.Distance([0.02, -0.5]));
        Assert.Throws<ArgumentException>(() => new MomentFit([new("a", 1), new("a", 2)]));
    }

    [Fact]
    public void CalibratesATinyModelWithNelderMead()
    {
        // "Model": mean and variance of a uniform(θ1, θ1 + θ2) draw; targets from θ = (2, 3).
        static double[] Moments(double[] t) => [t[0] + t[1] / 2, t[1] * t[1] / 12];
        var fit = new MomentFit([new("mean", 3.5), new("variance", 0.75)]);
        ParameterRange[] box = [new("lower", 0, 5), new("width", 0.1, 10)];

        var result = new BoundedNelderMead(tolerance: 1e-12).Minimize(t => fit.Distance(Moments(t)), box);

        Assert.True(result.Converged);
        Assert.Equal(2, result.Point[0], 1e-4);
        Assert.Equal(3, result.Point[1], 1e-4);
    }
}
