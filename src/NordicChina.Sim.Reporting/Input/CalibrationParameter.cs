using System.Text.Json;

namespace NordicChina.Sim.Reporting.Input;

/// <summary>A calibrated parameter from calibration.json: where the search started, the fitted value and the search bounds.</summary>
internal sealed record CalibrationParameter(string Name, double Start, double Fitted, double Low, double High)
{
    public static IReadOnlyList<CalibrationParameter> FromJson(JsonElement root) =>
        JsonFile.Property(root, "parameters") is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object).Select(p => new CalibrationParameter(
                JsonFile.String(p, "name") ?? "",
                JsonFile.Number(p, "start"),
                JsonFile.Number(p, "fitted"),
                JsonFile.Number(p, "low"),
                JsonFile.Number(p, "high"))).ToList()
            : [];

    /// <summary>True when the fitted value sits within 1% of the range from a bound: the bound may be binding.</summary>
    public bool AtBound
    {
        get
        {
            var range = High - Low;
            return range > 0 && !double.IsNaN(Fitted) && (Fitted - Low <= 0.01 * range || High - Fitted <= 0.01 * range);
        }
    }
}
