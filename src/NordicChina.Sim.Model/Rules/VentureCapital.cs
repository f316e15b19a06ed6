using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 5: venture fund cycles. Capital is called from the fund's investors as deals close, plus a yearly
/// management fee (fund.management_fee x K). A vintage of committed capital K is invested over the
/// investment period T_inv in deals of lognormal size; at the end of its life T_life the fund raises a
/// successor with probability reraise x (1 - pandemic cut). While investing, a fund fails with annual
/// probability f0 (+ f_debt x DEBT for Chinese funds: report ch.2, 15-20% of Chinese VCs went broke in 2019).
/// <code>
/// expected deals per tick = K / T_inv / deal size x (1 - c_pan PAN) x (1 + b_plan PLAN [guiding]) x dt, capped by
/// the money left; each deal is lognormal around fund.deal_size (resolved by the target region). A share
/// fund.follow_on_share of deals are follow-ons in a holding drawn uniformly. Each tick a holding is written off
/// with the startup failure probability, else exited with probability fund.exit_rate for a lognormal multiple
/// (median fund.exit_multiple). Guiding funds (fund.guiding_share of Chinese funds) are state-backed: debt
/// tightening neither fails them nor stops them re-raising; a non-guiding Chinese fund re-raises with probability
/// cut by fund.reraise_debt_tightening_cut x DEBT.
/// host: Chinese fund abroad with prob. cn_abroad_share (host by the outbound host utility V_h), else a Chinese hub;
///       Nordic fund in a Chinese hub with prob. nordic_china_share, else a Nordic host, in proportion to eligible startups.
/// </code>
/// </summary>
public static class VentureCapital
{
    public static bool Investing(ModelParameters p, VentureFund fund, double time) =>
        fund.Active && !fund.Failed && time < fund.Vintage + p.FundInvestmentPeriod && fund.Invested < fund.Committed;

    public static bool EndOfLife(ModelParameters p, VentureFund fund, double time) => time >= fund.Vintage + p.FundLife;

    /// <summary>Exposed to Chinese debt tightening: a Chinese fund that is not state-backed.</summary>
    public static bool ExposedToDebtTightening(VentureFund fund) => fund.Chinese && !fund.Guiding;

    public static double FailureProbability(ModelParameters p, VentureFund fund, PolicyState policy, SimClock clock) =>
        clock.PerTick(p.FundFailureRate + (ExposedToDebtTightening(fund) ? p.FundFailureDebtTightening * policy[PolicyLevers.DebtTightening] : 0));

    public static double ExpectedDeals(ModelParameters p, VentureFund fund, PolicyState policy, double dt) =>
        fund.Committed / p.FundInvestmentPeriod / p.FundDealSize
        * Math.Max(0, 1 - p.PandemicEffect * policy[PolicyLevers.Pandemic])
        * (fund.Guiding ? 1 + p.FundGuidingAiPlanBoost * policy[PolicyLevers.AiPlan] : 1)
        * dt;

    /// <summary>Most deals the fund's uncommitted money can still pay for at the median deal size (at least one
    /// while any money is left).</summary>
    public static long DealCap(ModelParameters p, VentureFund fund) =>
        fund.Invested >= fund.Committed ? 0 : Math.Max(1, (long)Math.Floor((fund.Committed - fund.Invested) / p.FundDealSize));

    public static double SuccessorProbability(ModelParameters p, VentureFund fund, PolicyState policy) =>
        p.FundReraiseProbability * Math.Max(0, 1 - p.PandemicEffect * policy[PolicyLevers.Pandemic])
        * (ExposedToDebtTightening(fund) ? Math.Max(0, 1 - p.FundReraiseDebtTighteningCut * policy[PolicyLevers.DebtTightening]) : 1);

    /// <summary>Capital called from the fund's investors in a tick: what its deals drew (calls are made as deals close)
    /// plus the management fee, while the fund is alive and within its life.</summary>
    public static double CapitalCall(ModelParameters p, VentureFund fund, double dealsThisTick, double time, double dt) =>
        dealsThisTick + (fund.Active && !fund.Failed && time < fund.Vintage + p.FundLife ? p.FundManagementFee * fund.Committed * dt : 0);

    /// <summary>What happened to a holding in one tick: written off at the startup failure rate, else exited at
    /// fund.exit_rate for a lognormal multiple of what was invested.</summary>
    public static (bool WrittenOff, double Proceeds) HoldingStep(ModelParameters p, Holding holding, SimClock clock, Random rng)
    {
        if (rng.NextDouble() < clock.PerTick(p.StartupFailureRate)) return (true, 0);
        if (rng.NextDouble() < clock.PerTick(p.FundExitRate))
            return (false, holding.Invested * MathNet.Numerics.Distributions.LogNormal.Sample(rng, Math.Log(p.FundExitMultiple), p.FundExitSigma));
        return (false, 0);
    }

    public static double FundSize(ModelParameters p, bool chinese, Random rng) =>
        MathNet.Numerics.Distributions.LogNormal.Sample(rng, Math.Log(chinese ? p.FundSizeCn : p.FundSizeNordic), p.DealSigma);

    /// <summary>Chooses the region of one deal; -1 when no region has an eligible startup.</summary>
    public static int ChooseRegion(ModelParameters p, VentureFund fund, WorldView w, Random rng)
    {
        bool abroad = rng.NextDouble() < (fund.Chinese ? p.FundCnAbroadShare : p.FundNordicChinaShare);
        if (fund.Chinese && abroad)
        {
            int hosts = Regions.Hosts.Count;
            Span<double> v = stackalloc double[hosts];
            Span<double> m = stackalloc double[hosts * OutboundInvestment.Modes];
            OutboundInvestment.Utilities(p, -1, w, v, m);
            Span<double> weights = stackalloc double[hosts];
            double max = double.NegativeInfinity;
            for (int j = 0; j < hosts; j++) if (w.EquityEligible[Regions.Hosts[j].Index] > 0) max = Math.Max(max, v[j]);
            if (double.IsNegativeInfinity(max)) return -1;
            double sum = 0;
            for (int j = 0; j < hosts; j++)
            {
                weights[j] = w.EquityEligible[Regions.Hosts[j].Index] > 0 ? Math.Exp(v[j] - max) : 0;
                sum += weights[j];
            }
            for (int j = 0; j < hosts; j++) weights[j] /= sum;
            int k = NestedLogit.Pick(weights, rng.NextDouble());
            return k < 0 ? -1 : Regions.Hosts[k].Index;
        }
        bool china = fund.Chinese ? true : abroad;
        return PickByEligible(w, r => china ? r.IsChinese : r.IsNordic, rng);
    }


    private static int PickByEligible(WorldView w, Func<Region, bool> filter, Random rng)
    {
        Span<double> weights = stackalloc double[Regions.Count];
        double sum = 0;
        foreach (var r in Regions.All)
        {
            weights[r.Index] = filter(r) ? w.EquityEligible[r.Index] : 0;
            sum += weights[r.Index];
        }
        if (sum <= 0) return -1;
        for (int i = 0; i < weights.Length; i++) weights[i] /= sum;
        return NestedLogit.Pick(weights, rng.NextDouble());
    }
}
