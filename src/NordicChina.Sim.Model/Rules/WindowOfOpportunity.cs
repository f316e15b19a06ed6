using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 1, second half: the Nordic window of opportunity (report ch.3, "Swedish AI at a glance").
/// The gap in a sector is g_s = a_SE,s - a_CN,s; the window is open while g_s &gt; window.threshold.
/// The heavy-industry window uses the mean gap over heavy-industry sectors. The closing year is the year of
/// the first tick at which the window is shut, an output with a distribution across replications.
/// </summary>
public static class WindowOfOpportunity
{
    public static double Gap(double capabilitySweden, double capabilityChina) => capabilitySweden - capabilityChina;

    public static bool IsOpen(double gap, double threshold) => gap > threshold;

    /// <summary>Mean gap over heavy-industry sectors, summed in sector order.</summary>
    public static double HeavyIndustryGap(ReadOnlySpan<double> se, ReadOnlySpan<double> cn)
    {
        double sum = 0; int n = 0;
        foreach (var s in Sectors.All)
        {
            if (!s.HeavyIndustry) continue;
            sum += Gap(se[s.Index], cn[s.Index]);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Updates a closing year: null while open, else the first year seen shut (never reopens the record).</summary>
    public static int? UpdateClosingYear(int? closingYear, double gap, double threshold, int year) =>
        closingYear ?? (IsOpen(gap, threshold) ? null : year);
}
