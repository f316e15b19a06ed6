namespace NordicChina.Sim.Cli.Explore;

/// <summary>A metric in a year across the finished replications: mean and 95% CI over <see cref="N"/> (null: not a number).</summary>
public sealed record WindowPoint(int Year, int N, double? Mean, double? Low, double? High);
