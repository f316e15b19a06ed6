namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>An empirical moment the model should reproduce.</summary>
public sealed record MomentTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="name">Moment name as reported in the results.</param>
    /// <param name="target">Observed (target) value; must be finite.</param>
    /// <param name="weight">Non-negative weight w in the distance, default 1.</param>
    public MomentTarget(string name, double target, double weight = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(target))
            throw new ArgumentOutOfRangeException(nameof(target), target, $"Target of '{name}' must be finite.");
        if (!(weight >= 0) || !double.IsFinite(weight))
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"Weight of '{name}' must be finite and non-negative.");
        Name = name;
        Target = target;
        Weight = weight;
    }

    /// <summary>Moment name.</summary>
    public string Name { get; }

    /// <summary>Target value.</summary>
    public double Target { get; }

    /// <summary>Weight w in the distance.</summary>
    public double Weight { get; }

    /// <summary>Scale of the deviation: |target|, or 1 when the target is 0.</summary>
    public double Scale => Target == 0 ? 1 : Math.Abs(Target);
}
