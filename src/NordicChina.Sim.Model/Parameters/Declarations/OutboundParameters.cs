using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Where Chinese money goes: the outbound hazard, the nested-logit host and mode choice, and deal sizes.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class OutboundParameters
{
    /// <summary>Where Chinese money goes (nested logit).</summary>
    public static void Declare(ParameterDeclarations d)
    {
        d.Add("outbound.hazard.champion", 0.397, "per year", 0, 10, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Annual rate at which a Chinese champion makes an outbound investment at Going Out intensity 1.", (p, v) => p.HazardChampion = v);
        d.Add("outbound.hazard.manufacturer", 0.0947, "per year", 0, 10, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Same for a Chinese manufacturer.", (p, v) => p.HazardManufacturer = v);
        d.Add("outbound.hazard.startup", 0.015, "per year", 0, 10, Assumption, "Same for a Chinese AI startup.", (p, v) => p.HazardStartup = v);
        d.Add("outbound.gap_motive", 2.98, "elasticity", 0, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption" + " (report ch.4: takeovers to catch up technologically are declared strategy)", "How much a larger Western lead in the firm's sector raises its propensity to go out.", (p, v) => p.GapMotive = v);
        d.Add("outbound.value_added_elasticity", 1.0, "elasticity", 0, 10, SectorValueAdded + " (energy and construction prioritised for expansion abroad); elasticity assumption", "Elasticity of the outbound hazard to the sector's value added per worker relative to the all-sector average.", (p, v) => p.ValueAddedElasticity = v);
        d.Add("outbound.value_added_reference", 2.77, "mn SEK per non-manual worker", 0.1, 100, SectorValueAdded + " (all sectors, average)", "Value added per worker at which a sector's outbound hazard is neither raised nor lowered.", (p, v) => p.ValueAddedReference = v);
        d.Add("outbound.capital_controls_effect", 0.814, "share cut at intensity 1", 0, 1, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Share of outbound investment suppressed by capital controls at intensity 1.", (p, v) => p.CapitalControlsEffect = v);
        d.Add("outbound.trade_conflict_effect", 0.559, "share cut at intensity 1", 0, 1, "calibrated (scenarios/calibration/, docs/calibration.md); " + TradeDispute + "; size assumption", "Share of outbound investment suppressed by the trade conflict at intensity 1.", (p, v) => p.TradeConflictEffect = v);
        d.Add("outbound.pandemic_effect", 0.407, "share cut at intensity 1", 0, 1, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption" + " (report ch.4: the pandemic is bound to cut FDI further)", "Share of outbound investment suppressed by a pandemic shock at intensity 1.", (p, v) => p.PandemicEffect = v);
        d.Add("outbound.completion_lag_years", 1.13, "years", 0, 5, "calibrated (scenarios/calibration/); Rhodium Group & MERICS count completed deals, and Chinese outbound deals need NDRC, MOFCOM and SAFE approval after signing", "Mean lag with which completed outbound deals respond to a new brake (capital controls, trade conflict, pandemic; 0 = at once). Going Out is not lagged.", (p, v) => p.CompletionLagYears = v);
        d.Add("logit.rd_quality", 2.5, "utility per unit", 0, 50, RdLocationFactors + ": first factor", "Weight of R&D personnel quality in the host choice.", (p, v) => p.BetaRdQuality = v);
        d.Add("logit.ip_protection", 2.5, "utility per unit", 0, 50, RdLocationFactors + ": first factor", "Weight of IP protection in the host choice.", (p, v) => p.BetaIp = v);
        d.Add("logit.university", 1.5, "utility per unit", 0, 50, RdLocationFactors + ": second factor", "Weight of university expertise in the host choice.", (p, v) => p.BetaUniversity = v);
        d.Add("logit.collaboration", 1.5, "utility per unit", 0, 50, RdLocationFactors + ": second factor", "Weight of ease of collaboration with universities.", (p, v) => p.BetaCollaboration = v);
        d.Add("logit.market", 0.8, "utility per unit", 0, 50, RdLocationFactors + ": output market of relative importance", "Weight of market access in the host choice.", (p, v) => p.BetaMarket = v);
        d.Add("logit.cost", 0.1, "utility per unit of relative cost", 0, 50, RdLocationFactors + ": costs barely matter in developed hosts", "Weight of labour cost (relative value added per worker) against a host.", (p, v) => p.BetaCost = v);
        d.Add("logit.agglomeration", 0.3, "utility per log Chinese presence", 0, 10, Assumption, "Pull of hosts that already have Chinese-owned firms and R&D centres.", (p, v) => p.BetaAgglomeration = v);
        d.Add("logit.sector_strength", 0.722, "utility per log target count", 0, 10, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Pull of hosts with many firms in the investor's sector.", (p, v) => p.BetaSectorStrength = v);
        d.Add("logit.trade_conflict_us", 1.6, "utility at intensity 1", 0, 50, "calibrated (scenarios/calibration/, docs/calibration.md); " + TradeDispute + "; size assumption", "Penalty on the US as a host under the trade conflict.", (p, v) => p.BetaTradeConflictUs = v);
        d.Add("logit.nest_lambda", 0.6, "dissimilarity", 0.05, 1, "Train (2009), Discrete Choice Methods with Simulation, 2nd ed., Cambridge UP, ch.4 (nested logit): dissimilarity parameters between 0 and 1 are consistent with utility maximisation, 1 meaning no correlation within the nest; the mid-range value is a judgement", "Nested-logit dissimilarity of the mode nest within a host (1 = plain multinomial logit).", (p, v) => p.NestLambda = v);
        d.Add("mode.acquisition", 1.83, "utility", -20, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Alternative-specific constant of an acquisition.", (p, v) => p.AscAcquisition = v);
        d.Add("mode.rd_centre", -2.09, "utility", -20, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Alternative-specific constant of a greenfield R&D centre.", (p, v) => p.AscRdCentre = v);
        d.Add("mode.equity", -0.3, "utility", -20, 20, Assumption, "Alternative-specific constant of a minority/VC equity stake.", (p, v) => p.AscEquity = v);
        d.Add("mode.rd_centre_heavy", 0.623, "utility", -20, 20, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption" + " (report ch.4: R&D on Nordic soil buys domain knowledge that cannot be moved)", "Extra pull of an R&D centre for heavy-industry sectors.", (p, v) => p.RdCentreHeavyBonus = v);
        d.Add("mode.talent", 0.18, "utility per log thousand available persons", 0, 10, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption; no published coefficient on the talent supply found (Siedschlag et al. 2013, Research Policy 42(8), and Damioli & Vertesy 2017, JRC, find human capital significant in R&D location choice)", "Pull of available talent on the R&D-centre mode.", (p, v) => p.ModeTalent = v);
        d.Add("mode.screening_penalty", 4.4, "utility at intensity 1 and sensitivity 1", 0, 50, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Deterrence of screening on the acquisition mode.", (p, v) => p.ScreeningPenalty = v);
        d.Add("mode.capital_controls_penalty", 1.01, "utility at intensity 1", 0, 50, "calibrated (scenarios/calibration/); Rhodium Group & MERICS (2018), EU-China FDI: Working towards reciprocity in investment relations: Beijing's curbs on \"irrational\" outbound deals from late 2016 hit large acquisitions", "Deterrence of capital controls on the acquisition mode (scrutiny of large outbound takeovers shifts money to greenfield and minority stakes).", (p, v) => p.CapitalControlsAcquisitionPenalty = v);
        d.Add("mode.treaty_bonus", 1.0, "utility at intensity 1", 0, 50, Assumption, "Pull of an EU-China investment treaty on acquisitions and equity in EU hosts.", (p, v) => p.TreatyBonus = v);
        d.Add("deal.acquisition_multiple", 2.46, "price / revenue", 0.05, 50, "calibrated (scenarios/calibration/, docs/calibration.md); " + Nevs + "; typical multiple assumption", "Acquisition price as a multiple of the target's revenue.", (p, v) => p.AcquisitionMultiple = v);
        d.Add("deal.acquisition_max_revenue", 5000, "EUR m", 1, 1_000_000, Assumption, "Largest target revenue a single Chinese acquisition can buy.", (p, v) => p.AcquisitionMaxRevenue = v);
        d.Add("deal.rd_centre_median", 13.4, "EUR m", 0.1, 10_000,
            "calibrated (scenarios/calibration/, docs/calibration.md) to the greenfield share of Chinese FDI in Europe within EUR 5-25m: fDi Markets (as quoted by the Financial Times, 2015) "
            + "counted 17 greenfield R&D projects into the US in 2014 for USD 327m, a mean of EUR 14.5m (a median near EUR 9-11m for a log-sd of 0.8-1.0); was an assumption", "Median first investment in a greenfield R&D centre (lognormal).", (p, v) => p.RdCentreMedian = v);
        d.Add("deal.equity_median", 4, "EUR m", 0.01, 10_000, Assumption, "Median equity stake (lognormal).", (p, v) => p.EquityMedian = v);
        d.Add("deal.sigma", 1.15, "log-sd", 0, 5,
            "calibrated (scenarios/calibration/, docs/calibration.md) to the European FDI series and the report's VC metrics within 0.5-2.0: CB Insights' European tech rounds since 2011 "
            + "(Series C: mean USD 16.3m, median 9.6m, a lognormal log-sd of 1.03; with a US investor 30.3m and 22.5m, 0.77); rounds of all stages spread about 2.0; was an assumption", "Dispersion of deal sizes.", (p, v) => p.DealSigma = v);
        d.Add("deal.deeptech_min_valuation", 1.24, "EUR m", 0, 1000, DeepTechThreshold + "; " + EurSek, "Smallest startup valuation a Chinese investor takes a stake in.", (p, v) => p.DeepTechMinValuation = v);
    }
}
