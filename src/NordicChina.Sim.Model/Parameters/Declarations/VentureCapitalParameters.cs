using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Venture capital funds: sizes, fund life, deal flow, failure, re-raising, fees, follow-ons, exits and guiding funds.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class VentureCapitalParameters
{
    /// <summary>Venture capital funds.</summary>
    public static void DeclareFunds(ParameterDeclarations d)
    {
        d.Add("fund.size.cn", 601, "EUR m", 1, 100_000, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Median committed capital of a Chinese fund.", (p, v) => p.FundSizeCn = v);
        d.Add("fund.size.nordic", 80, "EUR m", 1, 100_000, "Argentum (2021), The State of Nordic Private Equity 2020, sec. 6: Nordic venture funds raised EUR 906m in 24 closings in 2020 (about EUR 38m each), 64% below the 2019 record from 17 closings (about EUR 150m each); 80 taken between", "Median committed capital of a Nordic fund.", (p, v) => p.FundSizeNordic = v);
        d.Add("fund.investment_period", 5, "years", 1, 20, "Metrick & Yasuda (2011), Venture Capital and the Finance of Innovation, 2nd ed., ch. 2: investment (commitment) period typically the first five years of a ten-year fund", "Years over which a fund invests its commitments.", (p, v) => p.FundInvestmentPeriod = v);
        d.Add("fund.life", 10, "years", 2, 30, "Mulcahy (2015), Institutional Investor, 'The New Reality of the 14-Year Venture Capital Fund': VC funds are structured on a ten-year fund life (median actual duration just over 14 years, NVCA Yearbook 2013)", "Fund life from vintage to wind-down.", (p, v) => p.FundLife = v);
        d.Add("fund.deal_size", 14.3, "EUR m", 0.01, 1000, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption", "Median deal size of a VC investment.", (p, v) => p.FundDealSize = v);
        d.Add("fund.cn_abroad_share", 0.057, "share of deals", 0, 1,
            "calibrated (scenarios/calibration/, docs/calibration.md) to the acquisition share and the report's VC metrics within 0.02-0.25: Crunchbase News (2018) counted 198 deals "
            + "by China-based investors in US companies in 2018, against Preqin's 5,356 VC deals in China that year, about 4% (4-10% with Europe and counting only Chinese-led deals); was an assumption", "Share of a Chinese fund's deals made in European and US hosts.", (p, v) => p.FundCnAbroadShare = v);
        d.Add("fund.nordic_china_share", 0.02, "share of deals", 0, 1, Assumption, "Share of a Nordic fund's deals made in Chinese hubs.", (p, v) => p.FundNordicChinaShare = v);
        d.Add("fund.failure_rate", 0.02, "per year", 0, 1, Assumption, "Baseline annual failure probability of a fund during its investment period.", (p, v) => p.FundFailureRate = v);
        d.Add("fund.failure_debt_tightening", 0.16, "per year at intensity 1", 0, 1, VcBust + " (midpoint 17.5% less the baseline)", "Extra annual failure probability of Chinese funds under debt tightening at intensity 1.", (p, v) => p.FundFailureDebtTightening = v);
        d.Add("fund.reraise_probability", 0.7, "probability", 0, 1,
            "PitchBook data (reported by Axios Pro Rata, 22 February 2024, and PitchBook News, July 2024): historically 63% of first-time VC managers raised a second fund; "
            + "StepStone Group (2024), GP cohort analysis, figure 2: 59% of VC funds raised since 2000 had raised a successor by Q2 2024; "
            + "divided by the model's chance of surviving the 5-year investment period (fund.failure_rate 0.02 a year: 0.98^5 = 0.90), 0.66-0.70", "Probability that a fund reaching the end of its life raises a successor fund.", (p, v) => p.FundReraiseProbability = v);
    }

    /// <summary>Venture capital, deeper.</summary>
    public static void DeclareFundEconomics(ParameterDeclarations d)
    {
        d.Add("fund.management_fee", 0.02, "share of commitments per year", 0, 0.2, "Metrick & Yasuda (2010), The Economics of Private Equity Funds, Review of Financial Studies 23(6), 238 funds 1993-2006: a 2% initial management fee on committed capital is the common level", "Management fee a fund calls from its investors each year of its life, on top of the capital it calls for deals.", (p, v) => p.FundManagementFee = v);
        d.Add("fund.follow_on_share", 0.4, "share of deals", 0, 1, Assumption, "Share of a fund's deals that are follow-ons in companies it already holds.", (p, v) => p.FundFollowOnShare = v);
        d.Add("fund.exit_rate", 0.12, "per year", 0, 1, "NVCA (2015), Yearbook data reported by S. Shane, Entrepreneur, 'What Slow Exits Mean to Startup Investors': average time from VC financing to exit 6.8 years in 2014 (3.3 in 2001), i.e. about 0.15 a year; 0.12 judged since not every holding exits", "Annual probability that a holding is exited (sold or listed).", (p, v) => p.FundExitRate = v);
        d.Add("fund.exit_multiple", 2.5, "proceeds / invested (median)", 0.01, 100, Assumption, "Median gross multiple of an exit (lognormal with log-sd fund.exit_sigma).", (p, v) => p.FundExitMultiple = v);
        d.Add("fund.exit_sigma", 1.0, "log-sd", 0, 5, "Cochrane (2005), The risk and return of venture capital, Journal of Financial Economics 75(1): selection-corrected standard deviation of VC log returns near 100% a year; used as the log-sd of exit multiples (judgement)", "Dispersion of exit multiples.", (p, v) => p.FundExitSigma = v);
        d.Add("fund.guiding_share", 0.3, "share of Chinese funds", 0, 1, GuidingFunds + "; share assumption", "Share of Chinese funds that are government guiding funds (state-backed: no failure from debt tightening; deal flow follows the AI plan).", (p, v) => p.FundGuidingShare = v);
        d.Add("fund.guiding_ai_plan_boost", 0.5, "relative deal flow at intensity 1", 0, 10, GuidingFunds + "; size assumption", "Extra deal flow of guiding funds per unit of the AI-plan lever.", (p, v) => p.FundGuidingAiPlanBoost = v);
        d.Add("fund.reraise_debt_tightening_cut", 0.5, "share at intensity 1", 0, 1, VcBust + "; size assumption", "Cut in a non-guiding Chinese fund's chance of raising a successor under debt tightening.", (p, v) => p.FundReraiseDebtTighteningCut = v);
    }
}
