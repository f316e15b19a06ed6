namespace NordicChina.Sim.Hosting.Output;

/// <summary>One line of summary.csv: a metric's yearly value across replications.</summary>
public sealed record SummaryRow(
    string Metric, int Year, string Region, string Sector, int N,
    double Mean, double Sd, double Ci95Low, double Ci95High, double P025, double P975);
