namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>The fit of one moment.</summary>
/// <param name="Name">Moment name.</param>
/// <param name="Simulated">Simulated value.</param>
/// <param name="Target">Target value.</param>
/// <param name="Weight">Weight w.</param>
/// <param name="Scale">|target|, or 1 when the target is 0.</param>
/// <param name="RelativeError">(simulated − target) / scale, signed; an absolute error when the target is 0.</param>
/// <param name="Contribution">w · RelativeError², this moment's term of the distance (+∞ if the simulated value is not finite and w &gt; 0).</param>
public sealed record MomentError(
    string Name,
    double Simulated,
    double Target,
    double Weight,
    double Scale,
    double RelativeError,
    double Contribution);
