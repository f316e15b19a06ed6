using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Metrics;

/// <summary>
/// One output series: name, unit, aggregation kind, what the region and sector columns hold, meaning. A metric with a
/// destination (<c>talent.flow</c>) is one series per destination region, all sharing the metric's <see cref="Name"/>:
/// outputs write the name in the <c>metric</c> column and the destination in the <c>destination</c> column; inputs
/// (calibration targets, sensitivity outputs) name one series by its <see cref="Key"/>, <c>talent.flow&gt;USA</c>.
/// </summary>
public sealed record MetricDefinition(int Id, string Name, string Unit, MetricKind Kind, string Breakdown, string Description)
{
    /// <summary>The destination region's index for a series of a metric with a destination, else <see cref="MetricPoint.All"/>.</summary>
    public int Destination { get; init; } = MetricPoint.All;

    /// <summary>How the aggregate rows are formed (<see cref="MetricTotal.None"/>: the metric has none).</summary>
    public MetricTotal Total { get; init; }

    /// <summary>Whether the value is a difference that can be negative (a net flow, a lead), measured from a zero that
    /// is not "none": a change relative to such a value (a gap of 0.02 rising to 0.058 is "+191%") says nothing.</summary>
    public bool Signed { get; init; }

    /// <summary>Whether a change relative to the baseline (difference / |baseline|) means something: only for values on
    /// a ratio scale (amounts, counts, shares), not for signed differences (<see cref="Signed"/>) nor for a year.</summary>
    public bool HasRelativeChange => !Signed && Unit != "year";

    /// <summary>Whether the row with region = all is the total over the per-region rows.</summary>
    public bool RegionTotal { get; init; }

    /// <summary>Whether the row with sector = all is the total over the per-sector rows (not so for
    /// <c>fdi.sector.value</c>, whose sector all holds equity by funds, a leaf).</summary>
    public bool SectorAllTotal { get; init; }

    /// <summary>The series' unique identifier: the name, or for a series with a destination name&gt;DESTINATION
    /// (e.g. <c>talent.flow&gt;USA</c>).</summary>
    public string Key => Destination == MetricPoint.All ? Name : $"{Name}>{Regions.All[Destination].Code}";

    /// <summary>The destination column's value: the region code, or "" (missing) for a metric without destination.</summary>
    public string DestinationLabel => Destination == MetricPoint.All ? "" : Regions.All[Destination].Code;

    /// <summary>Whether values of different regions add up to a meaningful total (money, counts of deals, jobs, people,
    /// firms, centres, funds or holdings; not wages, shares, scores or densities, nor a final value such as a year), so
    /// that a region group's row (<see cref="World.RegionGroup"/>) is the sum of its regions' rows.</summary>
    public bool Additive => Kind != MetricKind.Final && Unit is "EUR m" or "deals" or "jobs" or "persons" or "firms" or "centres" or "funds" or "holdings";

    /// <summary>Whether the row at <paramref name="region"/> and <paramref name="sector"/> is an aggregate of other rows
    /// of the same metric (region = all over regions, sector = all or heavy over sectors), so that a SUM over the
    /// rows that are not aggregates does not count anything twice.</summary>
    public bool IsAggregate(int region, int sector) =>
        (RegionTotal && region == MetricPoint.All) || (SectorAllTotal && sector == MetricPoint.All) || sector == Sectors.Count;
}
