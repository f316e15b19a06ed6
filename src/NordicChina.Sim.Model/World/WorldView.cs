using NordicChina.Sim.Model.Policies;

namespace NordicChina.Sim.Model.World;

/// <summary>
/// The frozen snapshot of the previous tick that every agent decides on: public facts about regions,
/// national capability per sector, and the policy levers in force. Arrays are indexed by region, sector,
/// or region x sector (row-major). Nobody mutates a view; each tick gets a new one.
/// </summary>
public sealed record WorldView(
    int Tick,
    int Year,
    double[] RdQuality,
    long[] TalentAvailable,
    double[] WageHigh,
    double[] WageLow,
    int[] ChinesePresence,
    int[] Acquirable,
    int[] EquityEligible,
    double[] CapabilitySweden,
    double[] CapabilityChina,
    PolicyState Policy)
{
    public int AcquirableIn(int region, int sector) => Acquirable[region * Sectors.Count + sector];
}
