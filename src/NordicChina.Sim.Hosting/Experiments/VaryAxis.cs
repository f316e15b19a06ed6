namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>One swept parameter and the values it takes, in order.</summary>
public sealed record VaryAxis(string Parameter, IReadOnlyList<double> Values);
