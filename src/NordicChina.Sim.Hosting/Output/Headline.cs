namespace NordicChina.Sim.Hosting.Output;

/// <summary>One headline result over the whole horizon: mean across replications with its 95% interval and, with
/// parameter uncertainty, the share of its variance due to the parameters (NaN without).</summary>
public sealed record Headline(string Name, string Unit, int N, double Mean, double Ci95Low, double Ci95High, double ShareParametric = double.NaN);
