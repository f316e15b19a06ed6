namespace NordicChina.Sim.Reporting.Input;

/// <summary>One row of comparison.csv: a scenario's difference from the baseline for a metric in a year (or "total").</summary>
internal sealed record ComparisonRow(
    string Scenario,
    string Metric,
    string Year,
    string Region,
    string Sector,
    double N,
    double BaselineMean,
    double ScenarioMean,
    double Difference,
    double CiLow,
    double CiHigh,
    double RelativeChange,
    double ShareParametric = double.NaN);
