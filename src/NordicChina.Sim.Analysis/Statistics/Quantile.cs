using MathNet.Numerics.Statistics;

namespace NordicChina.Sim.Analysis.Statistics;

/// <summary>
/// The one quantile definition of the project: Hyndman &amp; Fan (1996) type 7, the default of R's
/// <c>quantile()</c> and of numpy's <c>quantile</c>/<c>percentile</c>. For the sorted values
/// x<sub>1</sub> ≤ … ≤ x<sub>n</sub> and probability p in [0, 1], h = (n − 1)p and
/// Q(p) = x<sub>⌊h⌋+1</sub> + (h − ⌊h⌋)(x<sub>⌊h⌋+2</sub> − x<sub>⌊h⌋+1</sub>), i.e. linear interpolation between
/// the order statistics, with Q(0) the minimum and Q(1) the maximum. summary.csv's <c>p2_5, p97_5</c> and every
/// bootstrap percentile interval use it.
/// </summary>
public static class Quantile
{
    /// <summary>Short name of the definition, as written in the documentation.</summary>
    public const string Definition = "R-7 (Hyndman & Fan type 7, the R and numpy default)";

    /// <summary>The type-7 quantile of <paramref name="values"/> (any order; NaN if there are none).</summary>
    public static double R7(IEnumerable<double> values, double p)
    {
        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        return R7Sorted(sorted, p);
    }

    /// <summary>The type-7 quantile of values already sorted ascending (NaN if there are none).</summary>
    public static double R7Sorted(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie in [0, 1].");
        if (sorted.Length == 0) return double.NaN;
        return SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7);
    }
}
