namespace NordicChina.Sim.Model.Metrics;

/// <summary>How a metric's aggregate rows (region = all over per-region rows, sector = all or heavy over per-sector rows)
/// are formed from its leaf rows; the <c>aggregate</c> column of the outputs marks those rows.</summary>
public enum MetricTotal
{
    /// <summary>The metric has no aggregate rows: every row is a leaf (a row labelled all is the only one of its kind).</summary>
    None = 0,
    /// <summary>The aggregate row is the sum of the leaf rows: SUM(value) over the rows WHERE NOT aggregate equals it.</summary>
    Sum = 1,
    /// <summary>The aggregate row is a mean of the leaf rows (heavy: the plain mean of the heavy-industry sectors; an
    /// adoption share over all sectors: the share over all firms), not their sum.</summary>
    Mean = 2,
    /// <summary>The aggregate row is computed from another metric's mean aggregate (the heavy-industry window from the
    /// heavy-industry capability gap), neither a sum nor a mean of the leaf rows.</summary>
    Derived = 3,
}
