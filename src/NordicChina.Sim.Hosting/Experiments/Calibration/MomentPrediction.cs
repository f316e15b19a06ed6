namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>
/// What the calibrated ensemble says about one moment: the mean over every (member, replication) run, the R-7 2.5% and
/// 97.5% quantiles of those runs (parametric and stochastic uncertainty together), and whether the record passes:
/// for a fitted moment, |mean - target| &lt;= 2 sd (the target's stated tolerance); for a predicted one, the target lies
/// in the interval widened by the record's own uncertainty (<see cref="PredictionLow"/>..<see cref="PredictionHigh"/>).
/// </summary>
public sealed record MomentPrediction(
    MomentSlot Slot, int Runs, double Mean, double Low, double High, double PredictionLow, double PredictionHigh)
{
    public double Target => Slot.Moment.Target;

    public bool WithinTolerance => Math.Abs(Mean - Target) <= 2 * Slot.Sd;

    public bool Covered => Target >= PredictionLow && Target <= PredictionHigh;

    public bool Passes => Slot.Role == MomentRole.Fitted ? WithinTolerance : Covered;
}
