namespace NordicChina.Sim.Model.World;

/// <summary>
/// Stable numeric identities of agents. They order every canonical resolution and key every random stream,
/// so they depend only on the scenario (region, creation order), never on which silo or message came first.
/// </summary>
public static class EntityIds
{
    private const long RegionBlock = 1_000_000_000L;
    private const long CentreOffset = 500_000_000L;

    public static long Country(int countryIndex) => 100 + countryIndex;
    public static long Region(int region) => 1_000 + region;
    public static long Fund(int index) => 2_000_000_000_000L + index;
    public static long Firm(int region, long serial) => (region + 1) * RegionBlock + serial;
    public static long RdCentre(int hostRegion, long serial) => (hostRegion + 1) * RegionBlock + CentreOffset + serial;
    public static int RegionOfFirm(long firmId) => (int)(firmId / RegionBlock) - 1;
}
