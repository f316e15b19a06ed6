namespace NordicChina.Sim.Model.Parameters;

/// <summary>
/// One number of the model: its name, default, unit, plausible range and where the default comes from
/// (a report section and figure, or the word "assumption").
/// </summary>
public sealed record ParameterDefinition(
    string Name,
    double Default,
    string Unit,
    double Min,
    double Max,
    string Source,
    string Description,
    bool IsInteger = false)
{
    public bool IsAssumption => Source.StartsWith("assumption", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the value is acceptable, else why not.</summary>
    public string? Check(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "must be a finite number";
        if (value < Min || value > Max) return $"must be between {Min:G} and {Max:G} ({Unit})";
        if (IsInteger && value != Math.Floor(value)) return "must be a whole number";
        return null;
    }
}
