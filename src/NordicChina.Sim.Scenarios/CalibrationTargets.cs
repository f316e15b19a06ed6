namespace NordicChina.Sim.Scenarios;

/// <summary>
/// A targets file: what to fit, to which moments, with how many replications per evaluation. <paramref name="Use"/>
/// says whether it may be fitted (a validation file has no parameters and is never fitted);
/// <paramref name="Documented"/> is true when the file declares <c>use</c>, and so every moment has an sd and a source.
/// </summary>
public sealed record CalibrationTargets(
    string Name,
    string? ScenarioPath,
    int Replications,
    int MaxEvaluations,
    IReadOnlyList<FittedParameter> Parameters,
    IReadOnlyList<TargetMoment> Moments,
    TargetsUse Use = TargetsUse.Calibration,
    bool Documented = false);
