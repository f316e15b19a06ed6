namespace NordicChina.Sim.Cli.Explore;

/// <summary>Where the explorer listens, its scenario library and where its runs write results.</summary>
public sealed record ExplorerOptions(string Host, int Port, string Library, string Out);
