namespace NordicChina.Sim.Hosting.Output;

/// <summary>A metric at a year, region and sector; <see cref="Horizon"/> as the year means the whole horizon.</summary>
public readonly record struct MetricKey(int Metric, int Year, int Region, int Sector) : IComparable<MetricKey>
{
    public const int Horizon = int.MaxValue;

    public int CompareTo(MetricKey o)
    {
        int c = Metric.CompareTo(o.Metric);
        if (c != 0) return c;
        c = Year.CompareTo(o.Year);
        if (c != 0) return c;
        c = Region.CompareTo(o.Region);
        return c != 0 ? c : Sector.CompareTo(o.Sector);
    }
}
