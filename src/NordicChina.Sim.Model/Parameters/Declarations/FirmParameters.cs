using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Firm revenues, growth, staffing, startup births and failures.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class FirmParameters
{
    /// <summary>Firms.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        d.Add("firm.revenue.incumbent", 20, "EUR m per year", 0.1, 100_000, GsrAutomation + " (SEK 30bn over 500 firms ~ EUR 5.7m each; AI-relevant incumbents assumed larger)", "Median revenue of an incumbent at start (lognormal).", (p, v) => p.RevenueIncumbent = v);
        d.Add("firm.revenue.startup", 1.5, "EUR m per year", 0.01, 10_000, Assumption, "Median revenue of a startup at start (lognormal).", (p, v) => p.RevenueStartup = v);
        d.Add("firm.revenue.champion", 8000, "EUR m per year", 1, 1_000_000, "Hikvision (2019), 2018 Annual Report: revenue RMB 49.84bn; Hikvision (2021), 2020 Annual Report: RMB 63.50bn (EUR 6.4-8.1bn at RMB 7.8); Hikvision judged the middle one by revenue of the report's 15 national AI champions (ch.2 'Government'), seven smaller (Megvii, SenseTime, Yitu, iFlytek...) and seven larger (Baidu, Tencent, Alibaba, Huawei...)", "Median revenue of a Chinese champion at start (lognormal).", (p, v) => p.RevenueChampion = v);
        d.Add("firm.revenue.manufacturer", 300, "EUR m per year", 0.1, 100_000, Assumption, "Median revenue of a Chinese manufacturer at start (lognormal).", (p, v) => p.RevenueManufacturer = v);
        d.Add("firm.revenue.cn_startup", 3, "EUR m per year", 0.01, 10_000, Assumption, "Median revenue of a Chinese AI startup at start (lognormal).", (p, v) => p.RevenueCnStartup = v);
        d.Add("firm.revenue.sigma", 1.0, "log-sd", 0, 5, "Axtell (2001), Science 293, 'Zipf distribution of U.S. firm sizes': firm employment follows a Pareto law with exponent about 1.06 (1997 Census data), so log size above the minimum is exponential with sd 1/1.06, about 0.94; taking employment dispersion for revenue and a lognormal for the Pareto is a judgement", "Dispersion of initial revenues (sd of log revenue).", (p, v) => p.RevenueSigma = v);
        d.Add("firm.volatility", 0.15, "sd per sqrt(year)", 0, 2, "Comin & Philippon (2005), NBER Macroeconomics Annual 20, 'The Rise in Firm-Level Volatility': standard deviation of firm-level real sales growth of US listed firms rose from about 0.1 to about 0.2 a year, 1950s-2000; applying the listed-firm figure to all firms is a judgement", "Idiosyncratic revenue growth volatility.", (p, v) => p.Volatility = v);
        d.Add("firm.high_skill_per_eur_m", 1.0, "persons per EUR m revenue", 0, 100, GsrAutomation + " (15,000 skilled workers on SEK 30bn ~ 5.3 per EUR m; a fifth assumed AI-relevant)", "AI-relevant high-skill staff a firm wants per EUR m of revenue.", (p, v) => p.HighSkillPerEurM = v);
        d.Add("firm.low_skill_per_high_skill", 3.0, "ratio", 0, 50, Assumption, "Low-skill employees per high-skill employee in an incumbent.", (p, v) => p.LowPerHigh = v);
        d.Add("firm.startup_multiple", 6.0, "valuation / revenue", 0.1, 100, Assumption, "Startup valuation as a multiple of revenue.", (p, v) => p.StartupMultiple = v);
        d.Add("firm.startup_failure_rate", 0.10, "per year", 0, 1, "Tillvaxtanalys (2010), Follow-up newly-started enterprises in Sweden 2005: 3-year survival 70% in Stockholm County (annual failure about 0.11); Eurostat (2016), Business demography statistics: EU 5-year survival nearly 44% (about 0.15 a year); 0.10 judged for Swedish start-ups, whose survival is the EU's highest", "Annual failure probability of a startup.", (p, v) => p.StartupFailureRate = v);
        d.Add("firm.startup_birth_rate", 0.10, "per year, share of initial startups", 0, 2, "Eurostat (2016), Business demography statistics (Statistics Explained): enterprise birth and death rates tend to be around 9% of active enterprises; rounded to 0.10", "New startups per year as a share of the region's initial startup count.", (p, v) => p.StartupBirthRate = v);
        d.Add("firm.attrition_rate", 0.08, "per year", 0, 1, "Arbetsgivarverket (2020), Personalomsattning i staten: staff turnover in Swedish central government 12.1% in 2019 (11.7% at ages 30-49), and 11% of 2022 leavers retired; 0.08 judged for high-skill staff leaving a firm for the pool, retirement being modelled separately", "Share of a firm's high-skill staff who leave for the region's pool each year.", (p, v) => p.AttritionRate = v);
        d.Add("firm.hiring_speed", 0.5, "share of gap per year", 0, 10, "Arellano & Bond (1991), Review of Economic Studies 58(2), Table 4: UK company employment equations, lagged employment coefficients about 0.69 and -0.09, so about 0.4 of the gap to desired employment closed a year; taking all staff for high-skill staff is a judgement", "Share of the gap between wanted and actual high-skill staff a firm tries to close in a year.", (p, v) => p.HiringSpeed = v);
        d.Add("firm.cn_startup_growth", 0.60, "per year", -0.5, 3, AiIndustryGrowth, "Revenue growth of Chinese AI startups in the first year, decaying with firm.cn_startup_growth_decay.", (p, v) => p.CnStartupGrowth = v);
        d.Add("firm.cn_startup_growth_decay", 0.15, "per year", 0, 5, Assumption, "Rate at which the Chinese startup growth premium decays.", (p, v) => p.CnStartupGrowthDecay = v);
        d.Add("firm.capability_growth_elasticity", 0.1, "growth per unit capability", 0, 5, "McKinsey Global Institute (2018), Notes from the AI frontier: modeling the impact of AI on the world economy: simulated AI front-runners raise cash flow about 122% by 2030 (about 6% a year extra) while laggards lose about 23%, a gap of about 0.09 a year over 2018-30; spreading that gap over the whole 0-1 capability scale is a judgement", "Extra annual revenue growth per unit of the home country's sector AI capability above firm.capability_reference.", (p, v) => p.CapabilityGrowthElasticity = v);
        d.Add("firm.capability_reference", 0.717, "share of frontier", 0, 1, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Capability at which AI neither speeds nor slows a firm's growth.", (p, v) => p.CapabilityReference = v);
    }
}
