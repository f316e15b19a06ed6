namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Summary of an emulator's leave-one-out standardised errors.</summary>
/// <param name="Count">Training runs.</param>
/// <param name="Threshold">The bound on |standardised error| counted as acceptable (3 by default).</param>
/// <param name="FractionWithin">Fraction of runs with |standardised error| ≤ <paramref name="Threshold"/>; a valid
/// emulator has almost all (Bastos &amp; O'Hagan 2009 on validating emulators).</param>
/// <param name="StandardisedRmse">Root mean square of the standardised errors; near 1 when the emulator's variance
/// is well calibrated, well above 1 when it is over-confident.</param>
/// <param name="Rmse">Root mean square of the raw errors y<sub>i</sub> − mean<sub>i</sub>, in output units.</param>
/// <param name="MaxAbsoluteStandardisedError">Largest |standardised error|.</param>
public sealed record EmulatorDiagnostics(
    int Count,
    double Threshold,
    double FractionWithin,
    double StandardisedRmse,
    double Rmse,
    double MaxAbsoluteStandardisedError);
