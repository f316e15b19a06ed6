namespace NordicChina.Sim.Scenarios;

/// <summary>
/// The denominator of a share moment: <paramref name="Metric"/> (a metric, or metrics joined by '+' and summed) in
/// <paramref name="Region"/> and
/// <paramref name="Sector"/> (same region syntax as the moment) over the moment's own years.
/// </summary>
public sealed record MomentDenominator(string Metric, string Region, string Sector);
