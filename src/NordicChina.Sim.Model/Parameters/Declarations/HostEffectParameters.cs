using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Effects of Chinese investment on the host: R&D-centre jobs, relocation of production, market access and wages.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class HostEffectParameters
{
    /// <summary>Effects on the host: jobs, wages, relocation.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        d.Add("rdcentre.jobs_per_eur_m", 3.0, "high-skill jobs per EUR m", 0, 100, Assumption, "Planned R&D staff per EUR m of first investment.", (p, v) => p.RdJobsPerEurM = v);
        d.Add("rdcentre.hiring_speed", 1.0, "share of plan per year", 0, 20, Assumption, "Share of its planned staff an R&D centre tries to hire in a year.", (p, v) => p.RdHiringSpeed = v);
        d.Add("rdcentre.closure_rate", 0.03, "per year", 0, 1, "Hakanson & Kappen (2016), Live and let die: a survival analysis of foreign R&D units in Swedish MNEs, International Business Review 25(6): 42% of the units closed over 1992-2012, 1 - 0.58^(1/20) = 0.027 a year (a lower bound: units opened after 1992 were observed for less than 20 years); 0.03", "Annual probability that an R&D centre closes.", (p, v) => p.RdClosureRate = v);
        d.Add("relocation.hazard", 0.06, "per year at susceptibility 1", 0, 1, RelocationRisk + "; rate assumption", "Annual probability that a Chinese-owned firm relocates production to China.", (p, v) => p.RelocationHazard = v);
        d.Add("relocation.low_skill_share", 0.7, "share of low-skill jobs", 0, 1, Assumption, "Share of low-skill jobs lost when production is relocated.", (p, v) => p.RelocationLowShare = v);
        d.Add("relocation.high_skill_share", 0.2, "share of high-skill jobs", 0, 1, Assumption, "Share of high-skill jobs lost when production is relocated.", (p, v) => p.RelocationHighShare = v);
        d.Add("takeover.market_access_growth", 0.03, "per year", 0, 1, "report ch.4 'What does Chinese FDI mean for Sweden?': better access to the Chinese market; size assumption", "Extra revenue growth of a Chinese-owned firm from access to the Chinese market.", (p, v) => p.MarketAccessGrowth = v);
        d.Add("wages.high_skill_takeover", 0.08, "wage change per unit foreign-owned share", 0, 2, TakeoverWages + "; size assumption", "Rise in a region's high-skill wage per unit share of high-skill staff in Chinese-owned employers.", (p, v) => p.WageHighTakeover = v);
        d.Add("wages.low_skill_takeover", 0.05, "wage change per unit foreign-owned share", 0, 2, TakeoverWages + "; size assumption", "Fall in a region's low-skill wage per unit share of low-skill staff in Chinese-owned firms.", (p, v) => p.WageLowTakeover = v);
        d.Add("wages.tightness", 0.05, "wage change per unit vacancy ratio", 0, 2, SkillsGap + "; size assumption", "Rise in the high-skill wage per unit of unfilled demand relative to available talent.", (p, v) => p.WageTightness = v);
    }
}
