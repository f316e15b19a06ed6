namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>How a calibration uses a moment: fitted, held out of the fit (predicted), or a validation target.</summary>
public enum MomentRole
{
    Fitted,
    HeldOut,
    Validation,
}
