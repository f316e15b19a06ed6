namespace NordicChina.Sim.Hosting.Output;

/// <summary>One line of summary.csv: a metric's yearly value across replications, and with parameter uncertainty its
/// spread split into stochastic and parametric parts.</summary>
public sealed record SummaryRow(
    string Metric, int Year, string Region, string Sector, int N,
    double Mean, double Sd, double Ci95Low, double Ci95High, double P025, double P975)
{
    /// <summary>The destination region of a talent.flow row; "" (missing) for other metrics.</summary>
    public string Destination { get; init; } = "";

    /// <summary>Whether the row is a total over regions or sectors (<see cref="Model.Metrics.MetricDefinition.IsAggregate"/>).</summary>
    public bool Aggregate { get; init; }

    /// <summary>The spread split into stochastic and parametric parts (parameter uncertainty only).</summary>
    public Analysis.Comparison.VarianceDecomposition Spread { get; init; } = Analysis.Comparison.VarianceDecomposition.None;
}
