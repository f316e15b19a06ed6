namespace NordicChina.Sim.Reporting.Input;

/// <summary>One row of sweep.csv: a metric's mean with 95% CI at one point of the parameter grid.</summary>
internal sealed record SweepRow(
    string Point,
    IReadOnlyList<string> ParameterValues,
    string Metric,
    string Region,
    string Sector,
    double N,
    double Mean,
    double CiLow,
    double CiHigh);
