namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>An emulator's posterior for the simulator's mean output at one input.</summary>
/// <param name="Mean">E[f(x)].</param>
/// <param name="Variance">Var[f(x)] ≥ 0, including the regression-coefficient uncertainty (universal kriging) and
/// excluding the nugget (the noise of a single run).</param>
public readonly record struct EmulatorPrediction(double Mean, double Variance);
