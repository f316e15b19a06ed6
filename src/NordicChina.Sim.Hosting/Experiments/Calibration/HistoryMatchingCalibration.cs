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

    /// <summary>The index in <see cref="Accepted"/> of the central member: the most plausible accepted member, the one
    /// with the smallest implausibility on its confirmation run (on its own run when the calibration does not confirm),
    /// the lower index on a tie; -1 when nothing was accepted. The defaults are a member rather than the coordinate-wise
    /// medians because a non-implausible region curved in many dimensions need not contain its medians
    /// (docs/calibration.md, "Central values").</summary>
    public int CentralMember
    {
        get
        {
            int best = -1;
            for (int i = 0; i < Accepted.Count; i++)
                if (best < 0 || Support(Accepted[i]) < Support(Accepted[best])) best = i;
            return best;
        }
    }

    /// <summary>The implausibility by which <see cref="CentralMember"/> ranks the accepted members.</summary>
    public static double Support(EnsembleMember member) => (member.Confirmation ?? member.Implausibility).Combined;

    /// <summary>The calibrated central values: the point of <see cref="CentralMember"/>, whole-number parameters rounded
    /// (<see cref="HistoryMatchingCalibrator.ModelValue"/>); NaN when nothing was accepted.</summary>
    public IReadOnlyList<double> Central
    {
        get
        {
            int member = CentralMember;   // chosen once, not once per parameter
            return Ranges.Select((r, d) => member < 0 ? double.NaN : HistoryMatchingCalibrator.ModelValue(r.Name, Accepted[member].Point[d])).ToArray();
        }
    }

    /// <summary>Each parameter's median over the accepted ensemble, whole-number parameters rounded; reported beside
    /// the central values, not used as defaults.</summary>
    public IReadOnlyList<double> Median => Ranges.Select((r, d) =>
        Accepted.Count == 0 ? double.NaN : HistoryMatchingCalibrator.ModelValue(r.Name, Analysis.Statistics.Quantile.R7(Accepted.Select(m => m.Point[d]), 0.5))).ToArray();
}
