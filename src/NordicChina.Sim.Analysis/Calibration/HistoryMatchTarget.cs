namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// One observed quantity z that a simulator output is matched to, with the variances that make up the implausibility
/// denominator besides the emulator's own (Vernon, Goldstein &amp; Bower 2010, §3.2).
/// </summary>
public sealed record HistoryMatchTarget
{
    /// <summary>Creates a target; every variance must be finite and ≥ 0 and their sum (with the emulator's) &gt; 0.</summary>
    /// <param name="name">Output name, for reports.</param>
    /// <param name="observed">The observation z.</param>
    /// <param name="observationVariance">Var of the observation error.</param>
    /// <param name="discrepancyVariance">Var of the model discrepancy (structural error), default 0.</param>
    /// <param name="ensembleVariance">Var of a single realisation of a stochastic simulator around its mean
    /// (the "ensemble variability": the observed world is one realisation), default 0.</param>
    public HistoryMatchTarget(string name, double observed, double observationVariance, double discrepancyVariance = 0, double ensembleVariance = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(observed)) throw new ArgumentOutOfRangeException(nameof(observed), observed, $"Target '{name}': the observation must be finite.");
        Check(name, observationVariance, nameof(observationVariance));
        Check(name, discrepancyVariance, nameof(discrepancyVariance));
        Check(name, ensembleVariance, nameof(ensembleVariance));
        Name = name;
        Observed = observed;
        ObservationVariance = observationVariance;
        DiscrepancyVariance = discrepancyVariance;
        EnsembleVariance = ensembleVariance;
    }

    /// <summary>Output name.</summary>
    public string Name { get; }

    /// <summary>The observation z.</summary>
    public double Observed { get; }

    /// <summary>Observation-error variance.</summary>
    public double ObservationVariance { get; }

    /// <summary>Model-discrepancy variance.</summary>
    public double DiscrepancyVariance { get; }

    /// <summary>Ensemble (stochastic-realisation) variance.</summary>
    public double EnsembleVariance { get; }

    /// <summary>Var_obs + Var_discrepancy + Var_ensemble, the part of the denominator not due to the emulator.</summary>
    public double OtherVariance => ObservationVariance + DiscrepancyVariance + EnsembleVariance;

    private static void Check(string name, double value, string parameter)
    {
        if (!(value >= 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(parameter, value, $"Target '{name}': {parameter} must be finite and ≥ 0.");
    }
}
