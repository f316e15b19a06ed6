using MathNet.Numerics.Distributions;
using NordicChina.Sim.Model.Parameters;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// The money in a deal (EUR m). Acquisitions are priced at deal.acquisition_multiple times the target's revenue;
/// R&amp;D centres and equity stakes are lognormal around their catalogued medians with log-sd deal.sigma.
/// An R&amp;D centre plans rdcentre.jobs_per_eur_m high-skill jobs per EUR m invested (at least one).
/// </summary>
public static class DealSizing
{
    public static double AcquisitionPrice(ModelParameters p, double targetRevenue) => p.AcquisitionMultiple * targetRevenue;

    public static double RdCentreInvestment(ModelParameters p, Random rng) => LogNormal.Sample(rng, Math.Log(p.RdCentreMedian), p.DealSigma);

    public static double EquityStake(ModelParameters p, Random rng) => LogNormal.Sample(rng, Math.Log(p.EquityMedian), p.DealSigma);

    public static double VentureDeal(ModelParameters p, Random rng) => LogNormal.Sample(rng, Math.Log(p.FundDealSize), p.DealSigma);

    public static long PlannedRdJobs(ModelParameters p, double investment) => Math.Max(1, (long)Math.Round(p.RdJobsPerEurM * investment));
}
