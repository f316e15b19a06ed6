using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Sensitivity;

/// <summary>
/// The 20-factor test function of Morris (1991, Technometrics 33:161–174; also Saltelli et al. 2000 and Campolongo,
/// Cariboni &amp; Saltelli 2007 §4): x uniform on [0, 1]²⁰, w_i = 2(x_i − ½) except w_i = 2(1.1 x_i / (x_i + 0.1) − ½)
/// for i = 3, 5, 7, and y = β₀ + Σ β_i w_i + Σ β_ij w_i w_j + Σ β_ijl w_i w_j w_l + Σ β_ijls w_i w_j w_l w_s with
/// β_i = 20 (i ≤ 10), β_ij = −15 (i, j ≤ 6), β_ijl = −10 (i, j, l ≤ 5), β_ijls = 5 (i, j, l, s ≤ 4), the other first- and
/// second-order coefficients standard normal and the other third- and fourth-order ones zero.
/// Known result: factors 1–10 are important, 11–20 negligible; 8–10 act linearly (small σ), 1–7 non-linearly or
/// through interactions (large σ).
/// </summary>
internal sealed class MorrisFunction
{
    private const int K = 20;
    private readonly double _b0;
    private readonly double[] _b1 = new double[K];
    private readonly double[,] _b2 = new double[K, K];

    /// <summary>Draws the random coefficients from <paramref name="seed"/>.</summary>
    public MorrisFunction(ulong seed)
    {
        var rng = new SeededRandom(seed);
        double Normal()
        {
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
            return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
        _b0 = Normal();
        for (int i = 0; i < K; i++) _b1[i] = i < 10 ? 20 : Normal();
        for (int i = 0; i < K; i++)
            for (int j = i + 1; j < K; j++)
                _b2[i, j] = i < 6 && j < 6 ? -15 : Normal();
    }

    public static IReadOnlyList<ParameterRange> Ranges { get; } =
        Enumerable.Range(1, K).Select(i => new ParameterRange($"x{i}", 0, 1)).ToArray();

    public double Evaluate(double[] x)
    {
        var w = new double[K];
        for (int i = 0; i < K; i++)
            w[i] = i is 2 or 4 or 6 ? 2 * (1.1 * x[i] / (x[i] + 0.1) - 0.5) : 2 * (x[i] - 0.5);
        double y = _b0;
        for (int i = 0; i < K; i++) y += _b1[i] * w[i];
        for (int i = 0; i < K; i++)
            for (int j = i + 1; j < K; j++) y += _b2[i, j] * w[i] * w[j];
        for (int i = 0; i < 5; i++)
            for (int j = i + 1; j < 5; j++)
                for (int l = j + 1; l < 5; l++) y += -10 * w[i] * w[j] * w[l];
        for (int i = 0; i < 4; i++)
            for (int j = i + 1; j < 4; j++)
                for (int l = j + 1; l < 4; l++)
                    for (int s = l + 1; s < 4; s++) y += 5 * w[i] * w[j] * w[l] * w[s];
        return y;
    }
}
