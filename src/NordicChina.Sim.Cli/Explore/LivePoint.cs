namespace NordicChina.Sim.Cli.Explore;

/// <summary>A headline indicator up to <see cref="Year"/>: mean and 95% CI over <see cref="N"/> replications (null: not a number).</summary>
public sealed record LivePoint(int Year, int N, double? Mean, double? Low, double? High);
