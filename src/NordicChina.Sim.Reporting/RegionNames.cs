namespace NordicChina.Sim.Reporting;

/// <summary>Full names of the model's region codes.</summary>
internal static class RegionNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GSR"] = "Greater Stockholm Region",
        ["WSE"] = "West Sweden",
        ["FIN"] = "Finland",
        ["DNK"] = "Denmark",
        ["NOR"] = "Norway",
        ["DEU"] = "Germany",
        ["NLD"] = "Netherlands",
        ["GBR"] = "United Kingdom",
        ["BJS"] = "Beijing (software hub)",
        ["SZX"] = "Shenzhen (hardware hub)",
        ["GDM"] = "Guangdong (manufacturing)",
        ["USA"] = "United States",
        ["all"] = "all regions",
    };

    public static string Name(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
