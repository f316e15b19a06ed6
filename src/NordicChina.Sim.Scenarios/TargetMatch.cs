namespace NordicChina.Sim.Scenarios;

/// <summary>What a calibration matches the targets with (the spec's <c>match:</c>, docs/calibration.md).</summary>
public enum TargetMatch
{
    /// <summary>The model's expected value (its mean over replications): each target's sd is the tolerance for the
    /// model's mean, so the implausibility holds the record's error and the emulator's variance, not the spread of a
    /// single replication. The default: the validation table holds the model's mean against the same tolerance.</summary>
    Mean,

    /// <summary>One realisation of the model: the record is one realisation of the world, so the spread of a single
    /// replication (the "ensemble variability" of Vernon, Goldstein &amp; Bower 2010) joins the implausibility. Much
    /// weaker where single replications are lumpy.</summary>
    Realisation,
}
