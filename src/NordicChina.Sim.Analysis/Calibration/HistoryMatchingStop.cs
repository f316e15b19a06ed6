namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Why <see cref="HistoryMatching"/> stopped refocusing.</summary>
public enum HistoryMatchingStop
{
    /// <summary>The maximum number of waves was run.</summary>
    MaxWaves,

    /// <summary>The emulator variance became small relative to the other variances (<see cref="HistoryMatchingOptions.StopVarianceRatio"/>).</summary>
    EmulatorVarianceSmall,

    /// <summary>No non-implausible point was found: the model cannot match the targets within the cutoff.</summary>
    NoNonImplausiblePoints,
}
