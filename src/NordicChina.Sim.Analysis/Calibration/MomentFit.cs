namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// Weighted distance between simulated and target moments, the objective of a method-of-simulated-moments
/// calibration (McFadden 1989; Gouriéroux &amp; Monfort 1996; for agent-based models Franke 2009, Grazzini &amp;
/// Richiardi 2015) with a diagonal weighting matrix and relative deviations:
/// D(θ) = Σ<sub>j</sub> w<sub>j</sub> ((sim<sub>j</sub>(θ) − target<sub>j</sub>) / scale<sub>j</sub>)²,
/// scale<sub>j</sub> = |target<sub>j</sub>|, or 1 when target<sub>j</sub> = 0.
/// </summary>
/// <remarks>
/// Scaling by |target| makes moments of different units comparable, so w<sub>j</sub> expresses importance only;
/// for inverse-variance weighting pass w<sub>j</sub> = target<sub>j</sub>² / Var(moment<sub>j</sub>).
/// A non-finite simulated moment with positive weight makes the distance +∞, so a minimiser rejects the point.
/// </remarks>
public sealed class MomentFit
{
    /// <summary>Creates a fit for the given targets (at least one, names unique).</summary>
    public MomentFit(IReadOnlyList<MomentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0) throw new ArgumentException("At least one moment is needed.", nameof(targets));
        var duplicate = targets.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Moment '{duplicate.Key}' appears twice.", nameof(targets));
        Targets = Array.AsReadOnly(targets.ToArray());
    }

    /// <summary>The targets, in the order simulated values must follow.</summary>
    public IReadOnlyList<MomentTarget> Targets { get; }

    /// <summary>D for the simulated moments (same order as <see cref="Targets"/>).</summary>
    public double Distance(IReadOnlyList<double> simulated) => Evaluate(simulated).Distance;

    /// <summary>D and the per-moment errors for the simulated moments (same order as <see cref="Targets"/>).</summary>
    /// <exception cref="ArgumentException">The number of simulated values differs from the number of targets.</exception>
    public MomentFitResult Evaluate(IReadOnlyList<double> simulated)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        if (simulated.Count != Targets.Count)
            throw new ArgumentException($"{simulated.Count} simulated moments for {Targets.Count} targets.", nameof(simulated));

        var errors = new MomentError[Targets.Count];
        double distance = 0;
        for (int j = 0; j < errors.Length; j++)
        {
            var t = Targets[j];
            double sim = simulated[j];
            double relative = (sim - t.Target) / t.Scale;
            double contribution = t.Weight == 0
                ? 0
                : double.IsFinite(relative) ? t.Weight * relative * relative : double.PositiveInfinity;
            errors[j] = new MomentError(t.Name, sim, t.Target, t.Weight, t.Scale, relative, contribution);
            distance += contribution;
        }
        return new MomentFitResult(distance, Array.AsReadOnly(errors));
    }
}
