using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 7: AI adoption along a Bass (1969) diffusion curve, firm by firm. A firm that has not adopted does so
/// in a tick with probability 1 - exp(-h dt), where
/// <code>
/// h = (p + q F_rs) (1 + b_data D_f) (A_r / A_r0)^e_talent (1 + b_sub SUB [Chinese]) (1 + b_th TH [Swedish])
///     (1 + b_rd S_rs / 1000)
/// </code>
/// F_rs is the share of adopters among the region's live firms in the sector at the end of the previous tick;
/// D_f the firm's relevant data (industrial for heavy industry, consumer for the digital sector); A_r / A_r0 the
/// region's available talent relative to its start; S_rs the staff of Chinese R&amp;D centres in the region and
/// sector (collaboration spills over to host firms). Adopters grow faster (adoption.growth_premium) and want more
/// high-skill staff (adoption.staff_uplift).
/// Data access by origin (report ch.3 "Open data", ch.2 "Data"): industrial data is a Nordic advantage, consumer
/// data a Chinese one; open data raises Swedish firms' industrial data by data.open_data_boost per unit.
/// </summary>
public static class AiAdoption
{
    public static double InitialShare(ModelParameters p, Region region) => region.Kind switch
    {
        RegionKind.ChineseHub => p.AdoptionInitialChinese,
        RegionKind.UnitedStates => p.AdoptionInitialUs,
        _ => p.AdoptionInitialEuropean,
    };

    public static double IndustrialData(ModelParameters p, Region region) => region.Kind switch
    {
        RegionKind.SwedishHost => p.IndustrialDataSwedish,
        RegionKind.EuropeanHost => p.IndustrialDataEuropean,
        RegionKind.ChineseHub => p.IndustrialDataChinese,
        _ => p.IndustrialDataUs,
    };

    public static double ConsumerData(ModelParameters p, Region region) => region.Kind switch
    {
        RegionKind.SwedishHost => p.ConsumerDataSwedish,
        RegionKind.EuropeanHost => p.ConsumerDataEuropean,
        RegionKind.ChineseHub => p.ConsumerDataChinese,
        _ => p.ConsumerDataUs,
    };

    /// <summary>The data that matters for the firm's sector, after the open-data lever for Swedish firms.</summary>
    public static double RelevantData(ModelParameters p, Firm firm, Region region, PolicyState policy)
    {
        bool digital = !Sectors.All[firm.Sector].HeavyIndustry;
        if (digital) return firm.ConsumerData;
        double boost = region.IsSwedish ? p.OpenDataBoost * policy[PolicyLevers.OpenData] : 0;
        return Math.Min(1.0, firm.IndustrialData + boost);
    }

    public static double Hazard(ModelParameters p, Firm firm, Region region, double adopterShare, double talentRatio,
        double rdStaffInSector, PolicyState policy) =>
        (p.AdoptionInnovation + p.AdoptionImitation * adopterShare)
        * (1 + p.AdoptionData * RelevantData(p, firm, region, policy))
        * Math.Pow(Math.Max(talentRatio, 0), p.AdoptionTalent)
        * (1 + (region.IsChinese ? p.AdoptionSubsidy * policy[PolicyLevers.AutomationSubsidy] : 0))
        * (1 + (region.IsSwedish ? p.AdoptionTripleHelix * policy[PolicyLevers.TripleHelix] : 0))
        * (1 + p.AdoptionRdSpillover * rdStaffInSector / 1000.0);

    public static double TickProbability(double hazard, double dt) => 1 - Math.Exp(-hazard * dt);
}
