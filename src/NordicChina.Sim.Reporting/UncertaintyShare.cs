using System.Globalization;

namespace NordicChina.Sim.Reporting;

/// <summary>Words for the split of a result's spread between parameter uncertainty and the model's own randomness
/// (the share_parametric column of runs with --parameter-uncertainty).</summary>
internal static class UncertaintyShare
{
    /// <summary>"N% from parameter uncertainty, M% from the model's randomness", or null when the share is undefined.</summary>
    public static string? Phrase(double shareParametric)
    {
        if (double.IsNaN(shareParametric) || double.IsInfinity(shareParametric))
        {
            return null;
        }

        var p = Math.Round(Math.Clamp(shareParametric, 0, 1) * 100);
        return $"{p.ToString("0", CultureInfo.InvariantCulture)}% from parameter uncertainty, {(100 - p).ToString("0", CultureInfo.InvariantCulture)}% from the model's randomness";
    }

    /// <summary>The paragraph that explains the split, for sections whose results have it.</summary>
    public const string Explanation =
        "This run sampled its parameters from an ensemble (--parameter-uncertainty): replications come in pairs that share a " +
        "parameter set, so the spread between replications splits into a part due to parameter uncertainty (between pairs) and a " +
        "part due to the model's own randomness (within pairs). Each result says how much of its variance comes from each source.";
}
