using NordicChina.Sim.Model.Parameters;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 3, wages: foreign takeovers raise high-skill and lower low-skill wages (Heyman et al. 2005, cited in
/// report ch.4), and unfilled high-skill demand raises the high-skill wage (report ch.4: skills gap).
/// <code>
/// w_high = w0_high (1 + b_h F_high) (1 + b_t unfilled / max(1, available))
/// w_low  = w0_low  (1 - b_l F_low)
/// </code>
/// F_high (F_low) is the share of the region's high-skill (low-skill) staff of modelled employers working for
/// Chinese-owned firms and R&amp;D centres.
/// </summary>
public static class Wages
{
    public static double HighSkill(ModelParameters p, int region, double foreignShareHigh, long unfilledDemand, long available) =>
        p.WageHigh[region] * (1 + p.WageHighTakeover * foreignShareHigh) * (1 + p.WageTightness * unfilledDemand / Math.Max(1.0, available));

    public static double LowSkill(ModelParameters p, int region, double foreignShareLow) =>
        p.WageLow[region] * Math.Max(0, 1 - p.WageLowTakeover * foreignShareLow);
}
