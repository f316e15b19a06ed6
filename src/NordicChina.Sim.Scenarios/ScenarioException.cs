namespace NordicChina.Sim.Scenarios;

/// <summary>A scenario could not be loaded; <see cref="Errors"/> says where and why.</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
