namespace NordicChina.Sim.Reporting;

/// <summary>How a sensitivity analysis' factors are ranked for one output, the same in the report and on the console:
/// by the absolute value of the method's primary index (mu* for Morris, S1 for Sobol), largest first, undefined
/// values last, ties by name.</summary>
public static class SensitivityRanking
{
    /// <summary>The index the factors are ranked by: mu_star (Morris) or S1 (Sobol).</summary>
    public static string PrimaryIndex(string method) => method.Equals("sobol", StringComparison.OrdinalIgnoreCase) ? "S1" : "mu_star";

    /// <summary>The factors in rank order, from each factor's primary index (NaN where undefined or missing).</summary>
    public static IReadOnlyList<string> Order(IEnumerable<(string Factor, double Value)> primary) =>
        primary.OrderByDescending(p => double.IsNaN(p.Value) ? double.NegativeInfinity : Math.Abs(p.Value))
            .ThenBy(p => p.Factor, StringComparer.Ordinal)
            .Select(p => p.Factor).ToList();

    /// <summary>A readable title of an analysis output <c>metric[@region[/sector]]</c>, as the report's.</summary>
    public static string OutputTitle(string output) => HeadlineMetrics.TitleOf(output);
}
