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

    /// <summary>Where the default comes from, read from <see cref="Source"/>.</summary>
    public ParameterSourceKind SourceKind =>
        IsAssumption ? ParameterSourceKind.Assumption
        : Source.StartsWith("calibrated", StringComparison.OrdinalIgnoreCase) ? ParameterSourceKind.Calibrated
        : Source.StartsWith("report ", StringComparison.Ordinal) || Source.Contains("report ch.", StringComparison.Ordinal) ? ParameterSourceKind.Report
        : ParameterSourceKind.Published;

    /// <summary>Lower end of the plausible range that sweeps, sensitivity analysis and calibration explore:
    /// half the default (for a zero default, the valid minimum), never below the valid minimum.</summary>
    public double PlausibleLow => Default > 0 ? Math.Max(Min, 0.5 * Default) : Default < 0 ? Math.Max(Min, 1.5 * Default) : Min;

    /// <summary>Upper end of the plausible range: one and a half times the default (for a zero default, a tenth of
    /// the valid range above the minimum), never above the valid maximum.</summary>
    public double PlausibleHigh => Default > 0 ? Math.Min(Max, 1.5 * Default) : Default < 0 ? Math.Min(Max, 0.5 * Default) : Math.Min(Max, Min + 0.1 * (Max - Min));

    /// <summary>Null when the value is acceptable, else why not.</summary>
    public string? Check(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "must be a finite number";
        if (value < Min || value > Max) return $"must be between {Min:G} and {Max:G} ({Unit})";
        if (IsInteger && value != Math.Floor(value)) return "must be a whole number";
        return null;
    }
}
