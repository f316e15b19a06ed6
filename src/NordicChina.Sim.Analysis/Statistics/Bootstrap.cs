using System.Runtime.CompilerServices;

namespace NordicChina.Sim.Analysis.Statistics;

/// <summary>Shared pieces of the nonparametric bootstrap (Efron &amp; Tibshirani 1993).</summary>
internal static class Bootstrap
{
    /// <summary>
    /// Percentile interval of bootstrap replicates: the (1−level)/2 and (1+level)/2 quantiles with the project's one
    /// definition, <see cref="Quantile"/> (R's type 7, linear interpolation) (Efron &amp; Tibshirani 1993, §13.3). Non-finite replicates are dropped.
    /// </summary>
    public static ConfidenceInterval PercentileInterval(IEnumerable<double> replicates, double level)
    {
        double[] sorted = replicates.Where(double.IsFinite).ToArray();
        if (sorted.Length == 0) return ConfidenceInterval.Undefined(level);
        Array.Sort(sorted);
        double alpha = (1 - level) / 2;
        return new ConfidenceInterval(
            Quantile.R7Sorted(sorted, alpha),
            Quantile.R7Sorted(sorted, 1 - alpha),
            level);
    }

    public static void ValidateLevel(double level, [CallerArgumentExpression(nameof(level))] string? name = null)
    {
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(name, level, "The confidence level must lie in (0, 1).");
    }

    public static void ValidateSamples(int samples, [CallerArgumentExpression(nameof(samples))] string? name = null)
    {
        if (samples < 1)
            throw new ArgumentOutOfRangeException(name, samples, "At least one bootstrap sample is needed.");
    }
}
