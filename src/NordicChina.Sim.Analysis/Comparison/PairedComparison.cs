using MathNet.Numerics.Distributions;
using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Comparison;

/// <summary>
/// Paired comparison of a scenario against a baseline over replications that share seeds (common random
/// numbers, Law 2015 §11.2; Kelton, Sadowski &amp; Zupick 2015). Replication r yields the pair
/// (b<sub>r</sub>, s<sub>r</sub>); the analysis works on the differences d<sub>r</sub> = s<sub>r</sub> − b<sub>r</sub>,
/// so the variance shared by both runs cancels (the paired-t confidence interval, Law 2015 §10.2.1).
/// </summary>
/// <remarks>
/// <para>
/// A pair is used only when both values are finite: NaN (a missing value) on either side drops the whole pair,
/// so <see cref="BaselineMean"/>, <see cref="ScenarioMean"/> and <see cref="MeanDifference"/> all refer to the
/// same n replications and <c>MeanDifference = ScenarioMean − BaselineMean</c> up to rounding.
/// </para>
/// <para>
/// Interval: d̄ ± t<sub>(1+level)/2, n−1</sub> · s<sub>d</sub>/√n with s<sub>d</sub>² = Σ(d<sub>r</sub> − d̄)²/(n − 1)
/// and the Student-t quantile from <see cref="StudentT.InvCDF(double, double, double, double)"/>. It assumes the
/// d<sub>r</sub> are independent and roughly normal (or n large enough for the central limit theorem).
/// </para>
/// </remarks>
/// <param name="N">Number of complete pairs used.</param>
/// <param name="BaselineMean">Mean of the baseline over the complete pairs.</param>
/// <param name="ScenarioMean">Mean of the scenario over the complete pairs.</param>
/// <param name="MeanDifference">d̄ = mean of scenario − baseline.</param>
/// <param name="DifferenceStandardDeviation">s<sub>d</sub>, the sample standard deviation of the differences (n − 1 divisor).</param>
/// <param name="DifferenceInterval">Paired-t confidence interval of the mean difference (undefined when n &lt; 2).</param>
/// <param name="RelativeChange">d̄ / |baseline mean|; NaN when the baseline mean is 0 (or undefined).</param>
public sealed record PairedComparison(
    int N,
    double BaselineMean,
    double ScenarioMean,
    double MeanDifference,
    double DifferenceStandardDeviation,
    ConfidenceInterval DifferenceInterval,
    double RelativeChange)
{
    /// <summary>Conventional confidence level, 95 %.</summary>
    public const double DefaultLevel = 0.95;

    /// <summary>
    /// Compares <paramref name="scenario"/> with <paramref name="baseline"/>, element r of each coming from
    /// replication r with the same seed. Pairs where either value is NaN or infinite are excluded.
    /// </summary>
    /// <param name="baseline">Baseline value per replication.</param>
    /// <param name="scenario">Scenario value per replication, same order and length.</param>
    /// <param name="confidenceLevel">Two-sided coverage of the interval, default 0.95.</param>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static PairedComparison Compare(
        IReadOnlyList<double> baseline,
        IReadOnlyList<double> scenario,
        double confidenceLevel = DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scenario);
        Bootstrap.ValidateLevel(confidenceLevel);
        if (baseline.Count != scenario.Count)
            throw new ArgumentException(
                $"Baseline has {baseline.Count} replications but scenario has {scenario.Count}; they must be paired.",
                nameof(scenario));

        var b = new List<double>(baseline.Count);
        var s = new List<double>(baseline.Count);
        var d = new List<double>(baseline.Count);
        for (int r = 0; r < baseline.Count; r++)
        {
            if (!double.IsFinite(baseline[r]) || !double.IsFinite(scenario[r])) continue;
            b.Add(baseline[r]);
            s.Add(scenario[r]);
            d.Add(scenario[r] - baseline[r]);
        }

        double baselineMean = MeanOf(b);
        var difference = Estimate(d, confidenceLevel);
        double relative = baselineMean == 0 || double.IsNaN(baselineMean)
            ? double.NaN
            : difference.Mean / Math.Abs(baselineMean);

        return new PairedComparison(
            d.Count,
            baselineMean,
            MeanOf(s),
            difference.Mean,
            difference.StandardDeviation,
            difference.Interval,
            relative);
    }

    /// <summary>
    /// One-sample mean with its Student-t interval x̄ ± t<sub>(1+level)/2, n−1</sub> · s/√n, ignoring NaN and
    /// infinite values (Law 2015 §4.5).
    /// </summary>
    /// <param name="values">Observations, e.g. one value per replication.</param>
    /// <param name="confidenceLevel">Two-sided coverage of the interval, default 0.95.</param>
    public static MeanEstimate OneSampleMean(IEnumerable<double> values, double confidenceLevel = DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(values);
        Bootstrap.ValidateLevel(confidenceLevel);
        return Estimate(values.Where(double.IsFinite).ToList(), confidenceLevel);
    }

    private static MeanEstimate Estimate(List<double> x, double level)
    {
        int n = x.Count;
        double mean = MeanOf(x);
        if (n < 2) return new MeanEstimate(n, mean, double.NaN, double.NaN, ConfidenceInterval.Undefined(level));

        double ss = 0;
        foreach (double v in x) ss += (v - mean) * (v - mean);
        double sd = Math.Sqrt(ss / (n - 1));
        double se = sd / Math.Sqrt(n);
        double t = StudentT.InvCDF(0, 1, n - 1, (1 + level) / 2);
        double half = t * se;
        return new MeanEstimate(n, mean, sd, se, new ConfidenceInterval(mean - half, mean + half, level));
    }

    private static double MeanOf(List<double> x)
    {
        if (x.Count == 0) return double.NaN;
        double sum = 0;
        foreach (double v in x) sum += v;
        return sum / x.Count;
    }
}
