using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>
/// What every history-matching run of a spec starts from, the full calibration and the twin experiments alike: its
/// placed moments, the fitted ones, the parameter box, which files run at design points, the box's middle, and the
/// pilot's ensemble variability of each moment with the part of it that joins the implausibility
/// (<see cref="MatchVariance"/>: all of it with <c>match: realisation</c>, none with <c>match: mean</c>).
/// </summary>
internal sealed record CalibrationSetup(
    MomentSlot[] Slots,
    MomentSlot[] Fitted,
    ParameterRange[] Ranges,
    bool[] Fitting,
    double[] Center,
    double[] EnsembleVariance,
    double[] MatchVariance);
