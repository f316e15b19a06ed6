using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 1: catch-up in sector AI capability (after Lee &amp; Malerba 2017; Landini, Lee &amp; Malerba 2017).
/// Capability a is measured relative to a world frontier that moves on its own (a in (0, 1]).
/// <code>
/// Sweden:  a_SE' = a_SE + lambda_SE (1 - a_SE) dt + s_host K_host + sigma sqrt(dt) e
/// China:   a_CN' = a_CN + lambda_CN,s R(t)^[heavy] (1 + b_plan P_plan) (1 - a_CN) dt + k_acq N_acq + k_rd K_rd + sigma sqrt(dt) e
/// R(t)   = min(1, (rho_CN(t) / rho_SE)^eta)                  heavy-industry readiness
/// rho_CN' = r (1 + b_sub P_sub) rho_CN (1 - rho_CN / K) dt    robot density, r = ln(rho_2018 / rho_2013) / 5
/// </code>
/// lambda_CN,s is catchup.rate.CN.digital for the digital sector and catchup.rate.CN.heavy otherwise;
/// N_acq is completed acquisitions in the sector in the previous tick; K_rd (K_host) the person-years worked in
/// that tick by staff of Chinese R&amp;D centres abroad (on Swedish soil), i.e. staff x dt. Both are counted at
/// population.scale 1: the government grain divides the modelled counts by population.scale.
/// </summary>
public static class CatchUp
{
    /// <summary>Growth rate of China's robot density implied by the report's 2013 and 2018 figures.</summary>
    public static double RobotGrowthRate(ModelParameters p) => Math.Log(p.RobotsCn2018 / p.RobotsCn2013) / 5.0;

    /// <summary>China's robot density in a year on the logistic path through the 2018 figure (no subsidy).</summary>
    public static double InitialRobotDensity(ModelParameters p, double year)
    {
        double k = p.RobotsCnCeiling, r = RobotGrowthRate(p), r0 = Math.Min(p.RobotsCn2018, k * 0.999);
        return k / (1 + (k / r0 - 1) * Math.Exp(-r * (year - 2018)));
    }

    public static double StepRobotDensity(ModelParameters p, double rho, double subsidy, double dt)
    {
        double r = RobotGrowthRate(p) * (1 + p.SubsidyBoost * subsidy);
        return rho + r * rho * (1 - rho / p.RobotsCnCeiling) * dt;
    }

    public static double Readiness(ModelParameters p, double robotsCn) =>
        Math.Min(1.0, Math.Pow(Math.Max(robotsCn, 0) / p.RobotsSe, p.ReadinessElasticity));

    public static double StepChina(ModelParameters p, Sector sector, double a, double readiness, double aiPlan,
        double acquisitions, double rdPersonYears, double dt, double standardNormal)
    {
        double lambda = sector.HeavyIndustry ? p.CatchUpCnHeavy * readiness : p.CatchUpCnDigital;
        double da = lambda * (1 + p.AiPlanBoost * aiPlan) * (1 - a) * dt
                    + p.KnowledgePerAcquisition * acquisitions
                    + p.KnowledgePerRdPersonYear * rdPersonYears
                    + p.CapabilityShockSd * Math.Sqrt(dt) * standardNormal;
        return Clamp(a + da);
    }

    public static double StepSweden(ModelParameters p, double a, double hostRdPersonYears, double dt, double standardNormal)
    {
        double da = p.CatchUpSe * (1 - a) * dt
                    + p.HostSpilloverPerRdPersonYear * hostRdPersonYears
                    + p.CapabilityShockSd * Math.Sqrt(dt) * standardNormal;
        return Clamp(a + da);
    }

    private static double Clamp(double a) => Math.Clamp(a, 0.001, 1.0);
}
