namespace NordicChina.Sim.Scenarios;

/// <summary>A parameter to fit and the bounds to search (inside its catalogue bounds).</summary>
public sealed record FittedParameter(string Name, double Low, double High);
