namespace NordicChina.Sim.Scenarios;

/// <summary>A targets file: what to fit, to which moments, with how many replications per evaluation.</summary>
public sealed record CalibrationTargets(
    string Name,
    string? ScenarioPath,
    int Replications,
    int MaxEvaluations,
    IReadOnlyList<FittedParameter> Parameters,
    IReadOnlyList<TargetMoment> Moments);
