namespace NordicChina.Sim.Cli.Explore;

/// <summary>The window view over <see cref="Replications"/> finished replications: the heavy-industry sectors'
/// series and the closing-year table (heavy first, then each sector, years in order).</summary>
public sealed record WindowSnapshot(int Replications, IReadOnlyList<WindowSector> Sectors, IReadOnlyList<WindowClosing> Closing);
