using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>Values across replications described: count of non-missing values, mean, standard deviation, the 95%
/// confidence interval of the mean (Student t) and the 2.5% and 97.5% quantiles of the replications
/// (R-7, <see cref="Quantile"/>). One value has no spread and no interval: those are NaN (written as empty fields,
/// NULL in Parquet).</summary>
public sealed record Description(int N, double Mean, double Sd, double Ci95Low, double Ci95High, double P025, double P975)
{
    public static Description Of(IEnumerable<double> values)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToArray();
        if (present.Length == 0) return new Description(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double mean = present.Mean();
        double sd = present.Length > 1 ? present.StandardDeviation() : 0;
        if (present.Length < 2) return new Description(1, mean, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double half = StudentT.InvCDF(0, 1, present.Length - 1, 0.975) * sd / Math.Sqrt(present.Length);
        return new Description(present.Length, mean, sd, mean - half, mean + half, Quantile.R7(present, 0.025), Quantile.R7(present, 0.975));
    }
}
