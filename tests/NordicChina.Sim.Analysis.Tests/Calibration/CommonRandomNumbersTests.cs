using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

/// <summary>
/// A simulator whose design points all share one seed: every run's mean is off by the same amount, which the emulator
/// learns as signal. Only the design variance of <see cref="HistoryMatchingOptions.CommonRandomNumbers"/> keeps the
/// truth in the retained region.
/// </summary>
public class CommonRandomNumbersTests
{
    private static readonly ParameterRange[] Box = [new("a", 0, 1), new("b", 0, 1)];
    private static readonly double[] Truth = [0.3, 0.6];

    // f(a, b) = a + b² (the mean over replications); every design run carries the shared seed error +0.5, whose
    // variance (sd 0.5) the simulator reports as the variance of its mean.
    private const double SharedError = 0.5;
    private const double MeanVariance = 0.25;

    private static double F(double[] x) => x[0] + x[1] * x[1];

    private static IReadOnlyList<SimulatorOutput> Simulator(IReadOnlyList<double[]> points) =>
        points.Select(p => new SimulatorOutput([F(p) + SharedError, 2 * p[0] - p[1] + SharedError], [MeanVariance, MeanVariance])).ToArray();

    private static HistoryMatchTarget[] Targets() =>
    [
        // The record is the mean function at the truth, observed with a small error (sd 0.1).
        new("sum", F(Truth), 0.01),
        new("difference", 2 * Truth[0] - Truth[1], 0.01),
    ];

    private static HistoryMatchingOptions Options(bool crn) => new()
    {
        Seed = 3,
        MaxWaves = 2,
        CandidateCount = 2000,
        PoolSize = 300,
        EnsembleSize = 50,
        CommonRandomNumbers = crn,
    };

    [Fact]
    public void Each_wave_adds_the_mean_reported_variance_of_its_training_runs()
    {
        var result = new HistoryMatching(Box, Targets(), Options(crn: true)).Run(Simulator);

        Assert.All(result.Waves, w => Assert.Equal([MeanVariance, MeanVariance], w.DesignVariances));
        // Without the option the waves add nothing.
        var plain = new HistoryMatching(Box, Targets(), Options(crn: false)).Run(Simulator);
        Assert.All(plain.Waves, w => Assert.Equal([0.0, 0.0], w.DesignVariances));
    }

    [Fact]
    public void The_truth_survives_a_shared_design_error_only_when_it_is_counted()
    {
        var plain = new HistoryMatching(Box, Targets(), Options(crn: false));
        var plainResult = plain.Run(Simulator);
        var crn = new HistoryMatching(Box, Targets(), Options(crn: true));
        var crnResult = crn.Run(Simulator);

        // The emulators learn f + 0.5: at the truth they are 0.5 off, 5 sd of the record's error alone.
        var plainAtTruth = plain.ImplausibilitiesAt(Truth, plainResult);
        Assert.True(plainAtTruth[0].Combined > 3, $"without the design variance: {plainAtTruth[0].Combined}");
        Assert.False(plain.IsNonImplausible(Truth, plainResult));

        // With it the denominator is √(0.01 + 0.25 + emulator variance) ≈ 0.51: the truth is about 1 sd away.
        var crnAtTruth = crn.ImplausibilitiesAt(Truth, crnResult);
        Assert.All(crnAtTruth, m => Assert.InRange(m.Combined, 0.5, 1.5));
        Assert.True(crn.IsNonImplausible(Truth, crnResult));
    }

    [Fact]
    public void The_final_runs_are_judged_on_their_own_variances_not_the_design_variance_twice()
    {
        var result = new HistoryMatching(Box, Targets(), Options(crn: true)).Run(Simulator);

        Assert.NotEmpty(result.Ensemble);
        foreach (var m in result.Ensemble)
        {
            // Each simulated output's denominator is the record's 0.01 plus the run's own 0.25, nothing more.
            for (int k = 0; k < 2; k++)
            {
                double expected = Math.Abs(Targets()[k].Observed - m.Output.Means[k]) / Math.Sqrt(0.01 + MeanVariance);
                Assert.Equal(expected, m.Implausibility.PerOutput[k], 12);
            }
        }
    }
}
