namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>
/// One twin experiment: data simulated from known parameters (<paramref name="Truth"/>), then calibrated as if they were
/// the record. <paramref name="NonImplausible"/>: the truth passes every wave's emulators at the cutoff (it lies in the
/// retained, 95%-or-more region of Vernon et al. 2010's three-sigma rule); <paramref name="InsideEnsembleRanges"/>: every
/// parameter's true value lies within the accepted ensemble's 2.5-97.5% range. <paramref name="WorstTarget"/>,
/// <paramref name="WorstImplausibility"/> and <paramref name="WorstWave"/>: the target with the largest implausibility
/// at the truth over every wave's emulators, that value and its wave (1-based): what rules a truth out, or comes closest.
/// </summary>
public sealed record TwinExperiment(int Index, IReadOnlyList<double> Truth, bool NonImplausible, bool InsideEnsembleRanges, int Accepted, int Waves,
    string WorstTarget = "", double WorstImplausibility = double.NaN, int WorstWave = 0);
