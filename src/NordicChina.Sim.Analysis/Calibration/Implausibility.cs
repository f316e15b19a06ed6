namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// The implausibility measure of history matching (Craig et al. 1997; Vernon, Goldstein &amp; Bower 2010, eq. 3.4–3.5):
/// per output I<sub>k</sub>(x) = |z<sub>k</sub> − E[f<sub>k</sub>(x)]| / √(Var[f<sub>k</sub>(x)] + Var_obs + Var_discrepancy + Var_ensemble),
/// combined over outputs as the maximum (rank 1) or the second (rank 2), third, … largest, which tolerates one or more
/// poorly emulated outputs. A point is non-implausible when the combined measure is at most the cutoff, 3 by
/// default (Pukelsheim's three-sigma rule: any unimodal distribution puts at least 95 % of its mass within 3 sd).
/// </summary>
public sealed class Implausibility
{
    /// <summary>Creates the measure.</summary>
    /// <param name="targets">The observed outputs, in the simulator's output order.</param>
    /// <param name="cutoff">Non-implausibility cutoff (&gt; 0), default 3.</param>
    /// <param name="rank">Which largest per-output value is the combined measure: 1 = max (default), 2 = second max, …
    /// (at most the number of targets).</param>
    public Implausibility(IReadOnlyList<HistoryMatchTarget> targets, double cutoff = 3, int rank = 1)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0) throw new ArgumentException("At least one target is needed.", nameof(targets));
        if (!(cutoff > 0) || !double.IsFinite(cutoff)) throw new ArgumentOutOfRangeException(nameof(cutoff), cutoff, "The cutoff must be positive.");
        if (rank < 1 || rank > targets.Count)
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"The rank must be between 1 and the number of targets ({targets.Count}).");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in targets)
        {
            if (!names.Add(t.Name)) throw new ArgumentException($"Target '{t.Name}' appears twice.", nameof(targets));
        }
        Targets = targets.ToArray();
        Cutoff = cutoff;
        Rank = rank;
    }

    /// <summary>The targets, in output order.</summary>
    public IReadOnlyList<HistoryMatchTarget> Targets { get; }

    /// <summary>The cutoff.</summary>
    public double Cutoff { get; }

    /// <summary>Rank of the combined measure (1 = max).</summary>
    public int Rank { get; }

    /// <summary>I = |z − mean| / √(total variance); +∞ for a non-finite mean, 0/0 counted as 0.</summary>
    public static double Single(double observed, double mean, double totalVariance)
    {
        if (!double.IsFinite(mean)) return double.PositiveInfinity;
        double distance = Math.Abs(observed - mean);
        if (distance == 0) return 0;
        return totalVariance > 0 ? distance / Math.Sqrt(totalVariance) : double.PositiveInfinity;
    }

    /// <summary>The <see cref="Rank"/>-th largest of the per-output values.</summary>
    public double Combine(IReadOnlyList<double> perOutput)
    {
        ArgumentNullException.ThrowIfNull(perOutput);
        if (perOutput.Count != Targets.Count)
            throw new ArgumentException($"{perOutput.Count} values for {Targets.Count} targets.", nameof(perOutput));
        var sorted = perOutput.ToArray();
        Array.Sort(sorted);
        return sorted[sorted.Length - Rank];
    }

    /// <summary>Implausibility from emulator predictions, one per target.</summary>
    public ImplausibilityMeasure Evaluate(IReadOnlyList<EmulatorPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Count != Targets.Count)
            throw new ArgumentException($"{predictions.Count} predictions for {Targets.Count} targets.", nameof(predictions));
        var values = new double[Targets.Count];
        for (int k = 0; k < values.Length; k++)
        {
            var t = Targets[k];
            values[k] = Single(t.Observed, predictions[k].Mean, predictions[k].Variance + t.OtherVariance);
        }
        double combined = Combine(values);
        return new ImplausibilityMeasure(values, combined, combined <= Cutoff);
    }

    /// <summary>
    /// Implausibility of simulated outputs (no emulator): the denominator is the targets' other variances plus, when
    /// given, the variance of each simulated value (e.g. of a replication mean).
    /// </summary>
    public ImplausibilityMeasure EvaluateSimulated(IReadOnlyList<double> outputs, IReadOnlyList<double>? outputVariances = null)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var predictions = new EmulatorPrediction[outputs.Count];
        for (int k = 0; k < outputs.Count; k++) predictions[k] = new EmulatorPrediction(outputs[k], outputVariances?[k] ?? 0);
        return Evaluate(predictions);
    }
}
