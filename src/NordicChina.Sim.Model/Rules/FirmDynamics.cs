using MathNet.Numerics.Distributions;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Firms' own dynamics: revenue growth, staff wanted, startup failure and birth.
/// <code>
/// ln R' = ln R + (g_s + e_cap (a_home,s - a_ref) + g_access [Chinese-owned] + g_ai [adopted] + G_firm) dt + sigma sqrt(dt) e
/// wanted high-skill  H* = h_R R (1 - s_high [relocated]) (1 + u_ai [adopted]) ;   hiring demand = ceil(max(0, H* - H) min(1, v dt))
/// low-skill staff    L0 = l_H H*(0) at birth for incumbents and Chinese manufacturers, then constant except for
///                    relocation (see <see cref="Relocation"/>)
/// </code>
/// A startup fails with probability 1 - (1 - f)^dt per tick; births per region are Poisson with mean
/// b N0 dt, where N0 is the region's initial startup count.
/// </summary>
public static class FirmDynamics
{
    public static double InitialRevenue(ModelParameters p, FirmKind kind, Random rng)
    {
        double median = kind switch
        {
            FirmKind.Incumbent => p.RevenueIncumbent,
            FirmKind.Startup => p.RevenueStartup,
            FirmKind.ChineseChampion => p.RevenueChampion,
            FirmKind.ChineseManufacturer => p.RevenueManufacturer,
            _ => p.RevenueCnStartup,
        };
        return LogNormal.Sample(rng, Math.Log(median), p.RevenueSigma);
    }

    /// <summary>High-skill staff a firm wants; a firm whose production moved to China keeps only the share it did not relocate.</summary>
    public static long WantedHighSkill(ModelParameters p, Firm firm) =>
        (long)Math.Round(p.HighSkillPerEurM * firm.Revenue * (firm.Relocated ? 1 - p.RelocationHighShare : 1)
                         * (firm.AiAdopted ? 1 + p.AdoptionStaffUplift : 1));

    /// <summary>Low-skill staff at birth (incumbents and Chinese manufacturers only): l_H times the revenue-based
    /// high-skill need, without the adopters' uplift (AI adoption does not add low-skill jobs).</summary>
    public static long InitialLowSkill(ModelParameters p, Firm firm) =>
        firm.Kind is FirmKind.Incumbent or FirmKind.ChineseManufacturer ? (long)Math.Round(p.LowPerHigh * p.HighSkillPerEurM * firm.Revenue) : 0;

    public static void Grow(ModelParameters p, Firm firm, double homeCapability, double dt, double standardNormal)
    {
        double g = p.SectorGrowth[firm.Sector]
                   + p.CapabilityGrowthElasticity * (homeCapability - p.CapabilityReference)
                   + (firm.ChineseOwned ? p.MarketAccessGrowth : 0)
                   + (firm.AiAdopted ? p.AdoptionGrowthPremium : 0)
                   + firm.GrowthPremium;
        firm.Revenue *= Math.Exp(g * dt + p.Volatility * Math.Sqrt(dt) * standardNormal);
        if (firm.GrowthPremium > 0) firm.GrowthPremium *= Math.Exp(-p.CnStartupGrowthDecay * dt);
    }

    public static long HiringDemand(ModelParameters p, Firm firm, double dt)
    {
        long gap = WantedHighSkill(p, firm) - firm.HighSkill;
        return gap <= 0 ? 0 : (long)Math.Ceiling(gap * Math.Min(1.0, p.HiringSpeed * dt));
    }

    public static double FailureProbability(ModelParameters p, Firm firm, SimClock clock) =>
        firm.IsStartup ? clock.PerTick(p.StartupFailureRate) : 0;

    public static double BirthMean(ModelParameters p, double initialStartups, double dt) => p.StartupBirthRate * initialStartups * dt;
}
