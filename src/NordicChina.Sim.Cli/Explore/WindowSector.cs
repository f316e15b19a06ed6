namespace NordicChina.Sim.Cli.Explore;

/// <summary>One heavy-industry sector ("heavy": their mean) in the window view: Sweden's and China's AI capability and
/// Sweden's lead (window.gap) per year.</summary>
public sealed record WindowSector(string Code, string Name, IReadOnlyList<WindowPoint> Sweden, IReadOnlyList<WindowPoint> China, IReadOnlyList<WindowPoint> Gap);
