namespace NordicChina.Sim.Reporting.Charts;

/// <summary>One line of a chart with its 95% confidence band (Low..High); points with a missing mean are dropped.</summary>
internal sealed record ChartSeries(string Label, double[] X, double[] Y, double[] Low, double[] High, bool IsBaseline = false);
