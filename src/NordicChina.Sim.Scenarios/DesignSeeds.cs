namespace NordicChina.Sim.Scenarios;

/// <summary>How a calibration seeds the replications of its design points (the spec's <c>design_seeds:</c>,
/// docs/calibration.md).</summary>
public enum DesignSeeds
{
    /// <summary>Every design point runs with the scenario's seeds (common random numbers across points; the default and
    /// the shipped calibration's choice). The response surface is smooth, but the seeds' shared error cannot be told
    /// from the signal; each wave adds its variance to the implausibility instead.</summary>
    Common,

    /// <summary>Every design point and every final run has seeds of its own. Each point's mean then carries an error
    /// independent of its neighbours', which the emulators treat as known noise and average out: they learn the model's
    /// mean, not the mean under one set of seeds, but a noisy moment (a ratio over a lumpy year) constrains little
    /// unless the replications are many.</summary>
    Independent,
}
