using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

/// <summary>
/// A toy stochastic simulator for twin experiments: 4 parameters, 5 nonlinear outputs with Gaussian run noise;
/// θ₄ enters weakly (0.05–0.1 effects), so it is barely identified. Each call averages <see cref="Replications"/>
/// runs and reports the variance of that mean.
/// </summary>
internal sealed class ToyStochasticSimulator
{
    public const int Replications = 4;
    public const double RunSd = 0.03;

    public static readonly ParameterRange[] Ranges =
        [new("theta1", 0, 2), new("theta2", -1, 1), new("theta3", 0.5, 3), new("theta4", 0, 1)];

    private readonly SeededRandom _noise;

    public ToyStochasticSimulator(ulong seed) => _noise = new SeededRandom(seed);

    public int Calls { get; private set; }

    /// <summary>The mean outputs f(θ).</summary>
    public static double[] Mean(IReadOnlyList<double> t) =>
    [
        t[0] + 0.5 * t[1] * t[1],
        Math.Sin(3 * t[0]) * t[2],
        Math.Exp(1.5 * t[1]) + 0.2 * t[2],
        t[0] * t[1] + 0.05 * t[3],
        Math.Log(t[2]) + 0.1 * t[3] * t[0],
    ];

    public IReadOnlyList<SimulatorOutput> Run(IReadOnlyList<double[]> points)
    {
        var result = new SimulatorOutput[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            var f = Mean(points[i]);
            var means = new double[f.Length];
            var variances = new double[f.Length];
            for (int k = 0; k < f.Length; k++)
            {
                double sum = 0, square = 0;
                for (int r = 0; r < Replications; r++)
                {
                    double v = f[k] + RunSd * Normal(_noise);
                    sum += v;
                    square += v * v;
                }
                double mean = sum / Replications;
                double sampleVariance = Math.Max(0, (square - Replications * mean * mean) / (Replications - 1));
                means[k] = mean;
                variances[k] = sampleVariance / Replications;
            }
            result[i] = new SimulatorOutput(means, variances);
            Calls++;
        }
        return result;
    }

    /// <summary>Observations of the world at θ*: one stochastic realisation plus observation error (sd <paramref name="observationSd"/>).</summary>
    public static HistoryMatchTarget[] Observe(IReadOnlyList<double> truth, double observationSd, SeededRandom random)
    {
        var f = Mean(truth);
        var targets = new HistoryMatchTarget[f.Length];
        for (int k = 0; k < f.Length; k++)
        {
            double z = f[k] + RunSd * Normal(random) + observationSd * Normal(random);
            targets[k] = new HistoryMatchTarget($"y{k + 1}", z, observationSd * observationSd, ensembleVariance: RunSd * RunSd);
        }
        return targets;
    }

    public static double Normal(SeededRandom random)
    {
        double u1 = 1 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
