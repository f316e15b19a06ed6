namespace NordicChina.Sim.Model.Metrics;

/// <summary>How a metric's per-tick values make a yearly value in summary.csv.</summary>
public enum MetricKind
{
    /// <summary>A flow during the tick: summed over the year.</summary>
    Flow = 0,
    /// <summary>A stock or level at the end of the tick: the year's last value.</summary>
    Stock = 1,
    /// <summary>Written once per replication at the final tick (e.g. the window's closing year); may be NA.</summary>
    Final = 2,
}
