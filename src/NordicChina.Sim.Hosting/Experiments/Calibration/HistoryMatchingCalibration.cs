using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>A finished history-matching calibration: the waves, the accepted ensemble, each moment's prediction and the
/// twin experiments (see <see cref="HistoryMatchingCalibrator"/>).</summary>
public sealed record HistoryMatchingCalibration(
    CalibrationSpec Spec,
    IReadOnlyList<CalibrationFile> Files,
    IReadOnlyList<MomentSlot> Slots,
    IReadOnlyList<ParameterRange> Ranges,
    IReadOnlyList<double> EnsembleVariance,
    HistoryMatchingResult Result,
    IReadOnlyList<MomentPrediction> Predictions,
    IReadOnlyList<TwinExperiment> Twins,
    DateTimeOffset Started,
    DateTimeOffset Finished)
{
    public IReadOnlyList<EnsembleMember> Accepted => Result.Accepted;

    /// <summary>Each parameter's median over the accepted ensemble (the calibrated central value), whole-number
    /// parameters rounded (<see cref="HistoryMatchingCalibrator.ModelValue"/>).</summary>
    public IReadOnlyList<double> Central => Ranges.Select((r, d) =>
        Accepted.Count == 0 ? double.NaN : HistoryMatchingCalibrator.ModelValue(r.Name, Analysis.Statistics.Quantile.R7(Accepted.Select(m => m.Point[d]), 0.5))).ToArray();
}
