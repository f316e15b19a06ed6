namespace NordicChina.Sim.Model.Policies;

/// <summary>
/// What a lever's mechanism says it moves: switching <paramref name="Lever"/> to <paramref name="Intensity"/> over the
/// whole horizon (other levers as in the baseline) moves <paramref name="Metric"/> in <paramref name="Direction"/>
/// (+1 up, -1 down). <paramref name="Region"/> is a region code, "all" for the metric's all-region row, or "*" for
/// the sum over regions; <paramref name="Final"/> compares the last tick's value instead of the sum over ticks.
/// A test checks every row with paired replications; docs/parameters.md lists them.
/// </summary>
public sealed record LeverExpectation(
    string Lever,
    double Intensity,
    string Metric,
    string Region,
    string Sector,
    int Direction,
    bool Final,
    IReadOnlyList<string>? Regions = null);
