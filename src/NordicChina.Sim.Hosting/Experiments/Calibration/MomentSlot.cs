using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>
/// A moment of a calibration, placed: the file it comes from (index into the calibration's files), and whether it is
/// fitted (<see cref="MomentRole.Fitted"/>), held out of the fit by the spec's fit years (<see cref="MomentRole.HeldOut"/>),
/// or in a validation file (<see cref="MomentRole.Validation"/>).
/// </summary>
public sealed record MomentSlot(int File, TargetMoment Moment, MomentRole Role)
{
    /// <summary>The target's standard deviation: its stated sd, or 10% of |target| in an old-style file without one.</summary>
    public double Sd => Moment.Sd ?? Math.Max(1e-9, 0.1 * Math.Abs(Moment.Target));
}
