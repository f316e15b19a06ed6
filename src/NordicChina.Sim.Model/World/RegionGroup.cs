namespace NordicChina.Sim.Model.World;

/// <summary>
/// A named set of regions whose values outputs add up into one row (region = the group's name, marked aggregate):
/// the named groups <c>nordics</c> (GSR, West Sweden, Finland, Denmark, Norway), <c>sweden</c> (GSR, West Sweden) and
/// <c>europe</c> (the eight European hosts), or regions named by their codes joined by '+' (<c>GSR+WSE</c>). The one
/// parser of region groups: calibration targets, <c>compare --group</c> and <c>report --group</c> all use it.
/// </summary>
public sealed record RegionGroup(string Name, IReadOnlyList<int> Members)
{
    public static RegionGroup Nordics { get; } = Make(0);

    public static RegionGroup Sweden { get; } = Make(1);

    public static RegionGroup Europe { get; } = Make(2);

    private static RegionGroup Make(int i)
    {
        var (name, title, codes) = Shared.NamedGroups.All[i];
        return new RegionGroup(name, codes.Select(c => Regions.ByCode(c).Index).ToArray()) { Title = title };
    }

    /// <summary>The group in words, as tables name it ("the Nordics"; a group of codes: its name).</summary>
    public string Title { get; init; } = Name;

    /// <summary>The groups known by name, in the order documented.</summary>
    public static IReadOnlyList<RegionGroup> Named { get; } = [Nordics, Sweden, Europe];

    /// <summary>What a group may be, for error messages.</summary>
    public const string Syntax = "'nordics', 'sweden', 'europe', or region codes joined by '+' (e.g. GSR+WSE)";

    /// <summary>Parses a group: a named group (any case), or codes joined by '+' (any case; written back in the
    /// regions' own spelling, in the order given). A single code is a group of one region. Null, with the reason in
    /// <paramref name="error"/>, when a part is not a region or a region is named twice.</summary>
    public static RegionGroup? Parse(string text, out string error)
    {
        error = "";
        string t = text.Trim();
        if (Named.FirstOrDefault(g => string.Equals(g.Name, t, StringComparison.OrdinalIgnoreCase)) is { } named) return named;
        var members = new List<int>();
        var codes = new List<string>();
        foreach (var part in t.Split('+'))
        {
            if (!Regions.TryByCode(part.Trim(), out var region))
            {
                error = $"unknown region '{part.Trim()}' in '{t}': expected {Syntax}; regions: {string.Join(", ", Regions.All.Select(r => r.Code))}";
                return null;
            }
            if (members.Contains(region.Index))
            {
                error = $"region {region.Code} is named twice in '{t}'";
                return null;
            }
            members.Add(region.Index);
            codes.Add(region.Code);
        }
        return new RegionGroup(string.Join('+', codes), members.ToArray());
    }
}
