namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Outcome of <see cref="HistoryMatching.Run(Func{IReadOnlyList{double[]}, IReadOnlyList{SimulatorOutput}}, CancellationToken)"/>.</summary>
/// <param name="Waves">The waves, in order.</param>
/// <param name="Stop">Why the waves stopped.</param>
/// <param name="Ensemble">The final runs at non-implausible points (all of them, accepted or not).</param>
/// <param name="SimulatorRuns">Total points sent to the simulator, waves and ensemble.</param>
public sealed record HistoryMatchingResult(
    IReadOnlyList<HistoryMatchingWave> Waves,
    HistoryMatchingStop Stop,
    IReadOnlyList<EnsembleMember> Ensemble,
    int SimulatorRuns)
{
    /// <summary>The ensemble members whose simulated outputs are within the cutoff.</summary>
    public IReadOnlyList<EnsembleMember> Accepted => Ensemble.Where(m => m.Accepted).ToArray();
}
