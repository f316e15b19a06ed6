using System.Globalization;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>What every output is stamped with: program version, scenario, its content hash, seed and the parameters
/// that differ from the catalogue, and the parameter ensemble sampled (--parameter-uncertainty; empty without).</summary>
public static class Stamp
{
    public static Dictionary<string, string> For(ScenarioDefinition s) => new()
    {
        ["program_version"] = ProgramInfo.Version,
        ["scenario"] = s.Name,
        ["content_hash"] = s.ContentHash,
        ["seed"] = s.Seed.ToString(CultureInfo.InvariantCulture),
        ["replications"] = s.Replications.ToString(CultureInfo.InvariantCulture),
        ["parameter_overrides"] = string.Join(";", s.Parameters.Overrides().Select(o => $"{o.Key}={o.Value.ToString("R", CultureInfo.InvariantCulture)}")),
        ["parameter_ensemble"] = s.Uncertainty is { } u ? $"{u.Source};sha256={u.Sha256}" : "",
    };
}
