using MathNet.Numerics.Distributions;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 4: Nordic firms entering the Chinese market (report ch.4, "Concrete ways to create growth", 1. "Taking Nordic AI applications to the Chinese market" and
/// "What to be aware of when entering the Chinese market"). A Nordic firm not in China starts building a trusted
/// local partner with annual probability a; it needs T_f years (lognormal around china_entry.partner_years) and
/// gives up with annual probability d meanwhile. When the partner is trusted it launches, and succeeds with
/// <code>
/// P(success) = logistic(b0 + b_niche N_f + b_adapt A_f + b_lead (a_SE,s - a_CN,s) + b_own [Chinese-owned] - b_tc TC)
/// </code>
/// where N_f is the depth of the firm's domain niche and A_f its willingness to adapt (both uniform on [0, 1] at
/// birth). A success earns china_entry.revenue_share of the firm's revenue in China, growing at
/// china_entry.market_growth; an active firm leaves with annual probability china_entry.exit_rate. Failure and exit
/// are final.
/// </summary>
public static class ChinaMarketEntry
{
    public static bool CanAttempt(Region region, Firm firm) =>
        region.IsNordic && firm.Alive && firm.ChinaStage == ChinaEntryStage.None;

    public static double PartnerYearsNeeded(ModelParameters p, Random rng) =>
        LogNormal.Sample(rng, Math.Log(p.ChinaPartnerYears), p.ChinaPartnerSigma);

    public static double SuccessProbability(ModelParameters p, Firm firm, double swedishLead, PolicyState policy)
    {
        double x = p.ChinaIntercept + p.ChinaNiche * firm.DomainNiche + p.ChinaAdaptability * firm.Adaptability
                   + p.ChinaLead * swedishLead + (firm.ChineseOwned ? p.ChinaOwnership : 0)
                   - p.ChinaTradeConflict * policy[PolicyLevers.TradeConflict];
        return 1 / (1 + Math.Exp(-x));
    }

    /// <summary>What happened to a firm's China venture in one tick.</summary>
    public enum Event { None, Started, GaveUp, Entered, LaunchFailed, Exited }

    /// <summary>Advances one firm's China venture by a tick, drawing from <paramref name="rng"/> in a fixed order.</summary>
    public static Event Step(ModelParameters p, Region region, Firm firm, double swedishLead, PolicyState policy, SimClock clock, Random rng)
    {
        double dt = clock.Dt;
        switch (firm.ChinaStage)
        {
            case ChinaEntryStage.None when CanAttempt(region, firm):
                if (rng.NextDouble() >= clock.PerTick(p.ChinaAttemptRate)) return Event.None;
                firm.ChinaStage = ChinaEntryStage.BuildingPartner;
                firm.PartnerYears = 0;
                firm.PartnerYearsNeeded = PartnerYearsNeeded(p, rng);
                return Event.Started;
            case ChinaEntryStage.BuildingPartner:
                if (rng.NextDouble() < clock.PerTick(p.ChinaDropoutRate)) { firm.ChinaStage = ChinaEntryStage.Failed; return Event.GaveUp; }
                firm.PartnerYears += dt;
                if (firm.PartnerYears < firm.PartnerYearsNeeded) return Event.None;
                if (rng.NextDouble() < SuccessProbability(p, firm, swedishLead, policy))
                {
                    firm.ChinaStage = ChinaEntryStage.Active;
                    firm.ChinaRevenue = p.ChinaRevenueShare * firm.Revenue;
                    return Event.Entered;
                }
                firm.ChinaStage = ChinaEntryStage.Failed;
                return Event.LaunchFailed;
            case ChinaEntryStage.Active:
                if (rng.NextDouble() < clock.PerTick(p.ChinaExitRate))
                {
                    firm.ChinaStage = ChinaEntryStage.Exited;
                    firm.ChinaRevenue = 0;
                    return Event.Exited;
                }
                firm.ChinaRevenue *= Math.Exp(p.ChinaMarketGrowth * dt);
                return Event.None;
            default:
                return Event.None;
        }
    }
}
