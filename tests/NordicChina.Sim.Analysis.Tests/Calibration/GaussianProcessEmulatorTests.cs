using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

public class GaussianProcessEmulatorTests
{
    private static readonly ParameterRange[] Unit1D = [new("x", -1, 1)];

    [Fact]
    public void TwoPointConstantMeanCaseMatchesTheClosedFormByHand()
    {
        // Data x = (−1, 1), y = (1, 3); range [−1, 1] so scaled inputs equal x. θ = 2, σ² = 2, τ² = 0, constant mean.
        // R = [[1, ρ], [ρ, 1]], ρ = exp(−(2/2)²) = e⁻¹ = 0.36787944117144233.
        // At x* = 0.5: r* = (exp(−(1.5/2)²), exp(−(0.5/2)²)) = (e^−0.5625, e^−0.0625) = (0.569782824730923, 0.9394130628134758).
        // GLS constant: β = 1ᵀR⁻¹y / 1ᵀR⁻¹1 = 2 by symmetry; R⁻¹(y − 2) = (−1, 1)/(1 − ρ).
        // Mean = 2 + (r₂ − r₁)/(1 − ρ) = 2.584746426801162.
        // r*ᵀR⁻¹r* = (r₁² + r₂² − 2ρr₁r₂)/(1 − ρ²) = 0.9406258908990744; 1ᵀR⁻¹1 = 2/(1 + ρ);
        // u = 1 − 1ᵀR⁻¹r* = 1 − (r₁ + r₂)/(1 + ρ) = −0.10331060042245688.
        // Var = σ²[1 − r*ᵀR⁻¹r* + u²(1 + ρ)/2] = 0.13334770512620917.
        var emulator = GaussianProcessEmulator.WithHyperparameters(
            Unit1D, [[-1.0], [1.0]], [1.0, 3.0], new GaussianProcessHyperparameters([2.0], 2.0, 0.0), EmulatorMeanFunction.Constant);

        var p = emulator.Predict([0.5]);

        Assert.Equal(2.0, emulator.Coefficients[0], 12);
        Assert.Equal(2.584746426801162, p.Mean, 12);
        Assert.Equal(0.13334770512620917, p.Variance, 12);
    }

