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
        "Speeds China's catch-up by catchup.ai_plan_boost x intensity.", ReportSources.AiPlan);
    public static readonly PolicyLever AutomationSubsidy = new(3, "automation_subsidy", "CN", false, 5,
        "Chinese automation subsidies (Guangdong's RMB 943 million robotics programme).",
        "Raises the growth of China's robot density and so its heavy-industry readiness by catchup.subsidy_boost x intensity.", ReportSources.GuangdongSubsidy);
    public static readonly PolicyLever TalentReturn = new(4, "talent_return", "CN", false, 5,
        "Chinese talent-return programmes.",
        "Adds talent.return_pull x intensity to the utility of moving to a Chinese hub.", ReportSources.Assumption);
    public static readonly PolicyLever DebtTightening = new(5, "debt_tightening", "CN", false, 5,
        "Chinese debt tightening that dried up VC fundraising in 2019.",
        "Adds fund.failure_debt_tightening x intensity to Chinese funds' failure rate.", ReportSources.VcBust);
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
        "Cuts Chinese outbound hazards by outbound.trade_conflict_effect x intensity and penalises the US as a host.", ReportSources.TradeDispute);
    public static readonly PolicyLever UsVisaRestrictions = new(10, "us_visa_restrictions", "US", false, 1,
        "US student-visa restrictions on Chinese students and researchers.",
        "The US refuses talent.visa_refusal x intensity of movers from Chinese hubs.", ReportSources.TopResearchersUs);
    public static readonly PolicyLever Pandemic = new(11, "pandemic", World, false, 1,
        "A pandemic shock to FDI and venture funding.",
        "Cuts outbound hazards by outbound.pandemic_effect x intensity and fund deal flow by the same share.", ReportSources.Assumption);

    public static IReadOnlyList<PolicyLever> All { get; } =
    [
        GoingOut, CapitalControls, AiPlan, AutomationSubsidy, TalentReturn, DebtTightening,
        Wasp, FdiScreening, EuChinaTreaty, TradeConflict, UsVisaRestrictions, Pandemic,
    ];

    public static bool TryByName(string name, out PolicyLever lever)
    {
        lever = All.FirstOrDefault(l => l.Name == name)!;
        return lever is not null;
    }
}
