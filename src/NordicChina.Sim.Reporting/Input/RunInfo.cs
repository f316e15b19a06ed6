using System.Text.Json;

namespace NordicChina.Sim.Reporting.Input;

/// <summary>The parts of run.json a report shows: the scenario, its settings, parameter overrides and policies.</summary>
internal sealed record RunInfo(
    string Scenario,
    string Description,
    IReadOnlyList<(string Label, string Value)> Settings,
    IReadOnlyList<(string Name, string Value)> Overrides,
    IReadOnlyList<PolicyInfo> Policies)
{
    private static readonly (string Key, string Label)[] SettingKeys =
    [
        ("start_year", "First year"),
        ("end_year", "Last year"),
        ("replications", "Replications (independent runs averaged)"),
        ("seed", "Random seed"),
        ("ticks_per_year", "Time steps per year"),
        ("ticks", "Time steps"),
        ("agents", "Agents"),
        ("agent_steps", "Agent steps"),
        ("silos", "Orleans silos"),
        ("wall_seconds", "Run time (seconds)"),
        ("program_version", "Program version"),
        ("content_hash", "Scenario content hash"),
    ];

    public static RunInfo Load(string path)
    {
        var root = JsonFile.Load(path);
        var settings = new List<(string, string)>();
        foreach (var (key, label) in SettingKeys)
        {
            if (JsonFile.String(root, key) is { Length: > 0 } value)
            {
                settings.Add((label, key is "agents" or "agent_steps" ? Fmt.Integer(JsonFile.Number(root, key), value) : value));
            }
        }

        if (JsonFile.Property(root, "parameter_uncertainty") is { ValueKind: JsonValueKind.Object } u)
        {
            settings.Add(("Parameter ensemble (--parameter-uncertainty)",
                $"{JsonFile.String(u, "ensemble")}, {JsonFile.String(u, "members")} members, SHA-256 {JsonFile.String(u, "sha256")}"));
        }

        var overrides = new List<(string, string)>();
        if (JsonFile.Property(root, "parameter_overrides") is { ValueKind: JsonValueKind.Object } o)
        {
            overrides.AddRange(o.EnumerateObject().Select(p => (p.Name, JsonFile.Text(p.Value))));
        }

        var policies = new List<PolicyInfo>();
        if (JsonFile.Property(root, "policies") is { ValueKind: JsonValueKind.Array } a)
        {
            foreach (var p in a.EnumerateArray())
            {
                policies.Add(new PolicyInfo(
                    JsonFile.String(p, "lever") ?? "",
                    JsonFile.String(p, "start") ?? "",
                    JsonFile.String(p, "end") ?? "",
                    JsonFile.String(p, "intensity") ?? "",
                    JsonFile.Strings(p, "regions")));
            }
        }

        return new RunInfo(
            JsonFile.String(root, "scenario") ?? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? "",
            (JsonFile.String(root, "description") ?? "").Trim(),
            settings,
            overrides,
            policies);
    }
}
