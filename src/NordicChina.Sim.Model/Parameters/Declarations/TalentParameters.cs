using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Talent matching, separation, retirement, migration choice and PhD programmes.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class TalentParameters
{
    /// <summary>Talent.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        d.Add("talent.matching_rate", 1.5, "per year", 0, 50, Assumption, "Rate at which available talent finds jobs outside the modelled firms.", (p, v) => p.MatchingRate = v);
        d.Add("talent.separation_rate", 0.14, "per year", 0, 5, "SCB (2017), register-based labour market statistics (RAMS), table AM9906 job flows: 14.4% of the employed aged 20-64 changed workplace between 2015 and 2016 (Stockholm county 17.1%); 0.14", "Rate at which employed talent outside the modelled firms returns to the pool.", (p, v) => p.SeparationRate = v);
        d.Add("talent.retirement_rate", 0.025, "per year", 0, 1, "Eurostat (2019), expected duration of working life: 41.9 years in Sweden, 36.2 EU average; 1/40 years = 0.025 a year derived", "Share of the AI-relevant workforce leaving the labour force each year.", (p, v) => p.RetirementRate = v);
        d.Add("talent.mobility_rate", 0.02, "per year", 0, 1, "Molloy, Smith & Wozniak (2011), Journal of Economic Perspectives 25(3), 'Internal Migration in the United States': about 1.5-3% of the population moves between states each year (falling since the 1980s); using the inter-state rate for talent between model regions is a judgement", "Share of a region's talent that considers moving to another region each year.", (p, v) => p.MobilityRate = v);
        d.Add("talent.logit.wage", 2.54, "utility per log wage", 0, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Weight of wages in the migration choice.", (p, v) => p.MigrationWage = v);
        d.Add("talent.logit.research", 1.77, "utility per unit R&D quality", 0, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Weight of research quality in the migration choice.", (p, v) => p.MigrationResearch = v);
        d.Add("talent.logit.distance", 3.43, "utility", 0, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Cost of moving between continents.", (p, v) => p.MigrationDistance = v);
        d.Add("talent.logit.same_country", 0.79, "utility", 0, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Pull of moving within one's own country.", (p, v) => p.MigrationSameCountry = v);
        d.Add("talent.logit.us_pull", 2.7, "utility", -10, 10, "calibrated (scenarios/calibration/, docs/calibration.md); " + TopResearchersUs + "; size assumption", "Extra pull of the US on Chinese talent.", (p, v) => p.MigrationUsPull = v);
        d.Add("talent.logit.stay", 2.54, "utility", -20, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Utility of deciding to stay after considering a move (scaled into the mobility rate).", (p, v) => p.MigrationStay = v);
        d.Add("talent.visa_refusal", 0.6, "share refused at intensity 1", 0, 1, "report ch.2 'Shortage of talent': US student-visa restrictions; size assumption", "Share of Chinese movers refused by the US under visa restrictions at intensity 1.", (p, v) => p.VisaRefusal = v);
        d.Add("talent.return_pull", 1.5, "utility at intensity 1", 0, 20, Assumption + " (report ch.2: China's talent policies)", "Pull of Chinese hubs under talent-return programmes at intensity 1.", (p, v) => p.ReturnPull = v);
        d.Add("talent.wasp_phds", 40, "PhDs per year at intensity 1", 0, 100_000, Wasp + " (400 over 10 years)", "Extra AI PhDs WASP funding adds to Swedish regions each year at intensity 1.", (p, v) => p.WaspPhds = v);
        d.Add("talent.wasp_gsr_share", 0.6, "share", 0, 1, GsrRdShare + " (46.6% of R&D personnel; KTH, Uppsala, Linkoping in the GSR); rounded", "Share of WASP PhDs that graduate in the GSR (the rest in West Sweden).", (p, v) => p.WaspGsrShare = v);
        d.Add("talent.phd_depreciation", 0.05, "per year", 0, 1, Assumption, "Rate at which the PhD stock retires or moves away.", (p, v) => p.PhdDepreciation = v);
        d.Add("talent.phd_quality_elasticity", 0.3, "elasticity", 0, 5, Assumption, "Elasticity of a region's R&D personnel quality to its PhD stock.", (p, v) => p.PhdQualityElasticity = v);
    }
}
