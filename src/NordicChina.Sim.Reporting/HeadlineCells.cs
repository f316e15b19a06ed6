namespace NordicChina.Sim.Reporting;

/// <summary>How a headline indicator's mean and interval are written, in the console tables and the HTML reports alike.</summary>
public static class HeadlineCells
{
    public static string Mean(double mean, string unit) => double.IsNaN(mean) ? "-" : Fmt.Value(mean, unit);

    public static string Interval(double mean, double low, double high, string unit, int n) =>
        double.IsNaN(mean) ? "-"
        : double.IsNaN(low) || double.IsNaN(high) ? (n < 2 ? $"n/a ({n} replication)" : "n/a")
        : $"{Fmt.Value(low, unit)} .. {Fmt.Value(high, unit)}";
}
