using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 2: whether, where and how a Chinese firm goes out (report ch.4 "China's foreign investment
/// strategy" and "Why Sweden is in a good position..."; Thursby &amp; Thursby 2006).
/// <code>
/// whether:  h = h_kind * S * (1 + m max(0, gap_s)) * (VA_s / VA_ref)^e   per year,
///           S the policy climate GO (1 - c_cc CC) (1 - c_tc TC) (1 - c_pan PAN) with the completion lag of <see cref="OutboundClimate"/>
///           P(go this tick) = 1 - exp(-h dt)
/// where:    V_h = b_q Q_h + b_ip IP'_h + b_u U_h + b_c C'_h + b_m M_h - b_cost VA_h / VA_GSR
///           IP'_h = min(1, IP_h + e_ip IPL_h);  C'_h = min(1, C_h + e_th TH [h Swedish])
///                 + b_agg ln(1 + presence_h) + b_sec ln(1 + targets_h,s) - b_us TC [h = US]
/// how:      W_acq = a_acq - pen SCR_h sens_s - pen_cc CC + b_treaty TREATY_h (only if targets_h,s &gt; 0)
///           W_rd  = a_rd + b_heavy [s heavy] + b_talent ln(1 + available_h / 1000)
///           W_eq  = a_eq + b_treaty TREATY_h                              (only if eligible startups &gt; 0)
/// </code>
/// and (host, mode) is drawn from the <see cref="NestedLogit"/> with dissimilarity logit.nest_lambda.
/// </summary>
public static class OutboundInvestment
{
    public const int Modes = 3;

    /// <summary>The hazard with the climate of the levers in force, no lag (S = X).</summary>
    public static double AnnualHazard(ModelParameters p, FirmKind kind, int sector, double sectorGap, PolicyState policy) =>
        AnnualHazard(p, kind, sector, sectorGap, OutboundClimate.Instant(p, policy));

    /// <summary>The hazard under policy climate <paramref name="climate"/> (S of <see cref="OutboundClimate"/>).</summary>
    public static double AnnualHazard(ModelParameters p, FirmKind kind, int sector, double sectorGap, double climate)
    {
        double baseRate = kind switch
        {
            FirmKind.ChineseChampion => p.HazardChampion,
            FirmKind.ChineseManufacturer => p.HazardManufacturer,
            FirmKind.ChineseStartup => p.HazardStartup,
            _ => 0,
        };
        return baseRate
               * climate
               * (1 + p.GapMotive * Math.Max(0, sectorGap))
               * Math.Pow(p.SectorValueAdded[sector] / p.ValueAddedReference, p.ValueAddedElasticity);
    }

    public static double TickProbability(double annualHazard, double dt) => 1 - Math.Exp(-annualHazard * dt);

    /// <summary>Host-level utilities V_h (one per <see cref="Regions.Hosts"/> entry) and mode utilities W_hm.
    /// Sector -1 (a fund) drops the sector terms.</summary>
    public static void Utilities(ModelParameters p, int sector, WorldView w, Span<double> hostUtility, Span<double> modeUtility)
    {
        var hosts = Regions.Hosts;
        double referenceCost = p.ValueAddedPerWorker[Regions.Gsr.Index];
        bool heavy = sector >= 0 && Sectors.All[sector].HeavyIndustry;
        double tradeConflict = w.Policy[PolicyLevers.TradeConflict];
        for (int j = 0; j < hosts.Count; j++)
        {
            int r = hosts[j].Index;
            int targets = sector >= 0 ? w.AcquirableIn(r, sector) : 0;
            double treaty = w.Policy[PolicyLevers.EuChinaTreaty, r];
            double screening = w.Policy[PolicyLevers.FdiScreening, r];
            double capitalControls = w.Policy[PolicyLevers.CapitalControls];
            hostUtility[j] =
                p.BetaRdQuality * w.RdQuality[r]
                + p.BetaIp * EffectiveIpProtection(p, r, w.Policy)
                + p.BetaUniversity * p.University[r]
                + p.BetaCollaboration * EffectiveCollaboration(p, hosts[j], w.Policy)
                + p.BetaMarket * p.Market[r]
                - p.BetaCost * p.ValueAddedPerWorker[r] / referenceCost
                + p.BetaAgglomeration * Math.Log(1 + w.ChinesePresence[r])
                + p.BetaSectorStrength * Math.Log(1 + targets)
                - (hosts[j].Kind == RegionKind.UnitedStates ? p.BetaTradeConflictUs * tradeConflict : 0);

            var m = modeUtility.Slice(j * Modes, Modes);
            m[(int)InvestmentMode.Acquisition] = targets > 0
                ? p.AscAcquisition - p.ScreeningPenalty * screening * p.SectorSensitivity[sector]
                  - p.CapitalControlsAcquisitionPenalty * capitalControls + p.TreatyBonus * treaty
                : double.NaN;
            m[(int)InvestmentMode.GreenfieldRdCentre] = p.AscRdCentre + (heavy ? p.RdCentreHeavyBonus : 0)
                + p.ModeTalent * Math.Log(1 + w.TalentAvailable[r] / 1000.0);
            m[(int)InvestmentMode.Equity] = w.EquityEligible[r] > 0 ? p.AscEquity + p.TreatyBonus * treaty : double.NaN;
        }
    }

    /// <summary>IP protection after the ip_protection lever: min(1, IP_h + e_ip IPL_h).</summary>
    public static double EffectiveIpProtection(ModelParameters p, int region, PolicyState policy) =>
        Math.Min(1.0, p.IpProtection[region] + p.IpProtectionEffect * policy[PolicyLevers.IpProtection, region]);

    /// <summary>Ease of collaboration after triple-helix funding (Swedish regions): min(1, C_h + e_th TH).</summary>
    public static double EffectiveCollaboration(ModelParameters p, Region region, PolicyState policy) =>
        Math.Min(1.0, p.Collaboration[region.Index] + (region.IsSwedish ? p.TripleHelixCollaboration * policy[PolicyLevers.TripleHelix] : 0));

    /// <summary>Draws (host region index, mode) for one investor, or null when nothing is available.</summary>
    public static (int Region, InvestmentMode Mode)? Choose(ModelParameters p, int sector, WorldView w, double u)
    {
        int hosts = Regions.Hosts.Count;
        Span<double> v = stackalloc double[hosts];
        Span<double> m = stackalloc double[hosts * Modes];
        Span<double> joint = stackalloc double[hosts * Modes];
        Utilities(p, sector, w, v, m);
        if (!NestedLogit.Probabilities(v, m, Modes, p.NestLambda, joint)) return null;
        int k = NestedLogit.Pick(joint, u);
        return k < 0 ? null : (Regions.Hosts[k / Modes].Index, (InvestmentMode)(k % Modes));
    }
}
