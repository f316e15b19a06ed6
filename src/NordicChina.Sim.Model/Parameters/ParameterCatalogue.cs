using NordicChina.Sim.Model.World;
using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters;

/// <summary>
/// Every number in the model, with its unit, plausible range and source. docs/parameters.md is generated
/// from this list (<c>nordicsim catalogue</c>) and a test fails when the two differ.
/// Names are dotted and lower-case; region and sector codes appear as in <see cref="Regions"/> and <see cref="Sectors"/>.
/// </summary>
public static class ParameterCatalogue
{
    public static IReadOnlyList<ParameterDefinition> All { get; }
    private static readonly Dictionary<string, int> Index;

    static ParameterCatalogue()
    {
        var list = new List<ParameterDefinition>();
        void Add(string name, double def, string unit, double min, double max, string source, string description, bool integer = false)
            => list.Add(new ParameterDefinition(name, def, unit, min, max, source, description, integer));

        // ---- Populations --------------------------------------------------------------------------
        Add("population.scale", 1.0, "multiplier", 0.001, 1000, Assumption,
            "Multiplies every firm and fund count below (1 = the default population).");
        var incumbents = new Dictionary<string, double> { ["GSR"] = 500, ["WSE"] = 300, ["FIN"] = 250, ["DNK"] = 250, ["NOR"] = 150, ["DEU"] = 1200, ["NLD"] = 500, ["GBR"] = 900, ["USA"] = 1000 };
        // AI start-ups (report ch.2, Development metrics, 2017): EU 726, US 1,393, CN 383. The eight European hosts get
        // about 80% of the EU's 726 (split by economy size, assumption); the US all of its 1,393.
        var startups = new Dictionary<string, double> { ["GSR"] = 45, ["WSE"] = 15, ["FIN"] = 30, ["DNK"] = 25, ["NOR"] = 15, ["DEU"] = 150, ["NLD"] = 55, ["GBR"] = 250, ["USA"] = 1393 };
        foreach (var r in Regions.Hosts)
        {
            Add($"population.{r.Code}.incumbents", incumbents[r.Code], "firms", 0, 10_000_000,
                r.Code == "GSR" ? GsrAutomation : Assumption,
                $"AI-relevant industrial incumbents in {r.Name}.", true);
            Add($"population.{r.Code}.startups", startups[r.Code], "firms", 0, 10_000_000,
                r.Code == "USA" ? DevelopmentMetrics + ": 1,393 US AI start-ups (2017)"
                : DevelopmentMetrics + ": 726 EU AI start-ups (2017); share of this host assumption" + (r.Code == "GSR" ? " (" + StockholmStartups + ")" : ""),
                $"AI startups in {r.Name}.", true);
        }
        var champions = new Dictionary<string, double> { ["BJS"] = 8, ["SZX"] = 4, ["GDM"] = 3 };
        var manufacturers = new Dictionary<string, double> { ["BJS"] = 50, ["SZX"] = 150, ["GDM"] = 400 };
        var cnStartups = new Dictionary<string, double> { ["BJS"] = 100, ["SZX"] = 80, ["GDM"] = 60 };
        foreach (var r in Regions.ChineseHubs)
        {
            Add($"population.{r.Code}.champions", champions[r.Code], "firms", 0, 10_000_000, AiChampions,
                $"Chinese platform giants and national AI champions based in {r.Name}.", true);
            Add($"population.{r.Code}.manufacturers", manufacturers[r.Code], "firms", 0, 10_000_000, Assumption,
                $"Chinese industrial manufacturers needing an AI/automation upgrade in {r.Name}.", true);
            Add($"population.{r.Code}.startups", cnStartups[r.Code], "firms", 0, 10_000_000,
                r.Code == "BJS" ? BeijingHub + " (26% of the 383 Chinese AI start-ups of 2017, " + DevelopmentMetrics + ")"
                : DevelopmentMetrics + ": 383 Chinese AI start-ups (2017); this hub's share assumption (the rest are outside the three hubs)",
                $"Chinese AI startups in {r.Name}.", true);
        }
        Add("population.funds.cn", 40, "funds", 0, 100_000, Assumption, "Chinese venture capital funds, including government guiding funds.", true);
        Add("population.funds.nordic", 30, "funds", 0, 100_000, Assumption, "Nordic venture capital funds.", true);
        Add("engine.max_agents", 2_000_000, "agents", 1, 50_000_000, Assumption,
            "Largest population one replication may have; protects the machine from a mistyped count.", true);

        // ---- Firms ----------------------------------------------------------------------------------
        Add("firm.revenue.incumbent", 20, "EUR m per year", 0.1, 100_000, GsrAutomation + " (SEK 30bn over 500 firms ~ EUR 5.7m each; AI-relevant incumbents assumed larger)", "Median revenue of an incumbent at start (lognormal).");
        Add("firm.revenue.startup", 1.5, "EUR m per year", 0.01, 10_000, Assumption, "Median revenue of a startup at start (lognormal).");
        Add("firm.revenue.champion", 8000, "EUR m per year", 1, 1_000_000, Assumption, "Median revenue of a Chinese champion at start (lognormal).");
        Add("firm.revenue.manufacturer", 300, "EUR m per year", 0.1, 100_000, Assumption, "Median revenue of a Chinese manufacturer at start (lognormal).");
        Add("firm.revenue.cn_startup", 3, "EUR m per year", 0.01, 10_000, Assumption, "Median revenue of a Chinese AI startup at start (lognormal).");
        Add("firm.revenue.sigma", 1.0, "log-sd", 0, 5, Assumption, "Dispersion of initial revenues (sd of log revenue).");
        Add("firm.volatility", 0.15, "sd per sqrt(year)", 0, 2, Assumption, "Idiosyncratic revenue growth volatility.");
        Add("firm.high_skill_per_eur_m", 1.0, "persons per EUR m revenue", 0, 100, GsrAutomation + " (15,000 skilled workers on SEK 30bn ~ 5.3 per EUR m; a fifth assumed AI-relevant)", "AI-relevant high-skill staff a firm wants per EUR m of revenue.");
        Add("firm.low_skill_per_high_skill", 3.0, "ratio", 0, 50, Assumption, "Low-skill employees per high-skill employee in an incumbent.");
        Add("firm.startup_multiple", 6.0, "valuation / revenue", 0.1, 100, Assumption, "Startup valuation as a multiple of revenue.");
        Add("firm.startup_failure_rate", 0.10, "per year", 0, 1, Assumption, "Annual failure probability of a startup.");
        Add("firm.startup_birth_rate", 0.10, "per year, share of initial startups", 0, 2, Assumption, "New startups per year as a share of the region's initial startup count.");
        Add("firm.attrition_rate", 0.08, "per year", 0, 1, Assumption, "Share of a firm's high-skill staff who leave for the region's pool each year.");
        Add("firm.hiring_speed", 0.5, "share of gap per year", 0, 10, Assumption, "Share of the gap between wanted and actual high-skill staff a firm tries to close in a year.");
        Add("firm.cn_startup_growth", 0.60, "per year", -0.5, 3, AiIndustryGrowth, "Revenue growth of Chinese AI startups in the first year, decaying with firm.cn_startup_growth_decay.");
        Add("firm.cn_startup_growth_decay", 0.15, "per year", 0, 5, Assumption, "Rate at which the Chinese startup growth premium decays.");
        Add("firm.capability_growth_elasticity", 0.3, "growth per unit capability", 0, 5, Assumption, "Extra annual revenue growth per unit of the home country's sector AI capability above firm.capability_reference.");
        Add("firm.capability_reference", 0.7, "share of frontier", 0, 1, Assumption, "Capability at which AI neither speeds nor slows a firm's growth.");

        // ---- Sectors --------------------------------------------------------------------------------
        var growth = new[] { 0.03, 0.02, 0.03, 0.025, 0.05, 0.03, 0.03, 0.08 };
        var relocation = new[] { 0.8, 0.6, 0.2, 0.3, 0.3, 0.4, 0.7, 0.1 };
        var sensitivity = new[] { 0.6, 0.2, 0.8, 0.3, 0.6, 1.0, 0.5, 0.4 };
        var valueAdded = new[] { 3.38, 4.11, 5.15, 4.52, 4.64, 2.76, 3.9, 2.77 };
        var capSe = new[] { 0.90, 0.90, 0.85, 0.80, 0.85, 0.90, 0.88, 0.70 };
        var capCn = new[] { 0.55, 0.45, 0.55, 0.50, 0.50, 0.75, 0.55, 0.95 };
        foreach (var s in Sectors.All)
        {
            int i = s.Index;
            Add($"sector.{s.Code}.growth", growth[i], "per year", -0.5, 1, Assumption, $"Trend revenue growth in {s.Name}.");
            Add($"sector.{s.Code}.relocation", relocation[i], "0-1", 0, 1, RelocationRisk + "; sector values assumption", $"Susceptibility of an acquired {s.Name} firm to relocation to China.");
            Add($"sector.{s.Code}.sensitivity", sensitivity[i], "0-1", 0, 1, Assumption, $"How sensitive {s.Name} technology is for FDI screening.");
            Add($"sector.{s.Code}.value_added", valueAdded[i], "mn SEK per non-manual worker", 0.1, 100,
                s.Code == "digital" ? SectorValueAdded + " (all-sector average)" : SectorValueAdded, $"Value added per non-manual worker in {s.Name}; firms in high value-added sectors go out more (outbound.value_added_elasticity).");
            Add($"capability.initial.SE.{s.Code}", capSe[i], "share of frontier", 0.01, 1, Assumption + " informed by report ch.3 'Technological starting position'", $"Sweden's AI capability in {s.Name} relative to the world frontier at the start.");
            Add($"capability.initial.CN.{s.Code}", capCn[i], "share of frontier", 0.01, 1, Assumption + " informed by report ch.2 'China's AI challenges' (top-funded startups: none in manufacturing or health)", $"China's AI capability in {s.Name} relative to the frontier at the start.");
        }

        // ---- Catch-up and the window of opportunity ---------------------------------------------------
        Add("catchup.rate.SE", 0.05, "per year", 0, 2, Assumption, "Speed at which Sweden's capability closes its distance to the frontier.");
        Add("catchup.rate.CN.digital", 0.30, "per year", 0, 5, Assumption + " (fast: scale without mass, report ch.2)", "China's catch-up speed in digital sectors.");
        Add("catchup.rate.CN.heavy", 0.05, "per year", 0, 5, Assumption + " (slow: domain knowledge and undigitalised factories, report ch.2)", "China's catch-up speed in heavy-industry sectors at full readiness.");
        Add("catchup.robots.CN.2018", 140, "robots per 10,000 workers", 1, 2000, RobotDensity, "China's robot density in 2018.");
        Add("catchup.robots.CN.2013", 25, "robots per 10,000 workers", 1, 2000, RobotDensity, "China's robot density in 2013 (sets the growth rate).");
        Add("catchup.robots.CN.ceiling", 400, "robots per 10,000 workers", 1, 5000, Assumption, "Saturation level of China's robot density (logistic).");
        Add("catchup.robots.SE", 280, "robots per 10,000 workers", 1, 5000, Assumption + " (report ch.3: Sweden 5th most robots in manufacturing 2019; figure from IFR)", "Sweden's robot density, the readiness benchmark.");
        Add("catchup.readiness_elasticity", 1.0, "exponent", 0, 5, Assumption, "Elasticity of China's heavy-industry catch-up speed to its relative robot density.");
        Add("catchup.knowledge.acquisition", 0.002, "capability per deal", 0, 1, Assumption, "Capability China gains in a sector from one completed acquisition of a Western firm in it (a modelled deal counts 1 / population.scale).");
        Add("catchup.knowledge.rd_centre", 0.000002, "capability per R&D person-year", 0, 0.01, Assumption, "Capability flowing to China per person-year of staff in its R&D centres abroad (modelled person-years count 1 / population.scale).");
        Add("catchup.knowledge.host_spillover", 0.00001, "capability per R&D person-year", 0, 0.01, Assumption, "Capability flowing to Sweden per person-year of staff in Chinese R&D centres on Swedish soil (modelled person-years count 1 / population.scale).");
        Add("catchup.ai_plan_boost", 0.5, "relative speed-up at intensity 1", 0, 10, AiPlan + "; size assumption", "Relative increase in China's catch-up speed when the AI-plan lever is at intensity 1.");
        Add("catchup.shock_sd", 0.01, "capability per sqrt(year)", 0, 0.5, Assumption, "Standard deviation of random capability shocks.");
        Add("window.threshold", 0.05, "share of frontier", 0, 1, Assumption, "The window of opportunity is open while Sweden's lead over China in a sector exceeds this.");

        // ---- Where Chinese money goes (nested logit) -----------------------------------------------
        Add("outbound.hazard.champion", 0.21, "per year", 0, 10, Assumption, "Annual rate at which a Chinese champion makes an outbound investment at Going Out intensity 1.");
        Add("outbound.hazard.manufacturer", 0.03, "per year", 0, 10, Assumption, "Same for a Chinese manufacturer.");
        Add("outbound.hazard.startup", 0.015, "per year", 0, 10, Assumption, "Same for a Chinese AI startup.");
        Add("outbound.gap_motive", 2.0, "elasticity", 0, 20, Assumption + " (report ch.4: takeovers to catch up technologically are declared strategy)", "How much a larger Western lead in the firm's sector raises its propensity to go out.");
        Add("outbound.value_added_elasticity", 1.0, "elasticity", 0, 10, SectorValueAdded + " (energy and construction prioritised for expansion abroad); elasticity assumption", "Elasticity of the outbound hazard to the sector's value added per worker relative to the all-sector average.");
        Add("outbound.value_added_reference", 2.77, "mn SEK per non-manual worker", 0.1, 100, SectorValueAdded + " (all sectors, average)", "Value added per worker at which a sector's outbound hazard is neither raised nor lowered.");
        Add("outbound.capital_controls_effect", 0.7, "share cut at intensity 1", 0, 1, Assumption, "Share of outbound investment suppressed by capital controls at intensity 1.");
        Add("outbound.trade_conflict_effect", 0.5, "share cut at intensity 1", 0, 1, TradeDispute + "; size assumption", "Share of outbound investment suppressed by the trade conflict at intensity 1.");
        Add("outbound.pandemic_effect", 0.6, "share cut at intensity 1", 0, 1, Assumption + " (report ch.4: the pandemic is bound to cut FDI further)", "Share of outbound investment suppressed by a pandemic shock at intensity 1.");
        Add("logit.rd_quality", 2.5, "utility per unit", 0, 50, RdLocationFactors + ": first factor", "Weight of R&D personnel quality in the host choice.");
        Add("logit.ip_protection", 2.5, "utility per unit", 0, 50, RdLocationFactors + ": first factor", "Weight of IP protection in the host choice.");
        Add("logit.university", 1.5, "utility per unit", 0, 50, RdLocationFactors + ": second factor", "Weight of university expertise in the host choice.");
        Add("logit.collaboration", 1.5, "utility per unit", 0, 50, RdLocationFactors + ": second factor", "Weight of ease of collaboration with universities.");
        Add("logit.market", 0.8, "utility per unit", 0, 50, RdLocationFactors + ": output market of relative importance", "Weight of market access in the host choice.");
        Add("logit.cost", 0.1, "utility per unit of relative cost", 0, 50, RdLocationFactors + ": costs barely matter in developed hosts", "Weight of labour cost (relative value added per worker) against a host.");
        Add("logit.agglomeration", 0.3, "utility per log Chinese presence", 0, 10, Assumption, "Pull of hosts that already have Chinese-owned firms and R&D centres.");
        Add("logit.sector_strength", 0.5, "utility per log target count", 0, 10, Assumption, "Pull of hosts with many firms in the investor's sector.");
        Add("logit.trade_conflict_us", 3.0, "utility at intensity 1", 0, 50, TradeDispute + "; size assumption", "Penalty on the US as a host under the trade conflict.");
        Add("logit.nest_lambda", 0.6, "dissimilarity", 0.05, 1, Assumption, "Nested-logit dissimilarity of the mode nest within a host (1 = plain multinomial logit).");
        Add("mode.acquisition", 1.0, "utility", -20, 20, Assumption, "Alternative-specific constant of an acquisition.");
        Add("mode.rd_centre", -1.0, "utility", -20, 20, Assumption, "Alternative-specific constant of a greenfield R&D centre.");
        Add("mode.equity", -0.3, "utility", -20, 20, Assumption, "Alternative-specific constant of a minority/VC equity stake.");
        Add("mode.rd_centre_heavy", 0.8, "utility", -20, 20, Assumption + " (report ch.4: R&D on Nordic soil buys domain knowledge that cannot be moved)", "Extra pull of an R&D centre for heavy-industry sectors.");
        Add("mode.talent", 0.2, "utility per log thousand available persons", 0, 10, Assumption, "Pull of available talent on the R&D-centre mode.");
        Add("mode.screening_penalty", 4.0, "utility at intensity 1 and sensitivity 1", 0, 50, Assumption, "Deterrence of screening on the acquisition mode.");
        Add("mode.treaty_bonus", 1.0, "utility at intensity 1", 0, 50, Assumption, "Pull of an EU-China investment treaty on acquisitions and equity in EU hosts.");
        Add("deal.acquisition_multiple", 1.5, "price / revenue", 0.05, 50, Nevs + "; typical multiple assumption", "Acquisition price as a multiple of the target's revenue.");
        Add("deal.acquisition_max_revenue", 5000, "EUR m", 1, 1_000_000, Assumption, "Largest target revenue a single Chinese acquisition can buy.");
        Add("deal.rd_centre_median", 15, "EUR m", 0.1, 10_000, Assumption, "Median first investment in a greenfield R&D centre (lognormal).");
        Add("deal.equity_median", 4, "EUR m", 0.01, 10_000, Assumption, "Median equity stake (lognormal).");
        Add("deal.sigma", 0.8, "log-sd", 0, 5, Assumption, "Dispersion of deal sizes.");
        Add("deal.deeptech_min_valuation", 1.24, "EUR m", 0, 1000, DeepTechThreshold + "; " + EurSek, "Smallest startup valuation a Chinese investor takes a stake in.");

        // ---- Effects on the host: jobs, wages, relocation --------------------------------------------
        Add("rdcentre.jobs_per_eur_m", 3.0, "high-skill jobs per EUR m", 0, 100, Assumption, "Planned R&D staff per EUR m of first investment.");
        Add("rdcentre.hiring_speed", 1.0, "share of plan per year", 0, 20, Assumption, "Share of its planned staff an R&D centre tries to hire in a year.");
        Add("rdcentre.closure_rate", 0.03, "per year", 0, 1, Assumption, "Annual probability that an R&D centre closes.");
        Add("relocation.hazard", 0.06, "per year at susceptibility 1", 0, 1, RelocationRisk + "; rate assumption", "Annual probability that a Chinese-owned firm relocates production to China.");
        Add("relocation.low_skill_share", 0.7, "share of low-skill jobs", 0, 1, Assumption, "Share of low-skill jobs lost when production is relocated.");
        Add("relocation.high_skill_share", 0.2, "share of high-skill jobs", 0, 1, Assumption, "Share of high-skill jobs lost when production is relocated.");
        Add("takeover.market_access_growth", 0.03, "per year", 0, 1, "report ch.4 'What does Chinese FDI mean for Sweden?': better access to the Chinese market; size assumption", "Extra revenue growth of a Chinese-owned firm from access to the Chinese market.");
        Add("wages.high_skill_takeover", 0.08, "wage change per unit foreign-owned share", 0, 2, TakeoverWages + "; size assumption", "Rise in a region's high-skill wage per unit share of high-skill staff in Chinese-owned employers.");
        Add("wages.low_skill_takeover", 0.05, "wage change per unit foreign-owned share", 0, 2, TakeoverWages + "; size assumption", "Fall in a region's low-skill wage per unit share of low-skill staff in Chinese-owned firms.");
        Add("wages.tightness", 0.05, "wage change per unit vacancy ratio", 0, 2, SkillsGap + "; size assumption", "Rise in the high-skill wage per unit of unfilled demand relative to available talent.");

        // ---- Regions -------------------------------------------------------------------------------
        //                          rdq   ip    univ  collab market va/worker   pool      grads   phd   phdStock wageH  wageL
        var regionTable = new Dictionary<string, double[]>
        {
            ["GSR"] = [0.85, 0.90, 0.75, 0.90, 0.50, 141761, 145000, 4000, 150, 2000, 60000, 32000],
            ["WSE"] = [0.80, 0.90, 0.70, 0.85, 0.45, 141761, 80000, 2200, 80, 1000, 57000, 31000],
            ["FIN"] = [0.80, 0.90, 0.70, 0.80, 0.40, 122082, 110000, 3000, 100, 1300, 55000, 30000],
            ["DNK"] = [0.80, 0.90, 0.70, 0.80, 0.45, 141385, 100000, 2800, 90, 1200, 65000, 36000],
            ["NOR"] = [0.75, 0.90, 0.65, 0.75, 0.40, 150000, 80000, 2000, 60, 800, 70000, 40000],
            ["DEU"] = [0.80, 0.85, 0.75, 0.65, 0.80, 95371, 1100000, 30000, 900, 12000, 62000, 35000],
            ["NLD"] = [0.80, 0.90, 0.75, 0.75, 0.60, 128073, 330000, 9000, 250, 3500, 62000, 34000],
            ["GBR"] = [0.80, 0.85, 0.85, 0.70, 0.70, 100000, 850000, 25000, 800, 11000, 60000, 30000],
            ["BJS"] = [0.65, 0.40, 0.70, 0.50, 0.90, 23157, 600000, 40000, 600, 6000, 35000, 9000],
            ["SZX"] = [0.60, 0.40, 0.55, 0.50, 0.90, 23157, 450000, 25000, 250, 2500, 33000, 9000],
            ["GDM"] = [0.45, 0.35, 0.45, 0.40, 0.85, 23157, 500000, 30000, 150, 1500, 20000, 7000],
            ["USA"] = [0.90, 0.85, 0.95, 0.75, 0.90, 130000, 3500000, 100000, 3000, 40000, 110000, 40000],
        };
        var vaSource = new HashSet<string> { "GSR", "WSE", "FIN", "DNK", "DEU", "NLD", "BJS", "SZX", "GDM" };
        foreach (var r in Regions.All)
        {
            var v = regionTable[r.Code];
            string qualitative = r.IsSwedish ? RdLocationFactors + "; Sweden scores high on each (score assumption)" : Assumption;
            Add($"region.{r.Code}.rd_quality", v[0], "0-1 score", 0, 1, qualitative, $"Quality of R&D personnel in {r.Name}.");
            Add($"region.{r.Code}.ip_protection", v[1], "0-1 score", 0, 1, r.IsSwedish ? "report ch.4: Sweden's IP protection framework is solid (score assumption)" : Assumption, $"Quality of IP protection in {r.Name}.");
            Add($"region.{r.Code}.university", v[2], "0-1 score", 0, 1, r.IsSwedish ? "report ch.4: Swedish universities strong though not world-leading (score assumption)" : Assumption, $"Expertise of university faculty in {r.Name}.");
            Add($"region.{r.Code}.collaboration", v[3], "0-1 score", 0, 1, r.IsSwedish ? "report ch.3 'Cooperation': triple helix (score assumption)" : Assumption, $"Ease of collaborating with universities in {r.Name}.");
            Add($"region.{r.Code}.market", v[4], "0-1 score", 0, 1, Assumption, $"Market access offered by {r.Name}.");
            Add($"region.{r.Code}.value_added_per_worker", v[5], "USD (constant 2010) per worker", 1000, 1_000_000,
                vaSource.Contains(r.Code) ? ValueAddedPerWorker + (r.IsChinese ? " (China)" : r.IsSwedish ? " (Sweden)" : "") : Assumption,
                $"Value added per industrial worker in {r.Name}; sets relative labour cost.");
            Add($"region.{r.Code}.talent_pool", v[6], "persons", 0, 100_000_000,
                r.IsSwedish ? AiEducationShare + "; " + GsrRdShare + " (GSR share); employment 5.0m assumption" : Assumption,
                $"AI-relevant high-skill workforce of {r.Name} at the start.", true);
            Add($"region.{r.Code}.graduates", v[7], "persons per year", 0, 10_000_000, Assumption, $"AI-relevant graduates entering {r.Name}'s pool each year.");
            Add($"region.{r.Code}.phds", v[8], "persons per year", 0, 1_000_000, Assumption, $"AI PhDs graduating in {r.Name} each year without extra programmes.");
            Add($"region.{r.Code}.phd_stock", v[9], "persons", 1, 10_000_000, Assumption, $"AI PhDs active in {r.Name} at the start.");
            Add($"region.{r.Code}.wage_high", v[10], "EUR per year", 1000, 1_000_000, Assumption, $"High-skill wage in {r.Name} at the start.");
            Add($"region.{r.Code}.wage_low", v[11], "EUR per year", 500, 1_000_000, Assumption, $"Low-skill wage in {r.Name} at the start.");
        }

        // ---- Talent ---------------------------------------------------------------------------------
        Add("talent.matching_rate", 1.5, "per year", 0, 50, Assumption, "Rate at which available talent finds jobs outside the modelled firms.");
        Add("talent.separation_rate", 0.10, "per year", 0, 5, Assumption, "Rate at which employed talent outside the modelled firms returns to the pool.");
        Add("talent.retirement_rate", 0.025, "per year", 0, 1, Assumption, "Share of the AI-relevant workforce leaving the labour force each year.");
        Add("talent.mobility_rate", 0.02, "per year", 0, 1, Assumption, "Share of a region's talent that considers moving to another region each year.");
        Add("talent.logit.wage", 2.0, "utility per log wage", 0, 20, Assumption, "Weight of wages in the migration choice.");
        Add("talent.logit.research", 2.0, "utility per unit R&D quality", 0, 20, Assumption, "Weight of research quality in the migration choice.");
        Add("talent.logit.distance", 2.5, "utility", 0, 20, Assumption, "Cost of moving between continents.");
        Add("talent.logit.same_country", 1.5, "utility", 0, 20, Assumption, "Pull of moving within one's own country.");
        Add("talent.logit.us_pull", 1.2, "utility", -10, 10, TopResearchersUs + "; size assumption", "Extra pull of the US on Chinese talent.");
        Add("talent.logit.stay", 3.0, "utility", -20, 20, Assumption, "Utility of deciding to stay after considering a move (scaled into the mobility rate).");
        Add("talent.visa_refusal", 0.6, "share refused at intensity 1", 0, 1, "report ch.2 'Shortage of talent': US student-visa restrictions; size assumption", "Share of Chinese movers refused by the US under visa restrictions at intensity 1.");
        Add("talent.return_pull", 1.5, "utility at intensity 1", 0, 20, Assumption + " (report ch.2: China's talent policies)", "Pull of Chinese hubs under talent-return programmes at intensity 1.");
        Add("talent.wasp_phds", 40, "PhDs per year at intensity 1", 0, 100_000, Wasp + " (400 over 10 years)", "Extra AI PhDs WASP funding adds to Swedish regions each year at intensity 1.");
        Add("talent.wasp_gsr_share", 0.6, "share", 0, 1, GsrRdShare + " (46.6% of R&D personnel; KTH, Uppsala, Linkoping in the GSR); rounded", "Share of WASP PhDs that graduate in the GSR (the rest in West Sweden).");
        Add("talent.phd_depreciation", 0.05, "per year", 0, 1, Assumption, "Rate at which the PhD stock retires or moves away.");
        Add("talent.phd_quality_elasticity", 0.3, "elasticity", 0, 5, Assumption, "Elasticity of a region's R&D personnel quality to its PhD stock.");

        // ---- Venture capital funds -------------------------------------------------------------------
        Add("fund.size.cn", 150, "EUR m", 1, 100_000, Assumption, "Median committed capital of a Chinese fund.");
        Add("fund.size.nordic", 80, "EUR m", 1, 100_000, Assumption, "Median committed capital of a Nordic fund.");
        Add("fund.investment_period", 5, "years", 1, 20, Assumption, "Years over which a fund invests its commitments.");
        Add("fund.life", 10, "years", 2, 30, Assumption, "Fund life from vintage to wind-down.");
        Add("fund.deal_size", 2.5, "EUR m", 0.01, 1000, Assumption, "Median deal size of a VC investment.");
        Add("fund.cn_abroad_share", 0.15, "share of deals", 0, 1, Assumption, "Share of a Chinese fund's deals made in European and US hosts.");
        Add("fund.nordic_china_share", 0.02, "share of deals", 0, 1, Assumption, "Share of a Nordic fund's deals made in Chinese hubs.");
        Add("fund.failure_rate", 0.02, "per year", 0, 1, Assumption, "Baseline annual failure probability of a fund during its investment period.");
        Add("fund.failure_debt_tightening", 0.16, "per year at intensity 1", 0, 1, VcBust + " (midpoint 17.5% less the baseline)", "Extra annual failure probability of Chinese funds under debt tightening at intensity 1.");
        Add("fund.reraise_probability", 0.7, "probability", 0, 1, Assumption, "Probability that a fund reaching the end of its life raises a successor fund.");

        // ---- AI adoption (Bass diffusion) and data ------------------------------------------------------
        Add("adoption.innovation", 0.01, "per year", 0, 2, Bass, "Bass coefficient of innovation p: adoption independent of others.");
        Add("adoption.imitation", 0.2, "per year", 0, 5, Bass, "Bass coefficient of imitation q: adoption driven by the share of adopters in the firm's region and sector.");
        Add("adoption.initial.chinese", 0.35, "share of firms", 0, 1, WorkersInAiFirms + "; shares assumption", "Share of Chinese firms that have adopted AI at the start.");
        Add("adoption.initial.european", 0.12, "share of firms", 0, 1, WorkersInAiFirms + "; shares assumption", "Share of European firms that have adopted AI at the start.");
        Add("adoption.initial.us", 0.10, "share of firms", 0, 1, WorkersInAiFirms + "; shares assumption", "Share of US firms that have adopted AI at the start.");
        Add("adoption.data", 0.5, "relative speed-up per unit of data", 0, 20, Assumption, "How much relevant data (industrial for heavy industry, consumer for digital) speeds adoption.");
        Add("adoption.talent", 0.5, "elasticity", 0, 5, Assumption, "Elasticity of adoption to the region's available talent relative to its starting level.");
        Add("adoption.subsidy", 0.5, "relative speed-up at intensity 1", 0, 10, GuangdongSubsidy + "; size assumption", "Speed-up of Chinese firms' adoption under automation subsidies.");
        Add("adoption.triple_helix", 0.3, "relative speed-up at intensity 1", 0, 10, "report ch.3 'Cooperation'; size assumption", "Speed-up of Swedish firms' adoption under triple-helix funding.");
        Add("adoption.rd_spillover", 0.5, "relative speed-up per 1,000 R&D staff", 0, 20, "report ch.4 'Nordic-China R&D collaboration on Nordic soil': catalysing AI transformation of local industries; size assumption", "Speed-up of host firms' adoption from Chinese R&D-centre staff in their region and sector.");
        Add("adoption.growth_premium", 0.02, "per year", 0, 1, Assumption, "Extra revenue growth of a firm that has adopted AI.");
        Add("adoption.staff_uplift", 0.3, "share", 0, 5, Assumption, "Extra high-skill staff an adopter wants, as a share of its revenue-based need.");
        Add("data.industrial.swedish", 0.8, "0-1", 0, 1, NordicData + "; score assumption", "Industrial and longitudinal data access of Swedish firms.");
        Add("data.industrial.european", 0.6, "0-1", 0, 1, Assumption, "Industrial data access of other European firms.");
        Add("data.industrial.chinese", 0.3, "0-1", 0, 1, "report ch.2 'A clunky industrial transition': factories not up to digital standard; score assumption", "Industrial data access of Chinese firms.");
        Add("data.industrial.us", 0.6, "0-1", 0, 1, Assumption, "Industrial data access of US firms.");
        Add("data.consumer.swedish", 0.3, "0-1", 0, 1, Assumption, "Consumer data access of Swedish firms.");
        Add("data.consumer.european", 0.3, "0-1", 0, 1, Assumption, "Consumer data access of other European firms.");
        Add("data.consumer.chinese", 0.9, "0-1", 0, 1, ChinaData + "; score assumption", "Consumer data access of Chinese firms.");
        Add("data.consumer.us", 0.7, "0-1", 0, 1, Assumption, "Consumer data access of US firms.");
        Add("data.open_data_boost", 0.1, "0-1 per intensity", 0, 1, NordicData + "; size assumption", "Rise in Swedish firms' industrial data access per unit of the open-data lever.");
        Add("policy.triple_helix_collaboration", 0.05, "0-1 per intensity", 0, 1, Assumption, "Rise in Swedish regions' collaboration score per unit of the triple-helix lever.");
        Add("policy.ip_protection_effect", 0.2, "0-1 per intensity", 0, 1, Assumption, "Rise in a host's IP-protection score per unit of the IP-protection lever.");

        // ---- Nordic firms entering China ---------------------------------------------------------------
        Add("china_entry.attempt_rate", 0.03, "per year", 0, 1, Assumption, "Annual probability that a Nordic firm not yet in China starts building a Chinese partner.");
        Add("china_entry.partner_years", 2.0, "years (median)", 0.1, 20, ChinaMarketEntry + "; duration assumption", "Median years needed to build a trusted local partner (lognormal per firm).");
        Add("china_entry.partner_sigma", 0.5, "log-sd", 0, 3, Assumption, "Dispersion of the years needed across firms.");
        Add("china_entry.dropout_rate", 0.2, "per year", 0, 1, ChinaMarketEntry + "; rate assumption", "Annual probability of giving up while building the partner.");
        Add("china_entry.intercept", -3.0, "log-odds", -20, 20, ChinaMarketEntry + " (most fail); value assumption", "Log-odds of a successful launch for a firm with no niche, no adaptability and no lead.");
        Add("china_entry.niche", 2.0, "log-odds per unit", 0, 20, "report ch.4: focus on applications built on specific domain knowledge no Chinese firm targets; size assumption", "Effect of the depth of the firm's domain niche.");
        Add("china_entry.adaptability", 1.5, "log-odds per unit", 0, 20, "report ch.4: unwillingness to adapt sank even large entrants; size assumption", "Effect of willingness to adapt.");
        Add("china_entry.lead", 3.0, "log-odds per unit of gap", 0, 50, Assumption, "Effect of Sweden's capability lead over China in the firm's sector (competition from Chinese firms).");
        Add("china_entry.ownership", 1.0, "log-odds", 0, 20, "report ch.4: takeovers may give better access to the Chinese market; size assumption", "Extra log-odds of success for a Chinese-owned Nordic firm.");
        Add("china_entry.trade_conflict", 0.5, "log-odds at intensity 1", 0, 20, Assumption, "Penalty on launch success under the trade conflict.");
        Add("china_entry.revenue_share", 0.1, "share of home revenue", 0, 10, Assumption, "First-year revenue in China as a share of the firm's revenue.");
        Add("china_entry.market_growth", 0.08, "per year", -0.5, 2, Assumption, "Growth of a successful entrant's revenue in China.");
        Add("china_entry.exit_rate", 0.08, "per year", 0, 1, Assumption, "Annual probability that an active firm leaves China.");

        // ---- Venture capital, deeper -------------------------------------------------------------------
        Add("fund.management_fee", 0.02, "share of commitments per year", 0, 0.2, Assumption + " (the customary 2%)", "Management fee a fund calls from its investors each year of its life, on top of the capital it calls for deals.");
        Add("fund.follow_on_share", 0.4, "share of deals", 0, 1, Assumption, "Share of a fund's deals that are follow-ons in companies it already holds.");
        Add("fund.exit_rate", 0.12, "per year", 0, 1, Assumption, "Annual probability that a holding is exited (sold or listed).");
        Add("fund.exit_multiple", 2.5, "proceeds / invested (median)", 0.01, 100, Assumption, "Median gross multiple of an exit (lognormal with log-sd fund.exit_sigma).");
        Add("fund.exit_sigma", 1.0, "log-sd", 0, 5, Assumption, "Dispersion of exit multiples.");
        Add("fund.guiding_share", 0.3, "share of Chinese funds", 0, 1, GuidingFunds + "; share assumption", "Share of Chinese funds that are government guiding funds (state-backed: no failure from debt tightening; deal flow follows the AI plan).");
        Add("fund.guiding_ai_plan_boost", 0.5, "relative deal flow at intensity 1", 0, 10, GuidingFunds + "; size assumption", "Extra deal flow of guiding funds per unit of the AI-plan lever.");
        Add("fund.reraise_debt_tightening_cut", 0.5, "share at intensity 1", 0, 1, VcBust + "; size assumption", "Cut in a non-guiding Chinese fund's chance of raising a successor under debt tightening.");

        // ---- Policy levers: default intensities and effect sizes not listed above ------------------------
        foreach (var lever in Policies.PolicyLevers.All)
            Add($"policy.{lever.Name}.default", lever == Policies.PolicyLevers.GoingOut ? 1.0 : 0.0, "intensity", 0, lever.MaxIntensity,
                lever == Policies.PolicyLevers.GoingOut ? GoingOut + " (in force throughout; intensity 1 = the baseline propensity)" : Assumption + " (off unless a scenario switches it on)",
                $"Intensity of '{lever.Name}' in years no scenario entry covers. {lever.Description}");
        Add("catchup.subsidy_boost", 0.3, "relative growth at intensity 1", 0, 10, GuangdongSubsidy + "; size assumption", "Relative increase in the growth rate of China's robot density under automation subsidies at intensity 1.");
        Add("screening.redirect_share", 0.5, "probability", 0, 1, Assumption + " (MODEL-BRIEF: does screening shift money from takeovers to R&D centres?)", "Probability that an investor whose acquisition is blocked opens an R&D centre in the same host instead.");

        All = list;
        Index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            if (!Index.TryAdd(list[i].Name, i)) throw new InvalidOperationException($"Duplicate parameter '{list[i].Name}'.");
        }
    }

    public static ParameterDefinition? Find(string name) => Index.TryGetValue(name, out var i) ? All[i] : null;

    public static int IndexOf(string name) =>
        Index.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException($"Unknown parameter '{name}'.");

    /// <summary>Names close to a misspelt one, for error messages.</summary>
    public static IReadOnlyList<string> Suggest(string name, int max = 3) =>
        All.Select(p => p.Name)
           .Select(n => (n, d: EditDistance(n, name)))
           .Where(x => x.d <= Math.Max(3, name.Length / 4))
           .OrderBy(x => x.d).ThenBy(x => x.n, StringComparer.Ordinal)
           .Take(max).Select(x => x.n).ToArray();

    private static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
