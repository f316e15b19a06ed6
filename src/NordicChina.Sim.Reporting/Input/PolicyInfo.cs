namespace NordicChina.Sim.Reporting.Input;

/// <summary>One policy lever switched on in a scenario: years it is active, its intensity and the regions it applies to.</summary>
internal sealed record PolicyInfo(string Lever, string Start, string End, string Intensity, IReadOnlyList<string> Regions);
