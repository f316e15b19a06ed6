using System.Diagnostics;
using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Statistics;
using Xunit.Abstractions;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

public class HistoryMatchingTests(ITestOutputHelper output)
{
    private static readonly double[] Truth = [1.2, 0.3, 1.8, 0.4];

    private static HistoryMatchingOptions SmallOptions(ulong seed) => new()
    {
        Seed = seed,
        MaxWaves = 3,
        CandidateCount = 3000,
        PoolSize = 500,
        EnsembleSize = 100,
    };

    [Fact]
    public void SameSeedGivesTheIdenticalEnsemble()
    {
        var targets = ToyStochasticSimulator.Observe(Truth, 0.02, new SeededRandom(1));

        HistoryMatchingResult RunOnce(ulong seed)
        {
            var simulator = new ToyStochasticSimulator(seed: 77);
            return new HistoryMatching(ToyStochasticSimulator.Ranges, targets, SmallOptions(seed)).Run(simulator.Run);
        }

        var a = RunOnce(5);
        var b = RunOnce(5);
        var c = RunOnce(6);

        Assert.Equal(a.Ensemble.Count, b.Ensemble.Count);
        Assert.NotEmpty(a.Ensemble);
        for (int i = 0; i < a.Ensemble.Count; i++)
        {
            Assert.Equal(a.Ensemble[i].Point, b.Ensemble[i].Point);
            Assert.Equal(a.Ensemble[i].Output.Means, b.Ensemble[i].Output.Means);
            Assert.Equal(a.Ensemble[i].Implausibility.Combined, b.Ensemble[i].Implausibility.Combined);
        }
        Assert.Equal(a.Waves.Select(w => w.NonImplausibleFraction), b.Waves.Select(w => w.NonImplausibleFraction));
        Assert.NotEqual(a.Ensemble[0].Point, c.Ensemble[0].Point);
    }

    [Fact]
    public void A_cancellation_during_a_wave_stops_the_match_with_OperationCanceledException()
    {
        // Cancelled while the first wave's runs come back: the match stops before fitting its emulators, having run
        // that one batch only, and reports an OperationCanceledException of the caller's token.
        var targets = ToyStochasticSimulator.Observe(Truth, 0.02, new SeededRandom(2));
        var simulator = new ToyStochasticSimulator(seed: 3);
        using var cts = new CancellationTokenSource();
        int batches = 0;
        var matching = new HistoryMatching(ToyStochasticSimulator.Ranges, targets, SmallOptions(9));
        var e = Assert.ThrowsAny<OperationCanceledException>(() => matching.Run(points =>
        {
            batches++;
            var outputs = simulator.Run(points);
            cts.Cancel();
            return outputs;
        }, cts.Token));
        Assert.Equal(cts.Token, e.CancellationToken);
        Assert.Equal(1, batches);
    }

    [Fact]
    public void WavesShrinkTheSpaceAndRecordTheirDiagnostics()
    {
        var targets = ToyStochasticSimulator.Observe(Truth, 0.02, new SeededRandom(2));
        var simulator = new ToyStochasticSimulator(seed: 3);
        var matching = new HistoryMatching(ToyStochasticSimulator.Ranges, targets, SmallOptions(9));

        var result = matching.Run(simulator.Run);

        foreach (var w in result.Waves)
        {
            output.WriteLine($"wave {w.Wave}: design {w.DesignSize}, train {w.TrainingSize}, fraction {w.NonImplausibleFraction:G3}, " +
                $"pool {w.PoolSize} (uniform {w.UniformAccepted}, tempering {w.TemperingRounds}), LOO within 3: {string.Join(" ", w.Diagnostics.Select(d => d.FractionWithin.ToString("F2")))}, " +
                $"ratios {string.Join(" ", w.VarianceRatios.Select(r => r.ToString("G2")))}");
        }
        output.WriteLine($"stop {result.Stop}, runs {result.SimulatorRuns}, accepted {result.Accepted.Count}/{result.Ensemble.Count}");

        Assert.Equal(40, result.Waves[0].DesignSize);
        Assert.All(result.Waves, w => Assert.Equal(3.0, w.Cutoff));
        Assert.All(result.Waves, w => Assert.Equal(5, w.Diagnostics.Count));
        Assert.All(result.Waves.SelectMany(w => w.Diagnostics), d => Assert.True(d.FractionWithin >= 0.8, $"LOO fraction {d.FractionWithin}"));
        Assert.True(result.Waves[^1].NonImplausibleFraction < 0.05, $"final fraction {result.Waves[^1].NonImplausibleFraction}");
        for (int i = 1; i < result.Waves.Count; i++)
            Assert.True(result.Waves[i].NonImplausibleFraction <= result.Waves[i - 1].NonImplausibleFraction + 1e-12);
        Assert.Equal(result.SimulatorRuns, simulator.Calls);
        Assert.True(result.Accepted.Count >= result.Ensemble.Count / 2, $"accepted {result.Accepted.Count} of {result.Ensemble.Count}");
        Assert.All(result.Accepted, m => Assert.True(m.Implausibility.Combined <= 3));
        Assert.True(matching.IsNonImplausible(Truth, result));
        // A point far from the truth is ruled out.
        Assert.False(matching.IsNonImplausible([0.1, -0.9, 2.9, 0.5], result));
    }

