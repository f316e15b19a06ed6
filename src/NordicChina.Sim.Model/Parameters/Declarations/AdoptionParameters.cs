using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>AI adoption (Bass diffusion), data access and the policy effects on them.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class AdoptionParameters
{
    /// <summary>AI adoption (Bass diffusion) and data.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        d.Add("adoption.innovation", 0.01, "per year", 0, 2, Bass, "Bass coefficient of innovation p: adoption independent of others.", (p, v) => p.AdoptionInnovation = v);
        d.Add("adoption.imitation", 0.2, "per year", 0, 5, Bass, "Bass coefficient of imitation q: adoption driven by the share of adopters in the firm's region and sector.", (p, v) => p.AdoptionImitation = v);
        d.Add("adoption.initial.chinese", 0.35, "share of firms", 0, 1, WorkersInAiFirms + "; shares assumption", "Share of Chinese firms that have adopted AI at the start.", (p, v) => p.AdoptionInitialChinese = v);
        d.Add("adoption.initial.european", 0.12, "share of firms", 0, 1, WorkersInAiFirms + "; shares assumption", "Share of European firms that have adopted AI at the start.", (p, v) => p.AdoptionInitialEuropean = v);
        d.Add("adoption.initial.us", 0.10, "share of firms", 0, 1, WorkersInAiFirms + "; shares assumption", "Share of US firms that have adopted AI at the start.", (p, v) => p.AdoptionInitialUs = v);
        d.Add("adoption.data", 0.5, "relative speed-up per unit of data", 0, 20, Assumption, "How much relevant data (industrial for heavy industry, consumer for digital) speeds adoption.", (p, v) => p.AdoptionData = v);
        d.Add("adoption.talent", 0.5, "elasticity", 0, 5, Assumption, "Elasticity of adoption to the region's available talent relative to its starting level.", (p, v) => p.AdoptionTalent = v);
        d.Add("adoption.subsidy", 0.5, "relative speed-up at intensity 1", 0, 10, GuangdongSubsidy + "; size assumption", "Speed-up of Chinese firms' adoption under automation subsidies.", (p, v) => p.AdoptionSubsidy = v);
        d.Add("adoption.triple_helix", 0.3, "relative speed-up at intensity 1", 0, 10, "report ch.3 'Cooperation'; size assumption", "Speed-up of Swedish firms' adoption under triple-helix funding.", (p, v) => p.AdoptionTripleHelix = v);
        d.Add("adoption.rd_spillover", 0.5, "relative speed-up per 1,000 R&D staff", 0, 20, "report ch.4 'Nordic-China R&D collaboration on Nordic soil': catalysing AI transformation of local industries; size assumption", "Speed-up of host firms' adoption from Chinese R&D-centre staff in their region and sector.", (p, v) => p.AdoptionRdSpillover = v);
        d.Add("adoption.growth_premium", 0.02, "per year", 0, 1, "report 'Introduction', Preface: consultants estimate AI raises industrial productivity by 1.2% a year (PiiA & Blue Institute, Swedish IndTech); the premium of an adopter judged higher than this economy-wide average", "Extra revenue growth of a firm that has adopted AI.", (p, v) => p.AdoptionGrowthPremium = v);
        d.Add("adoption.staff_uplift", 0.3, "share", 0, 5, Assumption, "Extra high-skill staff an adopter wants, as a share of its revenue-based need.", (p, v) => p.AdoptionStaffUplift = v);
        d.Add("data.industrial.swedish", 0.8, "0-1", 0, 1, NordicData + "; score assumption", "Industrial and longitudinal data access of Swedish firms.", (p, v) => p.IndustrialDataSwedish = v);
        d.Add("data.industrial.european", 0.6, "0-1", 0, 1, Assumption, "Industrial data access of other European firms.", (p, v) => p.IndustrialDataEuropean = v);
        d.Add("data.industrial.chinese", 0.3, "0-1", 0, 1, "report ch.2 'A clunky industrial transition': factories not up to digital standard; score assumption", "Industrial data access of Chinese firms.", (p, v) => p.IndustrialDataChinese = v);
        d.Add("data.industrial.us", 0.6, "0-1", 0, 1, Assumption, "Industrial data access of US firms.", (p, v) => p.IndustrialDataUs = v);
        d.Add("data.consumer.swedish", 0.3, "0-1", 0, 1, Assumption, "Consumer data access of Swedish firms.", (p, v) => p.ConsumerDataSwedish = v);
        d.Add("data.consumer.european", 0.3, "0-1", 0, 1, Assumption, "Consumer data access of other European firms.", (p, v) => p.ConsumerDataEuropean = v);
        d.Add("data.consumer.chinese", 0.9, "0-1", 0, 1, ChinaData + "; score assumption", "Consumer data access of Chinese firms.", (p, v) => p.ConsumerDataChinese = v);
        d.Add("data.consumer.us", 0.7, "0-1", 0, 1, Assumption, "Consumer data access of US firms.", (p, v) => p.ConsumerDataUs = v);
        d.Add("data.open_data_boost", 0.1, "0-1 per intensity", 0, 1, NordicData + "; size assumption", "Rise in Swedish firms' industrial data access per unit of the open-data lever.", (p, v) => p.OpenDataBoost = v);
        d.Add("policy.triple_helix_collaboration", 0.05, "0-1 per intensity", 0, 1, Assumption, "Rise in Swedish regions' collaboration score per unit of the triple-helix lever.", (p, v) => p.TripleHelixCollaboration = v);
        d.Add("policy.ip_protection_effect", 0.2, "0-1 per intensity", 0, 1, Assumption, "Rise in a host's IP-protection score per unit of the IP-protection lever.", (p, v) => p.IpProtectionEffect = v);
    }
}
