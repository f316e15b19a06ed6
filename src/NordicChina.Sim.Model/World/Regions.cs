namespace NordicChina.Sim.Model.World;

/// <summary>
/// The fixed list of regions, in canonical order. Index order is the order every reduction uses.
/// The report names the GSR and West Sweden (Gothenburg, the Geely/Volvo case), the European rival hosts
/// (chapter 4, "Why Sweden is in a good position for bilateral R&amp;D collaboration": Denmark, Netherlands,
/// Finland, Germany; MODEL-BRIEF adds Norway and the UK), the Chinese hubs (chapter 2, "Capital of China":
/// Beijing software, Shenzhen hardware; Guangdong manufacturing) and the US. Norway and the UK are outside the EU;
/// the "EU" government agent speaks for all the European rivals on screening.
/// </summary>
public static class Regions
{
    public static readonly Region Gsr = new(0, "GSR", "Greater Stockholm Region", RegionKind.SwedishHost, "SE", InEuropeanUnion: true);
    public static readonly Region WestSweden = new(1, "WSE", "West Sweden", RegionKind.SwedishHost, "SE", InEuropeanUnion: true);
    public static readonly Region Finland = new(2, "FIN", "Finland", RegionKind.EuropeanHost, "EU", InEuropeanUnion: true);
    public static readonly Region Denmark = new(3, "DNK", "Denmark", RegionKind.EuropeanHost, "EU", InEuropeanUnion: true);
    public static readonly Region Norway = new(4, "NOR", "Norway", RegionKind.EuropeanHost, "EU");
    public static readonly Region Germany = new(5, "DEU", "Germany", RegionKind.EuropeanHost, "EU", InEuropeanUnion: true);
    public static readonly Region Netherlands = new(6, "NLD", "Netherlands", RegionKind.EuropeanHost, "EU", InEuropeanUnion: true);
    public static readonly Region UnitedKingdom = new(7, "GBR", "United Kingdom", RegionKind.EuropeanHost, "EU");
    public static readonly Region Beijing = new(8, "BJS", "Beijing (software hub)", RegionKind.ChineseHub, "CN");
    public static readonly Region Shenzhen = new(9, "SZX", "Shenzhen (hardware hub)", RegionKind.ChineseHub, "CN");
    public static readonly Region Guangdong = new(10, "GDM", "Guangdong (manufacturing)", RegionKind.ChineseHub, "CN");
    public static readonly Region UnitedStates = new(11, "USA", "United States", RegionKind.UnitedStates, "US");

    public static IReadOnlyList<Region> All { get; } =
    [
        Gsr, WestSweden, Finland, Denmark, Norway, Germany, Netherlands, UnitedKingdom,
        Beijing, Shenzhen, Guangdong, UnitedStates,
    ];

    public static int Count => All.Count;

    public static IReadOnlyList<Region> Hosts { get; } = All.Where(r => r.IsHost).ToArray();

    public static IReadOnlyList<Region> ChineseHubs { get; } = All.Where(r => r.IsChinese).ToArray();

    public static IReadOnlyList<Region> Nordic { get; } = All.Where(r => r.IsNordic).ToArray();

    public static Region ByCode(string code) =>
        All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown region '{code}'. Known: {string.Join(", ", All.Select(r => r.Code))}.");

    public static bool TryByCode(string code, out Region region)
    {
        region = All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase))!;
        return region is not null;
    }
}
