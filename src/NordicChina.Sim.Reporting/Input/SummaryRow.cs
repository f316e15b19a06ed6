namespace NordicChina.Sim.Reporting.Input;

/// <summary>One row of summary.csv: a metric's mean over replications in one year, region and sector.</summary>
internal sealed record SummaryRow(
    string Metric,
    int Year,
    string Region,
    string Sector,
    double N,
    double Mean,
    double Sd,
    double CiLow,
    double CiHigh,
    double ShareParametric = double.NaN);
