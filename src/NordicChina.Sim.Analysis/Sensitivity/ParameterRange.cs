namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// A named input factor varied uniformly over [<see cref="Low"/>, <see cref="High"/>]. Designs are built on the unit
/// hypercube and mapped to the range by x = low + u·(high − low).
/// </summary>
public sealed record ParameterRange
{
    /// <summary>Creates a range; requires finite bounds with <paramref name="low"/> &lt; <paramref name="high"/>.</summary>
    /// <param name="name">Parameter name as reported in the results.</param>
    /// <param name="low">Lower bound.</param>
    /// <param name="high">Upper bound.</param>
    public ParameterRange(string name, double low, double high)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(low) || !double.IsFinite(high) || !(low < high))
            throw new ArgumentOutOfRangeException(
                nameof(high), $"Parameter '{name}' needs finite bounds with low < high (got [{low}, {high}]).");
        Name = name;
        Low = low;
        High = high;
    }

    /// <summary>Parameter name.</summary>
    public string Name { get; }

    /// <summary>Lower bound.</summary>
    public double Low { get; }

    /// <summary>Upper bound.</summary>
    public double High { get; }

    /// <summary><c>High − Low</c>.</summary>
    public double Width => High - Low;

    /// <summary>Maps u ∈ [0, 1] to low + u·(high − low), clamped into the range against rounding.</summary>
    public double FromUnit(double u) => Math.Clamp(Low + u * (High - Low), Low, High);

    /// <summary>Maps x to (x − low)/(high − low); the inverse of <see cref="FromUnit"/>.</summary>
    public double ToUnit(double x) => (x - Low) / (High - Low);
}
