namespace NordicChina.Sim.Cli.Explore;

/// <summary>A headline indicator's difference from the baseline over the horizon, with its 95% CI (as compare prints it).</summary>
public sealed record ComparisonLine(string Title, string Unit, double? BaselineMean, double? ScenarioMean, double? Difference, double? Low, double? High, string Text);