    [Fact]
    public void WithoutNuggetThePosteriorInterpolatesAndHasNoVarianceAtTrainingPoints()
    {
        ParameterRange[] box = [new("a", 0, 4), new("b", -2, 2)];
        var x = LatinHypercube.Sample(box, 12, seed: 3);
        var y = x.Select(p => Math.Sin(p[0]) + p[1] * p[1]).ToArray();
        var emulator = GaussianProcessEmulator.WithHyperparameters(
            box, x, y, new GaussianProcessHyperparameters([0.8, 1.2], 1.5, 0.0), EmulatorMeanFunction.Linear);

        var predictions = emulator.Predict(x);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(y[i], predictions[i].Mean, 8);
            Assert.True(predictions[i].Variance < 1e-8, $"variance {predictions[i].Variance} at training point {i}");
        }
        // Away from the data the variance is not zero.
        Assert.True(emulator.Predict([2.0, 0.0]).Variance > 1e-6);
    }

    [Fact]
    public void ClosedFormLeaveOneOutEqualsBruteForceRefit()
    {
        ParameterRange[] box = [new("a", 0, 1), new("b", 0, 1)];
        var x = LatinHypercube.Sample(box, 15, seed: 11);
        var y = x.Select(p => Math.Exp(p[0]) * Math.Cos(3 * p[1])).ToArray();
        var noise = Enumerable.Range(0, x.Length).Select(i => 0.001 * (1 + i % 3)).ToArray();
        var hyper = new GaussianProcessHyperparameters([0.7, 0.5], 0.8, 0.002);

        foreach (var mean in new[] { EmulatorMeanFunction.Constant, EmulatorMeanFunction.Linear })
        {
            var emulator = GaussianProcessEmulator.WithHyperparameters(box, x, y, hyper, mean, noise);
            var loo = emulator.LeaveOneOut();
            for (int i = 0; i < x.Length; i++)
            {
                var keep = Enumerable.Range(0, x.Length).Where(j => j != i).ToArray();
                var refit = GaussianProcessEmulator.WithHyperparameters(
                    box, keep.Select(j => x[j]).ToArray(), keep.Select(j => y[j]).ToArray(), hyper, mean,
                    keep.Select(j => noise[j]).ToArray());
                var p = refit.Predict(x[i]);
                double variance = p.Variance + hyper.Nugget + noise[i];
                Assert.Equal(p.Mean, loo.Means[i], 8);
                Assert.Equal(variance, loo.Variances[i], 8);
                Assert.Equal((y[i] - p.Mean) / Math.Sqrt(variance), loo.StandardisedErrors[i], 6);
            }
        }
    }

    [Fact]
    public void A_fit_observes_its_cancellation_token()
    {
        // The likelihood search checks the token at every evaluation: a cancelled fit throws instead of running its
        // starts to the end (a calibration's fit of 21 emulators on 44 parameters takes minutes), and the same fit
        // without the token completes.
        ParameterRange[] box = [new("x", -1.5, 1.5), new("y", 0, 1)];
        var x = LatinHypercube.Sample(box, 30, seed: 11);
        var y = x.Select(p => Math.Sin(3 * p[0]) + p[1]).ToArray();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var e = Assert.ThrowsAny<OperationCanceledException>(() => GaussianProcessEmulator.Fit(box, x, y, null, null, cts.Token));
        Assert.Equal(cts.Token, e.CancellationToken);
        Assert.True(GaussianProcessEmulator.Fit(box, x, y).LikelihoodEvaluations > 0);
    }

    [Fact]
    public void EmulatesSmoothOneDimensionalFunctionWithCalibratedUncertainty()
    {
        static double F(double x) => Math.Sin(3 * x) + x * x;
        ParameterRange[] box = [new("x", -1.5, 1.5)];
        var x = LatinHypercube.Sample(box, 20, seed: 7);
        var emulator = GaussianProcessEmulator.Fit(box, x, x.Select(p => F(p[0])).ToArray());

        AssertHeldOutWithin3Sd(emulator, Enumerable.Range(0, 301).Select(i => new[] { -1.5 + 0.01 * i }).ToArray(),
            p => F(p[0]), maxRmse: 0.01);
        var diagnostics = emulator.Diagnostics();
        Assert.True(diagnostics.FractionWithin >= 0.9, $"LOO fraction within 3: {diagnostics.FractionWithin}");
    }

    [Fact]
    public void EmulatesScaledBraninFromThirtyPoints()
    {
        // Branin on x1 ∈ [−5, 10], x2 ∈ [0, 15], divided by its rough spread 50.
        static double Branin(double[] p)
        {
            double a = 1, b = 5.1 / (4 * Math.PI * Math.PI), c = 5 / Math.PI, r = 6, s = 10, t = 1 / (8 * Math.PI);
            double v = a * Math.Pow(p[1] - b * p[0] * p[0] + c * p[0] - r, 2) + s * (1 - t) * Math.Cos(p[0]) + s;
            return v / 50;
        }
        ParameterRange[] box = [new("x1", -5, 10), new("x2", 0, 15)];
        var x = LatinHypercube.Sample(box, 30, seed: 13);
        var emulator = GaussianProcessEmulator.Fit(box, x, x.Select(Branin).ToArray());

        var test = new List<double[]>();
        for (int i = 0; i <= 20; i++)
            for (int j = 0; j <= 20; j++)
                test.Add([-5 + 15.0 * i / 20, 15.0 * j / 20]);
        AssertHeldOutWithin3Sd(emulator, test, Branin, maxRmse: 0.1);
    }

    [Fact]
    public void NoisyDataGiveAPositiveNuggetAndKnownNoiseIsUsed()
    {
        ParameterRange[] box = [new("x", 0, 1)];
        var x = LatinHypercube.Sample(box, 30, seed: 17);
        // Deterministic "noise": a fixed pseudo-random pattern with sd about 0.1.
        var rng = new SeededRandom(99);
        var y = x.Select(p => 2 * p[0] + (rng.NextDouble() - 0.5) * 0.35).ToArray();
        var emulator = GaussianProcessEmulator.Fit(box, x, y);

        // Uniform(−0.175, 0.175) noise has variance 0.35²/12 = 0.0102.
        Assert.InRange(emulator.Hyperparameters.Nugget, 0.004, 0.025);
        Assert.Equal(1.0, emulator.Predict([0.5]).Mean, 0.15);

        // Told the noise variance, the emulator needs (almost) no nugget of its own and keeps the same mean.
        var known = GaussianProcessEmulator.Fit(box, x, y, Enumerable.Repeat(0.0102, x.Length).ToArray());
        Assert.True(known.Hyperparameters.Nugget < 0.3 * emulator.Hyperparameters.Nugget,
            $"nugget {known.Hyperparameters.Nugget} with known noise vs {emulator.Hyperparameters.Nugget} without");
        Assert.Equal(emulator.Predict([0.5]).Mean, known.Predict([0.5]).Mean, 0.05);
    }

    private static void AssertHeldOutWithin3Sd(
        GaussianProcessEmulator emulator, IReadOnlyList<double[]> test, Func<double[], double> f, double maxRmse)
    {
        var predictions = emulator.Predict(test);
        int within = 0;
        double sum = 0;
        for (int i = 0; i < test.Count; i++)
        {
            double error = f(test[i]) - predictions[i].Mean;
            sum += error * error;
            if (Math.Abs(error) <= 3 * Math.Sqrt(predictions[i].Variance) + 1e-12) within++;
        }
        double fraction = (double)within / test.Count;
        double rmse = Math.Sqrt(sum / test.Count);
        Assert.True(fraction >= 0.95, $"only {fraction:P1} of held-out points within 3 sd");
        Assert.True(rmse <= maxRmse, $"RMSE {rmse} above {maxRmse}");
    }
}