    [Fact]
    public void ATargetNoPointCanReachLeavesNoEnsemble()
    {
        var targets = ToyStochasticSimulator.Observe(Truth, 0.02, new SeededRandom(2)).ToArray();
        targets[0] = new HistoryMatchTarget("y1", 50, 0.0025); // y1 ≤ 2.5 everywhere in the box.
        var simulator = new ToyStochasticSimulator(seed: 3);

        var result = new HistoryMatching(ToyStochasticSimulator.Ranges, targets, SmallOptions(1)).Run(simulator.Run);

        Assert.Equal(HistoryMatchingStop.NoNonImplausiblePoints, result.Stop);
        Assert.Single(result.Waves);
        Assert.Empty(result.Ensemble);
    }

    [Fact]
    [Trait("Category", "Statistical")]
    public void TwinExperimentsCoverTheTruthInAtLeastNineOfTen()
    {
        var clock = Stopwatch.StartNew();
        int covered = 0;
        for (ulong experiment = 1; experiment <= 10; experiment++)
        {
            var random = new SeededRandom(SeededRandom.DeriveSeed(2024, experiment));
            // Truth inside the central 80 % of every range.
            var truth = ToyStochasticSimulator.Ranges.Select(r => r.FromUnit(0.1 + 0.8 * random.NextDouble())).ToArray();
            var targets = ToyStochasticSimulator.Observe(truth, 0.02, random);
            var simulator = new ToyStochasticSimulator(SeededRandom.DeriveSeed(2025, experiment));
            var matching = new HistoryMatching(ToyStochasticSimulator.Ranges, targets, new HistoryMatchingOptions
            {
                Seed = experiment,
                MaxWaves = 4,
                CandidateCount = 5000,
                PoolSize = 1000,
                EnsembleSize = 200,
            });

            var result = matching.Run(simulator.Run);

            // With the max over 5 outputs and cutoff 3, a truth is ruled out when one output's observation error plus
            // run noise exceeds ~3 sd, about 1.3 % of experiments (experiment 7 here: 3.3 sd on y2); 40 further seeds
            // (101–140) covered the truth in 40 of 40 when this test was written.
            // 95 % region: every parameter's true value within the 2.5–97.5 % range of the accepted ensemble, and the
            // truth non-implausible under every wave's emulators.
            var accepted = result.Accepted;
            bool inRanges = accepted.Count >= 20;
            for (int j = 0; j < truth.Length && inRanges; j++)
            {
                var values = accepted.Select(m => m.Point[j]).ToArray();
                inRanges = truth[j] >= Quantile.R7(values, 0.025) && truth[j] <= Quantile.R7(values, 0.975);
            }
            bool nonImplausible = matching.IsNonImplausible(truth, result);
            if (inRanges && nonImplausible) covered++;
            output.WriteLine($"experiment {experiment}: truth [{string.Join(", ", truth.Select(t => t.ToString("F3")))}], " +
                $"waves {result.Waves.Count} ({result.Stop}), fraction {result.Waves[^1].NonImplausibleFraction:G3}, " +
                $"accepted {accepted.Count}/{result.Ensemble.Count}, in ranges {inRanges}, non-implausible {nonImplausible}, " +
                $"runs {result.SimulatorRuns}, {clock.Elapsed.TotalSeconds:F1} s");
        }
        Assert.True(covered >= 9, $"truth covered in {covered} of 10 experiments");
        Assert.True(clock.Elapsed.TotalSeconds < 90, $"took {clock.Elapsed.TotalSeconds:F0} s");
    }
}
