namespace NordicChina.Sim.Analysis.Statistics;

/// <summary>
/// The one convention for the window of opportunity's closing year, a right-censored time: a replication whose
/// window has not closed by the last simulated year has no closing year (NaN). Tables of means (summary, sweep,
/// comparison, sensitivity, headlines) count it as closing the year after the last (<see cref="Censor"/>), so every
/// replication counts and the mean is a lower bound; the report adds the share of replications closed by each year,
/// the Kaplan-Meier median and the count not closed. Every replication is censored at the same time (the horizon's
/// end), so the Kaplan-Meier estimate of the share closed by year t is the share of replications closed by t.
/// </summary>
public static class ClosingYears
{
    /// <summary>The values with a window not closed (NaN) counted as closing in <paramref name="lastYear"/> + 1.</summary>
    public static double[] Censor(IReadOnlyList<double> years, int lastYear) => years.Select(y => double.IsNaN(y) ? lastYear + 1 : y).ToArray();

    /// <summary>The share of replications whose window had closed by the end of <paramref name="year"/>.</summary>
    public static double ShareClosedBy(IReadOnlyList<double> years, int year) =>
        years.Count == 0 ? double.NaN : years.Count(y => !double.IsNaN(y) && y <= year) / (double)years.Count;

    /// <summary>The Kaplan-Meier median closing year: the first year by which at least half the replications have
    /// closed; NaN when fewer than half closed within the horizon (the median lies beyond it).</summary>
    public static double Median(IReadOnlyList<double> years)
    {
        var closed = years.Where(y => !double.IsNaN(y)).Order().ToArray();
        if (years.Count == 0 || closed.Length * 2 < years.Count) return double.NaN;
        return closed[(years.Count + 1) / 2 - 1];
    }

    /// <summary>The number of replications whose window had not closed by the end of the horizon.</summary>
    public static int NotClosed(IReadOnlyList<double> years) => years.Count(double.IsNaN);
}
