namespace NordicChina.Sim.Scenarios;

/// <summary>
/// One calibration target: the mean per year of <paramref name="Metric"/> (region, sector; region "*" sums the regions)
/// over years <paramref name="FromYear"/>..<paramref name="ToYear"/>, averaged across replications; when
/// <paramref name="RelativeFrom"/> is set, divided by the same over RelativeFrom..RelativeTo (a ratio moment).
/// </summary>
public sealed record TargetMoment(
    string Name, string Metric, string Region, string Sector, int FromYear, int ToYear,
    int? RelativeFrom, int? RelativeTo, double Target, double Weight);
