namespace NordicChina.Sim.Scenarios;

/// <summary>
/// One calibration or validation target: the mean per year of <paramref name="Metric"/> (region, sector; region "*"
/// sums the regions) over years <paramref name="FromYear"/>..<paramref name="ToYear"/>, averaged across replications.
/// When <paramref name="RelativeFrom"/> is set it is divided by the same over RelativeFrom..RelativeTo (a ratio
/// moment); when <paramref name="Denominator"/> is set it is divided by the denominator's metric over the same years
/// (a share moment). <paramref name="Sd"/> is the target's uncertainty in its own units (null in old-style files),
/// <paramref name="Source"/> the publisher, title/table and year of the record, <paramref name="Record"/> the
/// published figure as text (e.g. "EUR 17.3bn").
/// </summary>
public sealed record TargetMoment(
    string Name, string Metric, string Region, string Sector, int FromYear, int ToYear,
    int? RelativeFrom, int? RelativeTo, double Target, double Weight,
    double? Sd = null, string? Source = null, string? Record = null, MomentDenominator? Denominator = null);
