using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Nordic firms entering the Chinese market: building a partner, launch success, revenue and exit.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class ChinaEntryParameters
{
    /// <summary>Nordic firms entering China.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        d.Add("china_entry.attempt_rate", 0.03, "per year", 0, 1, Assumption, "Annual probability that a Nordic firm not yet in China starts building a Chinese partner.", (p, v) => p.ChinaAttemptRate = v);
        d.Add("china_entry.partner_years", 2.0, "years (median)", 0.1, 20, ChinaMarketEntry + "; duration assumption", "Median years needed to build a trusted local partner (lognormal per firm).", (p, v) => p.ChinaPartnerYears = v);
        d.Add("china_entry.partner_sigma", 0.5, "log-sd", 0, 3, Assumption, "Dispersion of the years needed across firms.", (p, v) => p.ChinaPartnerSigma = v);
        d.Add("china_entry.dropout_rate", 0.2, "per year", 0, 1, ChinaMarketEntry + "; rate assumption", "Annual probability of giving up while building the partner.", (p, v) => p.ChinaDropoutRate = v);
        d.Add("china_entry.intercept", -3.75, "log-odds", -20, 20, "calibrated (scenarios/calibration/, docs/calibration.md); " + ChinaMarketEntry + " (most fail); value assumption", "Log-odds of a successful launch for a firm with no niche, no adaptability and no lead.", (p, v) => p.ChinaIntercept = v);
        d.Add("china_entry.niche", 2.0, "log-odds per unit", 0, 20, "report ch.4: focus on applications built on specific domain knowledge no Chinese firm targets; size assumption", "Effect of the depth of the firm's domain niche.", (p, v) => p.ChinaNiche = v);
        d.Add("china_entry.adaptability", 1.5, "log-odds per unit", 0, 20, "report ch.4: unwillingness to adapt sank even large entrants; size assumption", "Effect of willingness to adapt.", (p, v) => p.ChinaAdaptability = v);
        d.Add("china_entry.lead", 3.0, "log-odds per unit of gap", 0, 50, Assumption, "Effect of Sweden's capability lead over China in the firm's sector (competition from Chinese firms).", (p, v) => p.ChinaLead = v);
        d.Add("china_entry.ownership", 1.0, "log-odds", 0, 20, "report ch.4: takeovers may give better access to the Chinese market; size assumption", "Extra log-odds of success for a Chinese-owned Nordic firm.", (p, v) => p.ChinaOwnership = v);
        d.Add("china_entry.trade_conflict", 0.5, "log-odds at intensity 1", 0, 20, Assumption, "Penalty on launch success under the trade conflict.", (p, v) => p.ChinaTradeConflict = v);
        d.Add("china_entry.revenue_share", 0.1, "share of home revenue", 0, 10, Assumption, "First-year revenue in China as a share of the firm's revenue.", (p, v) => p.ChinaRevenueShare = v);
        d.Add("china_entry.market_growth", 0.08, "per year", -0.5, 2, "NBS (2020), Statistical Communique of China on the 2019 National Economic and Social Development: GDP RMB 99.09 trillion, real growth 6.1%, retail sales of consumer goods +8.0%; 0.08 taken as nominal market growth", "Growth of a successful entrant's revenue in China.", (p, v) => p.ChinaMarketGrowth = v);
        d.Add("china_entry.exit_rate", 0.08, "per year", 0, 1, Assumption, "Annual probability that an active firm leaves China.", (p, v) => p.ChinaExitRate = v);
    }
}
