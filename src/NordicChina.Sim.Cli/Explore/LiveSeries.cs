namespace NordicChina.Sim.Cli.Explore;

/// <summary>One headline indicator from the start year to each year (flows summed, stocks at the year's end).</summary>
public sealed record LiveSeries(string Title, string Unit, List<LivePoint> Points);
