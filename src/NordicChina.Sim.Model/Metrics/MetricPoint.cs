namespace NordicChina.Sim.Model.Metrics;

/// <summary>One value of one metric at one tick. Region and sector are indices, or -1 for "all".
/// NaN means "not available" (written as an empty field in CSV, NULL in Parquet).</summary>
public readonly record struct MetricPoint(int Metric, int Region, int Sector, double Value) : IComparable<MetricPoint>
{
    public const int All = -1;

    /// <summary>Canonical order: metric, region, sector.</summary>
    public int CompareTo(MetricPoint other)
    {
        int c = Metric.CompareTo(other.Metric);
        if (c != 0) return c;
        c = Region.CompareTo(other.Region);
        return c != 0 ? c : Sector.CompareTo(other.Sector);
    }
}
