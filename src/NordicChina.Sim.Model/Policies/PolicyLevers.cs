using NordicChina.Sim.Model.Parameters;

namespace NordicChina.Sim.Model.Policies;

/// <summary>The levers scenarios can pull, in canonical order. Their default intensities (in force when no
/// scenario entry covers a year) are catalogue parameters named policy.&lt;lever&gt;.default.</summary>
public static class PolicyLevers
{
    public const string World = "world";

    public static readonly PolicyLever GoingOut = new(0, "going_out", "CN", false, 5,
        "China's Going Out strategy: overseas M&A, equity, VC and R&D centres abroad.",
        "Multiplies every Chinese firm's outbound investment hazard.", ReportSources.GoingOut);
    public static readonly PolicyLever CapitalControls = new(1, "capital_controls", "CN", false, 1,
        "Chinese capital controls on outbound investment.",
        "Cuts outbound hazards by outbound.capital_controls_effect x intensity.", ReportSources.Assumption);
    public static readonly PolicyLever AiPlan = new(2, "ai_plan", "CN", false, 5,
        "China's 2017 New Generation AI Development Plan funding (up to RMB 1 trillion).",
        "Speeds China's catch-up by catchup.ai_plan_boost x intensity and Chinese guiding funds' deal flow by fund.guiding_ai_plan_boost x intensity.", ReportSources.AiPlan);
    public static readonly PolicyLever AutomationSubsidy = new(3, "automation_subsidy", "CN", false, 5,
        "Chinese automation subsidies (Guangdong's RMB 943 million robotics programme).",
        "Raises the growth of China's robot density (heavy-industry readiness) by catchup.subsidy_boost x intensity, and Chinese firms' AI adoption rate by adoption.subsidy x intensity.", ReportSources.GuangdongSubsidy);
    public static readonly PolicyLever TalentReturn = new(4, "talent_return", "CN", false, 5,
        "Chinese talent-return programmes.",
        "Adds talent.return_pull x intensity to the utility of moving to a Chinese hub.", ReportSources.Assumption);
    public static readonly PolicyLever DebtTightening = new(5, "debt_tightening", "CN", false, 5,
        "Chinese debt tightening that dried up VC fundraising in 2019.",
        "Adds fund.failure_debt_tightening x intensity to non-guiding Chinese funds' failure rate and cuts their chance of raising a successor fund by fund.reraise_debt_tightening_cut x intensity.", ReportSources.VcBust);
    public static readonly PolicyLever Wasp = new(6, "wasp", "SE", false, 10,
        "Sweden's WASP programme (SEK 5.5bn, at least 400 PhDs over ten years).",
        "Adds talent.wasp_phds x intensity AI PhDs a year to Swedish regions, raising R&D personnel quality.", ReportSources.Wasp);
    public static readonly PolicyLever FdiScreening = new(7, "fdi_screening", "host", true, 1,
        "Screening of foreign takeovers in sensitive technology.",
        "Blocks acquisitions with probability intensity x sector sensitivity, deters the acquisition mode by mode.screening_penalty, and redirects blocked money to R&D centres with probability screening.redirect_share.", ReportSources.Assumption);
    public static readonly PolicyLever EuChinaTreaty = new(8, "eu_china_treaty", "EU", true, 1,
        "An EU-China investment treaty.",
        "Adds mode.treaty_bonus x intensity to acquisitions and equity in EU member hosts (GSR, WSE, FIN, DNK, DEU, NLD).", ReportSources.Assumption);
    public static readonly PolicyLever TradeConflict = new(9, "trade_conflict", "US", false, 2,
        "The US-China trade dispute (from 2018).",
        "Cuts Chinese outbound hazards by outbound.trade_conflict_effect x intensity, penalises the US as a host, and lowers Nordic firms' launch success in China by china_entry.trade_conflict x intensity.", ReportSources.TradeDispute);
    public static readonly PolicyLever UsVisaRestrictions = new(10, "us_visa_restrictions", "US", false, 1,
        "US student-visa restrictions on Chinese students and researchers.",
        "The US refuses talent.visa_refusal x intensity of movers from Chinese hubs.", ReportSources.TopResearchersUs);
    public static readonly PolicyLever Pandemic = new(11, "pandemic", World, false, 1,
        "A pandemic shock to FDI and venture funding.",
        "Cuts outbound hazards by outbound.pandemic_effect x intensity and fund deal flow by the same share.", ReportSources.Assumption);

    public static readonly PolicyLever TripleHelix = new(12, "triple_helix", "SE", false, 5,
        "Sweden's triple-helix collaborative funding (Vinnova: government, academia and business together).",
        "Raises the collaboration score of Swedish regions by policy.triple_helix_collaboration x intensity (capped at 1) and Swedish firms' AI adoption rate by adoption.triple_helix x intensity.",
        "report ch.3 'Cooperation': collaborative funding");
    public static readonly PolicyLever OpenData = new(13, "open_data", "SE", false, 5,
        "Swedish open public data and data factories.",
        "Raises Swedish firms' industrial-data access by data.open_data_boost x intensity (capped at 1), speeding AI adoption.",
        "report ch.3 'Open data': public datasets and data factories");
    public static readonly PolicyLever IpProtection = new(14, "ip_protection", "host", true, 1,
        "Stronger IP protection in a host (e.g. a legal framework for Sino-Swedish collaboration).",
        "Raises the host's IP-protection score by policy.ip_protection_effect x intensity (capped at 1) in the host choice.",
        "report ch.1 'Executive summary': a solid legal framework for IP protection is recommended");

    public static IReadOnlyList<PolicyLever> All { get; } =
    [
        GoingOut, CapitalControls, AiPlan, AutomationSubsidy, TalentReturn, DebtTightening,
        Wasp, FdiScreening, EuChinaTreaty, TradeConflict, UsVisaRestrictions, Pandemic,
        TripleHelix, OpenData, IpProtection,
    ];

    /// <summary>Levers close to a misspelt name (any case; transposed or missing letters), for error messages.</summary>
    public static IReadOnlyList<string> Suggest(string name)
    {
        string lower = name.ToLowerInvariant();
        return All.Select(l => (l.Name, d: Parameters.ParameterCatalogue.EditDistance(l.Name, lower)))
            .Where(x => x.d <= Math.Max(2, lower.Length / 3))
            .OrderBy(x => x.d).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(3).Select(x => x.Name).ToArray();
    }

    public static bool TryByName(string name, out PolicyLever lever)
    {
        lever = All.FirstOrDefault(l => l.Name == name)!;
        return lever is not null;
    }
}
