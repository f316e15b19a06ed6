namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>One wave's emulators with the variance each adds to its implausibility denominator besides its own.</summary>
/// <param name="Emulators">One emulator per target, in target order.</param>
/// <param name="DesignVariances">Per target, the variance of the design outputs' shared error (0 unless
/// <see cref="HistoryMatchingOptions.CommonRandomNumbers"/>).</param>
public sealed record EmulatorSet(IReadOnlyList<GaussianProcessEmulator> Emulators, IReadOnlyList<double> DesignVariances);
