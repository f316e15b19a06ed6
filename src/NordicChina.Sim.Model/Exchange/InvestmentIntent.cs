using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>An investor's intent for this tick: invest in <paramref name="HostRegion"/> by <paramref name="Mode"/>.
/// Sector is the investor's sector, or -1 for a fund. <paramref name="FollowOnFirmId"/> names the company of a fund's
/// follow-on deal (0 for a new deal).</summary>
[GenerateSerializer, Immutable, Alias("ncs.InvestmentIntent")]
public sealed record InvestmentIntent(
    [property: Id(0)] long InvestorId,
    [property: Id(1)] int OriginRegion,
    [property: Id(2)] bool ByFund,
    [property: Id(3)] int HostRegion,
    [property: Id(4)] InvestmentMode Mode,
    [property: Id(5)] int Sector,
    [property: Id(6)] long FollowOnFirmId = 0)
{
    /// <summary>The canonical order in which a host resolves intents.</summary>
    public static int Canonical(InvestmentIntent a, InvestmentIntent b)
    {
        int c = a.InvestorId.CompareTo(b.InvestorId);
        return c != 0 ? c : a.Mode.CompareTo(b.Mode);
    }
}
