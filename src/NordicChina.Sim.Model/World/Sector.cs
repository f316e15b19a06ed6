namespace NordicChina.Sim.Model.World;

/// <summary>A sector. "Digital" is the report's "scale without mass" sector (chapter 2, "China's AI
/// challenges"); the others are the heavy-industry and domain-knowledge sectors of chapters 3 and 4.</summary>
public sealed record Sector(int Index, string Code, string Name, bool HeavyIndustry);

/// <summary>The fixed list of sectors, in canonical order.</summary>
public static class Sectors
{
    public static IReadOnlyList<Sector> All { get; } =
    [
        new(0, "manufacturing", "Manufacturing, robotics and automation", true),
        new(1, "paper", "Pulp and paper", true),
        new(2, "energy", "Energy", true),
        new(3, "construction", "Construction", true),
        new(4, "lifescience", "Life science and pharma", true),
        new(5, "telecom", "Telecom", true),
        new(6, "transport", "Heavy trucks and transport", true),
        new(7, "digital", "Digital consumer platforms (scale without mass)", false),
    ];

    public static int Count => All.Count;

    public static Sector ByCode(string code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown sector '{code}'. Known: {string.Join(", ", All.Select(s => s.Code))}.");

    public static bool TryByCode(string code, out Sector sector)
    {
        sector = All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase))!;
        return sector is not null;
    }
}
