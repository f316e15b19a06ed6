using NordicChina.Sim.Analysis.Calibration;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

public class ImplausibilityTests
{
    private static readonly HistoryMatchTarget[] Targets =
    [
        new("a", 10, observationVariance: 1, discrepancyVariance: 0.5, ensembleVariance: 0.5),
        new("b", 0, observationVariance: 0.04),
        new("c", -3, observationVariance: 0.25, discrepancyVariance: 0.75),
    ];

    [Fact]
    public void PerOutputIsDistanceOverTheSquareRootOfAllFourVariances()
    {
        var measure = new Implausibility(Targets);
        // a: |10 − 14| / √(2 + 2) = 2; b: |0 − 0.3| / √(0.05 + 0.04) = 1; c: |−3 − 0| / √(1 + 0) = 3.
        var result = measure.Evaluate([new(14, 2), new(0.3, 0.05), new(0, 0)]);

        Assert.Equal(2, result.PerOutput[0], 12);
        Assert.Equal(1, result.PerOutput[1], 12);
        Assert.Equal(3, result.PerOutput[2], 12);
        Assert.Equal(3, result.Combined, 12);
        Assert.True(result.NonImplausible); // 3 ≤ 3
        Assert.Equal(2, Targets[0].OtherVariance);
    }

    [Fact]
    public void SecondMaximumToleratesOneBadOutputAndTheCutoffIsConfigurable()
    {
        var predictions = new EmulatorPrediction[] { new(10, 0), new(5, 0), new(-3, 0) }; // b is 25 sd off.

        var max = new Implausibility(Targets).Evaluate(predictions);
        var second = new Implausibility(Targets, rank: 2).Evaluate(predictions);
        var strict = new Implausibility(Targets, cutoff: 2, rank: 2).Evaluate([new(13, 0), new(5, 0), new(-3, 0)]);

        Assert.Equal(25, max.Combined, 10);
        Assert.False(max.NonImplausible);
        Assert.Equal(0, second.Combined, 12);
        Assert.True(second.NonImplausible);
        Assert.Equal(3 / Math.Sqrt(2), strict.Combined, 12);
        Assert.False(strict.NonImplausible);
    }

    [Fact]
    public void SimulatedOutputsUseTheirOwnVarianceAndInvalidInputIsRejected()
    {
        var measure = new Implausibility(Targets);
        var result = measure.EvaluateSimulated([10, 0.3, -3], [0, 0.05, 0]);

        Assert.Equal(1, result.PerOutput[1], 12);
        Assert.Equal(double.PositiveInfinity, measure.EvaluateSimulated([double.NaN, 0, -3]).Combined);
        Assert.Throws<ArgumentException>(() => measure.Evaluate([new(0, 0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Implausibility(Targets, rank: 4));
        Assert.Throws<ArgumentException>(() => new Implausibility([Targets[0], Targets[0]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistoryMatchTarget("x", 1, -1));
    }
}
