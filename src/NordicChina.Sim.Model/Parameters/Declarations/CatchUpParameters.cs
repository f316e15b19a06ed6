using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>China's and Sweden's capability catch-up, robot density as China's readiness, knowledge flows and the window of opportunity.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class CatchUpParameters
{
    /// <summary>Catch-up and the window of opportunity.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        d.Add("catchup.rate.SE", 0.05, "per year", 0, 2, WindowDecades + "; Sweden's own speed toward the frontier, jointly with China's", "Speed at which Sweden's capability closes its distance to the frontier.", (p, v) => p.CatchUpSe = v);
        d.Add("catchup.rate.CN.digital", 0.30, "per year", 0, 5, Assumption + " (fast: scale without mass, report ch.2)", "China's catch-up speed in digital sectors.", (p, v) => p.CatchUpCnDigital = v);
        d.Add("catchup.rate.CN.heavy", 0.06, "per year", 0, 5, WindowDecades + "; slow beside digital (0.30): domain knowledge and undigitalised factories, report ch.2 'A clunky industrial transition'", "China's catch-up speed in heavy-industry sectors at full readiness.", (p, v) => p.CatchUpCnHeavy = v);
        d.Add("catchup.robots.CN.2018", 140, "robots per 10,000 workers", 1, 2000, RobotDensity, "China's robot density in 2018.", (p, v) => p.RobotsCn2018 = v);
        d.Add("catchup.robots.CN.2013", 25, "robots per 10,000 workers", 1, 2000, RobotDensity, "China's robot density in 2013 (sets the growth rate).", (p, v) => p.RobotsCn2013 = v);
        d.Add("catchup.robots.CN.ceiling", 1000, "robots per 10,000 workers", 1, 5000,
            "IFR (2020, 2021), World Robotics: China 187 (2019) and 246 (2020) robots per 10,000 manufacturing employees (246 also in MIIT et al. (2021), 14th Five-Year Robot Industry Development Plan, "
            + "which aims to double it by 2025); with the report's 2013-2018 growth rate (catchup.robots.CN.2013/2018) the ceiling that fits 2019-2020 is about 1,035, rounded to 1,000, "
            + "the highest density any country has reached (Korea, IFR World Robotics 2022); the earlier 400 was passed in 2022 (IFR: 402)", "Saturation level of China's robot density (logistic).", (p, v) => p.RobotsCnCeiling = v);
        d.Add("catchup.robots.SE", 280, "robots per 10,000 workers", 1, 5000, "IFR (2020), World Robotics: Sweden 274 robots per 10,000 manufacturing employees in 2019, 5th in the world (report ch.3: Sweden 5th most robots in manufacturing 2019); rounded", "Sweden's robot density, the readiness benchmark.", (p, v) => p.RobotsSe = v);
        d.Add("catchup.readiness_elasticity", 1.0, "exponent", 0, 5, Assumption, "Elasticity of China's heavy-industry catch-up speed to its relative robot density.", (p, v) => p.ReadinessElasticity = v);
        d.Add("catchup.knowledge.acquisition", 0.002, "capability per deal", 0, 1, Assumption, "Capability China gains in a sector from one completed acquisition of a Western firm in it (a modelled deal counts 1 / population.scale).", (p, v) => p.KnowledgePerAcquisition = v);
        d.Add("catchup.knowledge.rd_centre", 0.000002, "capability per R&D person-year", 0, 0.01, Assumption, "Capability flowing to China per person-year of staff in its R&D centres abroad (modelled person-years count 1 / population.scale).", (p, v) => p.KnowledgePerRdPersonYear = v);
        d.Add("catchup.knowledge.host_spillover", 0.00001, "capability per R&D person-year", 0, 0.01, Assumption, "Capability flowing to Sweden per person-year of staff in Chinese R&D centres on Swedish soil (modelled person-years count 1 / population.scale).", (p, v) => p.HostSpilloverPerRdPersonYear = v);
        d.Add("catchup.ai_plan_boost", 0.5, "relative speed-up at intensity 1", 0, 10, AiPlan + "; size assumption", "Relative increase in China's catch-up speed when the AI-plan lever is at intensity 1.", (p, v) => p.AiPlanBoost = v);
        d.Add("catchup.shock_sd", 0.01, "capability per sqrt(year)", 0, 0.5, Assumption, "Standard deviation of random capability shocks.", (p, v) => p.CapabilityShockSd = v);
        d.Add("window.threshold", 0.05, "share of frontier", 0, 1, WindowDecades + "; a definition: 'caught up' within 0.05 of Sweden, five times the yearly capability noise (catchup.shock_sd 0.01 per sqrt(year))", "The window of opportunity is open while Sweden's lead over China in a sector exceeds this.", (p, v) => p.WindowThreshold = v);
    }
}
