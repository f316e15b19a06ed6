using NordicChina.Sim.Model.World;
using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Population counts (firms and funds per region) and the engine's agent limit.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class PopulationParameters
{
    /// <summary>Populations.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        d.Add("population.scale", 1.0, "multiplier", 0.001, 10_000, Assumption,
            "Multiplies every firm and fund count below (1 = the default population).", (p, v) => p.PopulationScale = v);
        var incumbents = new Dictionary<string, double> { ["GSR"] = 500, ["WSE"] = 430, ["FIN"] = 250, ["DNK"] = 250, ["NOR"] = 150, ["DEU"] = 1328, ["NLD"] = 500, ["GBR"] = 700, ["USA"] = 793 };
        // AI start-ups (report ch.2, Development metrics, 2017): EU 726, US 1,393, CN 383. The eight European hosts get
        // about 80% of the EU's 726 (split by economy size, assumption); the US all of its 1,393.
        var startups = new Dictionary<string, double> { ["GSR"] = 45, ["WSE"] = 15, ["FIN"] = 30, ["DNK"] = 25, ["NOR"] = 15, ["DEU"] = 150, ["NLD"] = 55, ["GBR"] = 250, ["USA"] = 1393 };
        foreach (var r in Regions.Hosts)
        {
            d.Add($"population.{r.Code}.incumbents", incumbents[r.Code], "firms", 0, 10_000_000,
                r.Code == "GSR" ? GsrAutomation
                : r.Code == "GBR" ? "EEF & RBS (2010), The shape of British industry: 700 UK manufacturers with more than 500 employees in 2008 (1,125 in 1998), one agent per firm as for the Greater Stockholm Region"
                : r.Code == "USA" ? "calibrated (scenarios/calibration/, docs/calibration.md) between the UK's count and the US count on the same definition (US Census Bureau, Statistics of U.S. Businesses 2001: 1.5% of 305,160 manufacturing firms had 500+ employees, about 4,600); was an assumption"
                : r.Code == "DEU" ? "calibrated (scenarios/calibration/, docs/calibration.md) within 760-2,400, above the published floors on a higher threshold (Statistisches Bundesamt, Datenreport, section 14.2: 760 manufacturing and mining enterprises, 2% of those with 20 or more employees, had 1,000 or more employees in 2001); was an assumption"
                : r.Code == "WSE" ? "calibrated (scenarios/calibration/, docs/calibration.md) within 60-450 (SCB business register via Regionfakta, 2019: Vastra Gotaland held 10,612 of Sweden's 60,597 manufacturing, mining and energy workplaces, 17.5%, with no count by size class); was an assumption"
                : Assumption,
                $"AI-relevant industrial incumbents in {r.Name}.", (p, v) => p.Incumbents[r.Index] = v, integer: true);
            d.Add($"population.{r.Code}.startups", startups[r.Code], "firms", 0, 10_000_000,
                r.Code == "USA" ? DevelopmentMetrics + ": 1,393 US AI start-ups (2017)"
                : DevelopmentMetrics + ": 726 EU AI start-ups (2017); share of this host assumption" + (r.Code == "GSR" ? " (" + StockholmStartups + ")" : ""),
                $"AI startups in {r.Name}.", (p, v) => p.Startups[r.Index] = v, integer: true);
        }
        var champions = new Dictionary<string, double> { ["BJS"] = 8, ["SZX"] = 4, ["GDM"] = 3 };
        // One agent per 100 industrial enterprises above designated size (annual revenue of RMB 20m or more).
        var manufacturers = new Dictionary<string, double> { ["BJS"] = 33, ["SZX"] = 65, ["GDM"] = 356 };
        var manufacturersSource = new Dictionary<string, string>
        {
            ["BJS"] = "Beijing Municipal Bureau of Statistics (2017), monthly industrial statistics: 3,305 industrial enterprises above designated size (January-April 2017); one agent per 100",
            ["SZX"] = "Guangdong Provincial Bureau of Statistics (2024), Guangdong Statistical Yearbook 2024, table 12-6: 6,539 industrial enterprises above designated size in Shenzhen in 2015; one agent per 100",
            ["GDM"] = "Guangdong Provincial Bureau of Statistics (2024), Guangdong Statistical Yearbook 2024, table 12-6: 42,134 industrial enterprises above designated size in Guangdong in 2015, 35,595 outside Shenzhen; one agent per 100",
        };
        var cnStartups = new Dictionary<string, double> { ["BJS"] = 100, ["SZX"] = 80, ["GDM"] = 60 };
        foreach (var r in Regions.ChineseHubs)
        {
            d.Add($"population.{r.Code}.champions", champions[r.Code], "firms", 0, 10_000_000, AiChampions,
                $"Chinese platform giants and national AI champions based in {r.Name}.", (p, v) => p.Champions[r.Index] = v, integer: true);
            d.Add($"population.{r.Code}.manufacturers", manufacturers[r.Code], "firms", 0, 10_000_000, manufacturersSource[r.Code],
                $"Chinese industrial manufacturers needing an AI/automation upgrade in {r.Name}.", (p, v) => p.Manufacturers[r.Index] = v, integer: true);
            d.Add($"population.{r.Code}.startups", cnStartups[r.Code], "firms", 0, 10_000_000,
                r.Code == "BJS" ? BeijingHub + " (26% of the 383 Chinese AI start-ups of 2017, " + DevelopmentMetrics + ")"
                : DevelopmentMetrics + ": 383 Chinese AI start-ups (2017); this hub's share assumption (the rest are outside the three hubs)",
                $"Chinese AI startups in {r.Name}.", (p, v) => p.Startups[r.Index] = v, integer: true);
        }
        d.Add("population.funds.cn", 79, "funds", 0, 100_000, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption (CB Insights, December 2016: 32 investors from Greater China behind US unicorns)", "Chinese venture capital funds, including government guiding funds.", (p, v) => p.ChineseFunds = v, integer: true);
        d.Add("population.funds.nordic", 30, "funds", 0, 100_000, Assumption, "Nordic venture capital funds.", (p, v) => p.NordicFunds = v, integer: true);
        d.Add("engine.max_agents", 2_000_000, "agents", 1, 50_000_000, Assumption,
            "Largest population one replication may have; protects the machine from a mistyped count.", (p, v) => p.MaxAgents = v, integer: true);
    }
}
