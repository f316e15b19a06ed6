namespace NordicChina.Sim.Reporting;

/// <summary>
/// Decides whether a column of relative changes holds fractions (0.12 = 12%) or percentages (12 = 12%), by comparing
/// it with the ratio recomputed from the absolute values. Fractions are assumed when the data cannot tell.
/// </summary>
internal static class RelativeScale
{
    /// <summary>The factor that turns the reported values into fractions: 1 for fractions, 0.01 for percentages.</summary>
    public static double ToFraction(IEnumerable<(double Reported, double Recomputed)> pairs)
    {
        double asFraction = 0, asPercent = 0;
        var count = 0;
        foreach (var (reported, recomputed) in pairs)
        {
            if (double.IsNaN(reported) || double.IsNaN(recomputed) || double.IsInfinity(recomputed) || Math.Abs(recomputed) < 1e-9)
            {
                continue;
            }

            asFraction += Math.Abs(Math.Abs(reported) - Math.Abs(recomputed));
            asPercent += Math.Abs(Math.Abs(reported) - (100 * Math.Abs(recomputed)));
            count++;
        }

        return count > 0 && asPercent < asFraction ? 0.01 : 1.0;
    }
}
