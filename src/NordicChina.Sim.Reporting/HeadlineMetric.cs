namespace NordicChina.Sim.Reporting;

/// <summary>
/// A metric the report charts, at one region and sector, with the words a policy analyst needs to read the chart:
/// a title, the unit on the y axis and what the numbers mean.
/// </summary>
internal sealed record HeadlineMetric(
    string Metric,
    string Region,
    string Sector,
    string Title,
    string Unit,
    string Explanation)
{
    /// <summary>The unit of a value summed over the whole horizon: a flow's "per year" no longer applies.</summary>
    public string HorizonUnit => Unit.EndsWith(" per year", StringComparison.Ordinal) ? Unit[..^" per year".Length] + " over the horizon" : Unit;

    /// <summary>"metric (region/sector)" as shown under tables and charts.</summary>
    public string Key => $"{Metric} ({Region}/{Sector})";

    /// <summary>Where the metric is measured, in words.</summary>
    public string Where => (Region, Sector) switch
    {
        ("all", "all") => "all host regions",
        ("all", "heavy") => "heavy industry",
        ("all", var s) => s,
        (var r, "all") => RegionNames.Name(r),
        var (r, s) => $"{RegionNames.Name(r)}, {s}",
    };
}
