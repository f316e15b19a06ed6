namespace NordicChina.Sim.Analysis.Statistics;

/// <summary>A two-sided confidence interval [<see cref="Lower"/>, <see cref="Upper"/>] at <see cref="Level"/>.</summary>
/// <param name="Lower">Lower bound (NaN when it cannot be estimated, e.g. fewer than two observations).</param>
/// <param name="Upper">Upper bound (NaN when it cannot be estimated).</param>
/// <param name="Level">Nominal coverage, e.g. 0.95.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>An interval that could not be estimated.</summary>
    public static ConfidenceInterval Undefined(double level) => new(double.NaN, double.NaN, level);

    /// <summary><c>Upper − Lower</c>.</summary>
    public double Width => Upper - Lower;

    /// <summary>Half of <see cref="Width"/>.</summary>
    public double HalfWidth => Width / 2;

    /// <summary>True when both bounds are finite numbers.</summary>
    public bool IsDefined => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>True when <c>Lower ≤ value ≤ Upper</c>.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
