namespace NordicChina.Sim.Reporting.Charts;

/// <summary>One kind of bar in a grouped bar chart (e.g. "mu_star" or "target"), one value per category, with optional interval.</summary>
internal sealed record BarGroup(string Label, double[] Values, double[]? Low = null, double[]? High = null);
