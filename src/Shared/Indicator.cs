namespace NordicChina.Sim.Shared;

/// <summary>One headline indicator: a metric's series (a name, or name&gt;DESTINATION for talent.flow) at a region
/// (a code, all, or a region group's name) and sector, with its title and unit. Flows are totals over the years
/// shown, stocks values at the end of the last year, <see cref="Stock"/> telling which.</summary>
internal sealed record Indicator(string Series, string Region, string Sector, string Title, string Unit, bool Stock = false)
{
    /// <summary>The metric column's value.</summary>
    public string Metric => Series.Split('>')[0];

    /// <summary>The destination column's value ("" for a metric without one).</summary>
    public string Destination => Series.Contains('>') ? Series.Split('>')[1] : "";
}
