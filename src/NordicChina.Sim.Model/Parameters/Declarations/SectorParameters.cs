using NordicChina.Sim.Model.World;
using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Per-sector families: trend growth, relocation susceptibility, screening sensitivity, value added and the initial AI capability of Sweden and China.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class SectorParameters
{
    /// <summary>Sectors.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        var growth = new[] { 0.03, 0.02, 0.03, 0.025, 0.05, 0.03, 0.03, 0.08 };
        var relocation = new[] { 0.8, 0.6, 0.2, 0.3, 0.3, 0.4, 0.7, 0.1 };
        var sensitivity = new[] { 0.6, 0.2, 0.8, 0.3, 0.6, 1.0, 0.5, 0.4 };
        var valueAdded = new[] { 3.38, 4.11, 5.15, 4.52, 4.64, 2.76, 3.9, 2.77 };
        var capSe = new[] { 0.90, 0.90, 0.85, 0.80, 0.85, 0.90, 0.88, 0.703 };
        var capCn = new[] { 0.55, 0.40, 0.628, 0.66, 0.30, 0.80, 0.58, 0.95 };
        var growthSource = new Dictionary<string, string>
        {
            ["lifescience"] = "IQVIA Institute (2020), Global Medicine Spending and Usage Trends: Outlook to 2024: global net medicine spending to grow 2-5% a year to 2024, after 4.2% a year in 2014-19",
            ["construction"] = "Oxford Economics, Marsh & Guy Carpenter (2021), Future of Construction: a Global Forecast for Construction to 2030: world construction output about 3.5% a year 2020-30, 58% of the growth in China, India, US and Indonesia; 0.025 judged for the slower European markets",
            ["digital"] = "OECD (2024), OECD Digital Economy Outlook 2024, Vol. 1: the ICT sector grew 6.3% a year on average in 2013-2023 across 27 OECD countries (a log rate of 0.061); "
                + "Ecommerce Europe & EuroCommerce, European E-commerce Reports 2018 and 2020: European B2C e-commerce turnover +11% in 2017 and +14.2% in 2019 (0.10-0.13, channel shift from shops included); "
                + "0.08 (8.3% a year) judged in the lower part of 0.06-0.13, since capability and start-up premiums are added per firm",
        };
        const string shareJudged = "; translating this standing into a share of the frontier is a judgement";
        var capSeSource = new Dictionary<string, string>
        {
            ["manufacturing"] = "report ch.3 'Technological starting position': Sweden had the 5th most robots in manufacturing in the world in 2019 (2nd in Europe) and advanced measurement and control in most factories; Global Finance (2020) ranks Sweden the 2nd most technologically advanced country" + shareJudged,
            ["paper"] = "report ch.4 case study 'Sweden's starting position for technological transformation in the forestry and paper industry': paper output per capita second only to Finland, three times China's relative to GDP, process computerisation since the 1980s" + shareJudged,
            ["construction"] = "report ch.4 'The case for the GSR...', Construction: among the most efficient sectors (value added 4.52 mn SEK per non-manual worker), four of Sweden's five largest construction firms in Stockholm, but no AI lead claimed, so judged below the industrial sectors" + shareJudged,
            ["lifescience"] = "report ch.3 'AI implementations in the Greater Stockholm Region by sector': life science/healthtech a strong point; ch.4 'Why Sweden is in a good position...': Karolinska Institutet ranks very high" + shareJudged,
            ["telecom"] = "report ch.3 'Technological base': Stockholm first in the world with 2G, 3G and 4G and among the first with 5G; Ericsson headquartered in Kista" + shareJudged,
            ["transport"] = "report ch.3 'AI implementations in the Greater Stockholm Region by sector': intelligent heavy trucks (Scania, Zenuity, Einride) a strong point; Scania's main R&D in Sodertalje" + shareJudged,
            ["digital"] = "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption (European Commission (2016), DESI 2016: Sweden 0.672 against Denmark 0.680 in digital adoption, 0.99; UNCTAD (2019), Digital Economy Report: the US and China hold about 90% of the value of the 70 largest platforms, a scale ratio of 0.1 or less)",
            ["energy"] = "report ch.3 'AI implementations in the Greater Stockholm Region by sector': clean energy (Northvolt, Ferroamp) a strong point, as life science is, with no incumbent AI lead claimed; "
                + "ch.4 'The case for the GSR...': electricity has the highest value added per non-manual worker (5.15 mn SEK); World Energy Council & Oliver Wyman (2019), World Energy Trilemma Index 2019: Sweden 2nd of 128 (85.2 against Switzerland's 85.8)" + shareJudged,
        };
        var capCnSource = new Dictionary<string, string>
        {
            ["manufacturing"] = "report ch.2 'A clunky industrial transition': 140 robots per 10,000 manufacturing workers in 2018 (20th), non-automotive robot penetration 1:11 of developed countries; "
                + "IFR (2020), World Robotics 2020: China 187 against Sweden 274, Japan 364, Germany 346 in 2019 (x Sweden's 0.90 = 0.61; against Japan and Germany 0.51-0.54); "
                + "Chinese Academy of Engineering (2020), 2020 China Manufacturing Power Development Index: China 110.84 against the US 168.71 (0.66, scale-heavy, an upper bound); "
                + "0.55 in the lower half of 0.51-0.66, as ch.2 finds manufacturing among China's less prepared sectors" + shareJudged,
            ["telecom"] = "ITU (2017), Measuring the Information Society Report 2017, ICT Development Index: China 5.60 against Iceland 8.98 (0.62, diffusion, a lower bound); "
                + "IPlytics (2019), Who is leading the 5G patent race: Chinese firms hold 34% of declared 5G standard-essential patent families, ahead of South Korea's 24% (1.0); "
                + "Dell'Oro Group (2019): Huawei about 29% of 2018 telecom equipment revenue against Ericsson's 13% (1.0); 0.80 near the middle of 0.62-1.00, as the patent and equipment lead is of 2018-2019" + shareJudged,
            ["lifescience"] = "Nature Research (2018), Nature Index 2018 Annual Tables: China 9,088.7 against the US 19,579.0 in fractional count (0.46 in all natural sciences; 0.37 in 2015), China's gap largest in the life sciences; "
                + "first global launches of innovative drugs in 2015: China about 4% against the US about 49% (0.08); 0.30 below the middle of 0.08-0.46" + shareJudged,
            ["transport"] = "KPMG International (2019), 2019 Autonomous Vehicles Readiness Index: China 14.41 against the Netherlands 25.05 (0.575; Sweden 22.48, 0.90); 0.58" + shareJudged,
            ["construction"] = "Compass International (2020), 2020 Forecast of Construction Labor & Materials Inflation & Construction Productivity in the 20 Leading Economies, table 'Construction Productivity' (man-hours for a benchmark task on new industrial projects, USA = 100): China 130-175, Germany 95-105 (100/175 to 100/130 = 0.57-0.77); 0.66 at the midpoint" + shareJudged,
            ["energy"] = "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption (World Economic Forum (2019), Energy Transition Index 2019: China 82nd of 115, Sweden 1st at 74.9%; China's score not found)",
            ["paper"] = "Zhejiang Paper Association (2006): 105.9 t of paper per employee in 2005, the best mill (APP Ningbo) 472.9 t; Finnish Forest Industries (2014-2016): about 10.2 Mt of paper and board from about 20,000 employees (about 510 t); "
                + "ratios 0.21 (average) to 0.93 (best mill); 0.40 in the lower half, allowing for catch-up between 2005 and the start" + shareJudged,
        };
        foreach (var s in Sectors.All)
        {
            int i = s.Index;
            d.Add($"sector.{s.Code}.growth", growth[i], "per year", -0.5, 1, growthSource.GetValueOrDefault(s.Code, Assumption), $"Trend revenue growth in {s.Name}.", (p, v) => p.SectorGrowth[s.Index] = v);
            d.Add($"sector.{s.Code}.relocation", relocation[i], "0-1", 0, 1, RelocationRisk + "; sector values assumption", $"Susceptibility of an acquired {s.Name} firm to relocation to China.", (p, v) => p.SectorRelocation[s.Index] = v);
            d.Add($"sector.{s.Code}.sensitivity", sensitivity[i], "0-1", 0, 1, Assumption, $"How sensitive {s.Name} technology is for FDI screening.", (p, v) => p.SectorSensitivity[s.Index] = v);
            d.Add($"sector.{s.Code}.value_added", valueAdded[i], "mn SEK per non-manual worker", 0.1, 100,
                s.Code == "digital" ? SectorValueAdded + " (all-sector average)" : SectorValueAdded, $"Value added per non-manual worker in {s.Name}; firms in high value-added sectors go out more (outbound.value_added_elasticity).", (p, v) => p.SectorValueAdded[s.Index] = v);
            d.Add($"capability.initial.SE.{s.Code}", capSe[i], "share of frontier", 0.01, 1, capSeSource.GetValueOrDefault(s.Code, Assumption + " informed by report ch.3 'Technological starting position'"), $"Sweden's AI capability in {s.Name} relative to the world frontier at the start.", (p, v) => p.InitialCapabilitySe[s.Index] = v);
            d.Add($"capability.initial.CN.{s.Code}", capCn[i], "share of frontier", 0.01, 1, capCnSource.GetValueOrDefault(s.Code, Assumption + " informed by report ch.2 'China's AI challenges' (top-funded startups: none in manufacturing or health)"), $"China's AI capability in {s.Name} relative to the frontier at the start.", (p, v) => p.InitialCapabilityCn[s.Index] = v);
        }
    }
}
