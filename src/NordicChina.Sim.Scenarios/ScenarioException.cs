namespace NordicChina.Sim.Scenarios;

/// <summary>A scenario could not be loaded; <see cref="Errors"/> says where and why. At most
/// <see cref="MaxReported"/> errors are kept (the first ones); <see cref="Total"/> counts them all.</summary>
public sealed class ScenarioException : Exception
{
    public const int MaxReported = 20;

    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(Describe(errors))
    {
        Errors = errors.Count > MaxReported ? errors.Take(MaxReported).ToList() : errors;
        Total = errors.Count;
    }

    public IReadOnlyList<ScenarioError> Errors { get; }

    /// <summary>All errors found, including those beyond <see cref="MaxReported"/>.</summary>
    public int Total { get; }

    /// <summary>The line that follows the reported errors when some were left out, else null.</summary>
    public string? MoreLine => Total > Errors.Count ? $"... and {Total - Errors.Count} more errors" : null;

    private static string Describe(IReadOnlyList<ScenarioError> errors) =>
        string.Join(Environment.NewLine, errors.Take(MaxReported).Select(e => e.ToString())
            .Concat(errors.Count > MaxReported ? [$"... and {errors.Count - MaxReported} more errors"] : []));
}
