namespace NordicChina.Sim.Hosting.Output;

/// <summary>One row of the headline table (<see cref="HeadlineTable"/>): an indicator over the years
/// <see cref="From"/>..<see cref="Until"/>, its mean across replications with the 95% CI and, with parameter
/// uncertainty, the share of its variance due to the parameters (NaN without).</summary>
public sealed record HeadlineRow(string Title, string Unit, string Metric, string Region, string Destination, string Sector,
    int From, int Until, int N, double Mean, double Ci95Low, double Ci95High, double ShareParametric);
