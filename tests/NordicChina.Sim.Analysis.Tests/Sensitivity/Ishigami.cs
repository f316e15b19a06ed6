using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Sensitivity;

/// <summary>
/// The Ishigami–Homma (1990) function y = sin x1 + a sin² x2 + b x3⁴ sin x1, inputs uniform on [−π, π],
/// with its analytic Sobol' indices (Sobol' &amp; Levitan 1999; Saltelli et al. 2008 §4.9).
/// </summary>
internal static class Ishigami
{
    public const double A = 7;
    public const double B = 0.1;

    public static readonly IReadOnlyList<ParameterRange> Ranges =
    [
        new("x1", -Math.PI, Math.PI),
        new("x2", -Math.PI, Math.PI),
        new("x3", -Math.PI, Math.PI),
    ];

    public static double Evaluate(double[] x) =>
        Math.Sin(x[0]) + A * Math.Pow(Math.Sin(x[1]), 2) + B * Math.Pow(x[2], 4) * Math.Sin(x[0]);

    private static readonly double Pi4 = Math.Pow(Math.PI, 4);
    private static readonly double Pi8 = Math.Pow(Math.PI, 8);

    /// <summary>V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2.</summary>
    public static double Variance => A * A / 8 + B * Pi4 / 5 + B * B * Pi8 / 18 + 0.5;

    private static double V1 => 0.5 * Math.Pow(1 + B * Pi4 / 5, 2);
    private static double V2 => A * A / 8;
    private static double V13 => B * B * Pi8 * (1.0 / 18 - 1.0 / 50);

    /// <summary>S1, S2, S3.</summary>
    public static double[] FirstOrder => [V1 / Variance, V2 / Variance, 0];

    /// <summary>ST1, ST2, ST3.</summary>
    public static double[] Total => [(V1 + V13) / Variance, V2 / Variance, V13 / Variance];
}
