namespace NordicChina.Sim.Shared;

/// <summary>The region groups known by name (name, words, region codes), defined once for the model's
/// <c>RegionGroup</c> and the report's tables.</summary>
internal static class NamedGroups
{
    public static readonly (string Name, string Title, string[] Codes)[] All =
    [
        ("nordics", "the Nordics", ["GSR", "WSE", "FIN", "DNK", "NOR"]),
        ("sweden", "Sweden (GSR and West Sweden)", ["GSR", "WSE"]),
        ("europe", "the European hosts", ["GSR", "WSE", "FIN", "DNK", "NOR", "DEU", "NLD", "GBR"]),
    ];

    /// <summary>A group's name in words: a named group's title, else the name itself (codes joined by '+').</summary>
    public static string Title(string name) => All.FirstOrDefault(g => g.Name == name).Title ?? name;
}
