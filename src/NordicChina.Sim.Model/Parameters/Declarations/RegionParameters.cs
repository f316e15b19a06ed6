using NordicChina.Sim.Model.World;
using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Per-region family: location factors, labour cost, talent pools, graduates, PhDs and wages.
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class RegionParameters
{
    /// <summary>Regions.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        //                          rdq   ip    univ  collab market va/worker   pool      grads   phd   phdStock wageH  wageL
        var regionTable = new Dictionary<string, double[]>
        {
            ["GSR"] = [0.85, 0.90, 0.75, 0.90, 0.50, 141761, 145000, 4000, 150, 2000, 60000, 32000],
            ["WSE"] = [0.80, 0.90, 0.70, 0.85, 0.45, 141761, 80000, 2200, 80, 1000, 57000, 31000],
            ["FIN"] = [0.80, 0.90, 0.70, 0.763, 0.40, 122082, 110000, 3000, 100, 1300, 55000, 30000],
            ["DNK"] = [0.80, 0.90, 0.566, 0.692, 0.45, 141385, 100000, 2800, 90, 1200, 65000, 36000],
            ["NOR"] = [0.64, 0.90, 0.65, 0.75, 0.40, 150000, 80000, 2000, 60, 800, 70000, 40000],
            ["DEU"] = [0.714, 0.85, 0.739, 0.693, 0.80, 95371, 1470000, 30000, 900, 12000, 62000, 35000],
            ["NLD"] = [0.653, 0.90, 0.681, 0.721, 0.60, 128073, 330000, 9000, 250, 3500, 62000, 34000],
            ["GBR"] = [0.684, 0.85, 0.920, 0.792, 0.70, 100000, 1540000, 25000, 800, 11000, 60000, 30000],
            ["BJS"] = [0.65, 0.40, 0.70, 0.50, 0.90, 23157, 600000, 40000, 600, 4810, 35000, 9000],
            ["SZX"] = [0.60, 0.40, 0.55, 0.50, 0.90, 23157, 450000, 25000, 250, 2500, 33000, 9000],
            ["GDM"] = [0.45, 0.35, 0.45, 0.40, 0.85, 23157, 500000, 30000, 150, 1500, 20000, 7000],
            ["USA"] = [0.903, 0.85, 0.937, 0.785, 0.979, 130000, 3870000, 100000, 3000, 20800, 110000, 40000],
        };
        var vaSource = new HashSet<string> { "GSR", "WSE", "FIN", "DNK", "DEU", "NLD", "BJS", "SZX", "GDM" };
        const string engineerPay = "Sveriges Ingenjorer (2020), Ingenjoren, 'Sa mycket skiljer sig ingenjorers loner': mean monthly pay 2019 of private-sector chartered engineers (civilingenjorer, not managers) ";
        const string aiPayChina = "Boss Zhipin (2018), 2017 Internet Talent White Paper (reported by Asia Times and Yicai Global, January 2018): speech-recognition, NLP and machine-learning jobs paid over RMB 25,000 a month, about EUR 38,000 a year at RMB 7.8; ";
        const string ipIndex2020 = "U.S. Chamber GIPC (2020), International IP Index, 8th ed., 50 indicators: ";
        const string ipIndex2024 = "U.S. Chamber GIPC (2024), International IP Index, 12th ed.: ";
        var ipSource = new Dictionary<string, string>
        {
            ["USA"] = ipIndex2020 + "United States 1st, 95.28% of the maximum score; enforcement gaps judged to lower it",
            ["GBR"] = ipIndex2024 + "United Kingdom 2nd, 94.12%; enforcement gaps judged to lower it",
            ["DEU"] = ipIndex2024 + "Germany 4th, 92.46%; enforcement gaps judged to lower it",
            ["NLD"] = ipIndex2024 + "Netherlands 7th, 91.24%",
            ["BJS"] = ipIndex2020 + "China 28th of 53, 50.96%; Beijing enforcement judged weaker than the framework",
            ["SZX"] = ipIndex2020 + "China 28th of 53, 50.96%; Shenzhen enforcement judged weaker than the framework",
            ["GDM"] = ipIndex2020 + "China 28th of 53, 50.96%; enforcement in the manufacturing province judged weaker still",
        };
        const string workerPay = "Medlingsinstitutet & SCB (2017), Konjunkturstatistik, loner for privat sektor, maj 2017 (AM 38 SM 1707): average hourly wage of private-sector manual workers (arbetare) SEK 168.50 including overtime; x 165 hours x 12 at SEK 10.5 = about EUR 31,800";
        var wageLowSource = new Dictionary<string, string>
        {
            ["GSR"] = workerPay + " (national figure; Stockholm judged a little higher)",
            ["WSE"] = workerPay + " (national figure)",
        };
        var wageHighSource = new Dictionary<string, string>
        {
            ["GSR"] = engineerPay + "SEK 53,200 in Stockholm, x12 at SEK 10.5 = EUR 60,800",
            ["WSE"] = engineerPay + "SEK 49,700 in Gothenburg, x12 at SEK 10.5 = EUR 56,800",
            ["BJS"] = aiPayChina + "Beijing level judged a little lower for the AI-relevant workforce as a whole",
            ["SZX"] = aiPayChina + "Shenzhen level judged a little below Beijing",
            ["FIN"] = "TEK (2020), labour market survey of Academic Engineers and Architects in Finland: median monthly salary of academic engineers in permanent employment EUR 4,986 in October 2019 (mean 5,419), about EUR 60,000 a year",
            ["DNK"] = "IDA (2020), Lonstatistik 2019 (reported by B.T. and Finans.dk): engineers' average monthly pay DKK 47,189, about EUR 76,000 a year at DKK 7.46; the AI-relevant average judged a little lower",
            ["NOR"] = "Tekna (2017), lonnsstatistikk 2017 (reported by Teknisk Ukeblad): average annual pay of a sivilingenior NOK 840,589, about EUR 90,000 at NOK 9.3; the AI-relevant average judged lower (not all hold a master's degree)",
            ["DEU"] = "Compensation Partner (2021), IT-Studie 2021, 12,225 records (reported by heise online, May 2021): median gross annual pay in German IT jobs EUR 64,200 in 2020 (with a master's degree EUR 69,300)",
            ["GBR"] = "DCMS (2019), Digital Sector Economic Estimates 2018: Earnings (ONS ASHE): median annual earnings of digital-sector employees GBP 36,300 in the UK and GBP 46,500 in London (about EUR 41,000 and 53,000); high-skill AI-relevant pay judged above the sector median",
            ["NLD"] = "AG Connect & Berenschot (2018), Salary Survey 2018 (reported by AG Connect, June 2018): average gross pay of employed Dutch ICT staff EUR 4,846 a period (usually a month), about EUR 58,000 a year or 62,800 with the 8% holiday allowance; respondents are experienced (mean age 43), judged close to the AI-relevant average",
            ["USA"] = "BLS (2017), Occupational Outlook Handbook: median annual wage of computer and information research scientists USD 111,840 in May 2016 (USD 136,620 in May 2022), EUR 97,000-119,000 at USD 1.15",
        };
        const string collaborationIndex = "Dutta (ed.) (2012), The Global Innovation Index 2012, INSEAD & WIPO, Appendix II, indicator 5.2.1 "
            + "'University/industry research collaboration' (WEF Executive Opinion Survey 2011, 1-7, and the GII's 0-100 score): ";
        var collaborationSource = new Dictionary<string, string>
        {
            ["GBR"] = collaborationIndex + "United Kingdom 5.75, score 79.21 (2nd); score / 100",
            ["USA"] = collaborationIndex + "United States 5.71, score 78.51 (3rd); score / 100",
            ["FIN"] = collaborationIndex + "Finland 5.58, score 76.27 (4th); score / 100",
            ["NLD"] = collaborationIndex + "Netherlands 5.32, score 72.08 (8th); score / 100",
            ["DEU"] = collaborationIndex + "Germany 5.16, score 69.29 (12th); score / 100",
            ["DNK"] = collaborationIndex + "Denmark 5.15, score 69.19 (14th); score / 100",
        };
        const string universityRanking = "Times Higher Education (2015), World University Rankings 2015-2016: mean overall score of the country's "
            + "three highest-ranked universities (the construction of the GII's indicator 2.3.4), / 100: ";
        var universitySource = new Dictionary<string, string>
        {
            ["USA"] = universityRanking + "Caltech 95.2, Stanford 93.9, MIT 92.0, mean 93.70",
            ["GBR"] = universityRanking + "Oxford 94.2, Cambridge 92.8, Imperial College 89.1, mean 92.03",
            ["DEU"] = universityRanking + "LMU Munich 77.3, Heidelberg 74.4, Humboldt Berlin 69.9, mean 73.87",
            ["NLD"] = universityRanking + "Wageningen 70.0, Amsterdam 67.8, Utrecht 66.6, mean 68.13",
            ["DNK"] = universityRanking + "Copenhagen 61.0, Aarhus 57.7, DTU 51.1, mean 56.60",
        };
        const string UsMarket = "calibrated (scenarios/calibration/, docs/calibration.md) to the host shares and the US series of Chinese FDI 2014-2020 within 0.8-1.0: "
            + "a line on ln(GDP 2017) through Germany 0.8, the UK 0.7 and the Netherlands 0.6 puts the US at 0.98 (World Bank, World Development Indicators NY.GDP.MKTP.CD, 2017: "
            + "USD 19,391bn against 3,677bn, 2,622bn and 826bn); was an assumption";
        const string GsrGraduates = "derived from UKA/SCB degree counts (higher-education register, table UF0205, as published by Ingenjoren, 11 November 2019 "
            + "and 20 December 2021): 4,971 civil and bachelor engineering degrees in Sweden in 2011/12 and 6,834 in 2019/20, so about 6,000 in 2015/16; "
            + "KTH Management Report 2015: 1,316 civilingenjor, 358 hogskoleingenjor and 1,487 one- and two-year master's degrees (KTH about a third of Sweden's "
            + "engineering education; Linkoping and Uppsala also in the GSR); Eurostat educ_uoe_grad04: 15.3 STEM graduates per 1,000 Swedes aged 20-29 in 2015. "
            + "Engineering degrees x the GSR's 46.6% of R&D personnel (the report's chapter 4) give about 2,800, a floor without computing and master's degrees; "
            + "with them 3,600-5,000; 4,000, which also replaces the 2.5% of the 145,000 pool retiring each year";
        foreach (var r in Regions.All)
        {
            var v = regionTable[r.Code];
            string qualitative = r.IsSwedish ? RdLocationFactors + "; Sweden scores high on each (score assumption)"
                : r.Code is "DEU" or "USA" or "GBR" or "NOR" or "NLD" ? "calibrated (scenarios/calibration/, docs/calibration.md) to the host shares and the US series of Chinese FDI 2014-2020; was an assumption"
                : Assumption;
            d.Add($"region.{r.Code}.rd_quality", v[0], "0-1 score", 0, 1, qualitative, $"Quality of R&D personnel in {r.Name}.", (p, v) => p.RdQuality[r.Index] = v);
            d.Add($"region.{r.Code}.ip_protection", v[1], "0-1 score", 0, 1, r.IsSwedish ? "report ch.4: Sweden's IP protection framework is solid (score assumption)" : ipSource.GetValueOrDefault(r.Code, Assumption), $"Quality of IP protection in {r.Name}.", (p, v) => p.IpProtection[r.Index] = v);
            d.Add($"region.{r.Code}.university", v[2], "0-1 score", 0, 1, r.IsSwedish ? "report ch.4: Swedish universities strong though not world-leading (score assumption; on the THE 2015-2016 top-three construction used for the other hosts Sweden scores 66.13: Karolinska 77.5, Uppsala 61.2, Lund 59.7)" : universitySource.GetValueOrDefault(r.Code, Assumption), $"Expertise of university faculty in {r.Name}.", (p, v) => p.University[r.Index] = v);
            d.Add($"region.{r.Code}.collaboration", v[3], "0-1 score", 0, 1, r.IsSwedish ? "report ch.3 'Cooperation': triple helix (score assumption; the GII 2012 indicator 5.2.1 used for the other hosts puts Sweden at 5.52, score 75.30, 5th)" : collaborationSource.GetValueOrDefault(r.Code, Assumption), $"Ease of collaborating with universities in {r.Name}.", (p, v) => p.Collaboration[r.Index] = v);
            d.Add($"region.{r.Code}.market", v[4], "0-1 score", 0, 1, r.Code == "USA" ? UsMarket : Assumption, $"Market access offered by {r.Name}.", (p, v) => p.Market[r.Index] = v);
            d.Add($"region.{r.Code}.value_added_per_worker", v[5], "USD (constant 2010) per worker", 1000, 1_000_000,
                vaSource.Contains(r.Code) ? ValueAddedPerWorker + (r.IsChinese ? " (China)" : r.IsSwedish ? " (Sweden)" : "") : Assumption,
                $"Value added per industrial worker in {r.Name}; sets relative labour cost.", (p, v) => p.ValueAddedPerWorker[r.Index] = v);
            d.Add($"region.{r.Code}.talent_pool", v[6], "persons", 0, 100_000_000,
                r.IsSwedish ? AiEducationShare + "; " + GsrRdShare + " (GSR share); employment 5.0m assumption"
                : r.Code == "DEU" ? "Eurostat (2016), ICT specialists in employment (isoc_sks_itspt): 1,470 thousand in Germany in 2014 and 2015 (3.7% of employment; Sweden 6.1%, close to the 6.2% behind the Swedish pools)"
                : r.Code == "GBR" ? "Eurostat (2016), ICT specialists in employment (isoc_sks_itspt), news releases 15/2016 (21 January 2016) and of 25 October 2016: 1.49 million in the United Kingdom in 2014 and 1.54 million in 2015 (5.0% of employment; Germany 1.47 million, 3.7%), the definition used for Germany; the default since the seventh calibration (850,000 before, an assumption)"
                : r.Code == "USA" ? "U.S. Bureau of Labor Statistics (2017), Spotlight on Statistics, 'STEM Occupations: Past, Present, and Future': nearly 8.6 million STEM jobs in May 2015 (OES; 6.2% of US employment), computer occupations nearly 45% of them, about 3.87 million (2.8% of employment; Germany's ICT specialists 3.7%); the default since the sixth calibration (3.5 million before, an assumption)"
                : Assumption,
                $"AI-relevant high-skill workforce of {r.Name} at the start.", (p, v) => p.TalentPool[r.Index] = v, integer: true);
            d.Add($"region.{r.Code}.graduates", v[7], "persons per year", 0, 10_000_000, r.Code == "GSR" ? GsrGraduates : Assumption, $"AI-relevant graduates entering {r.Name}'s pool each year.", (p, v) => p.Graduates[r.Index] = v);
            d.Add($"region.{r.Code}.phds", v[8], "persons per year", 0, 1_000_000, Assumption, $"AI PhDs graduating in {r.Name} each year without extra programmes.", (p, v) => p.Phds[r.Index] = v);
            d.Add($"region.{r.Code}.phd_stock", v[9], "persons", 1, 10_000_000, r.Code is "BJS" or "USA" ? "calibrated (scenarios/calibration/, docs/calibration.md) to the report's AI-researcher counts (ch.2 'Shortage of talent', Talent metric table); was an assumption" : Assumption, $"AI PhDs active in {r.Name} at the start.", (p, v) => p.PhdStock[r.Index] = v);
            d.Add($"region.{r.Code}.wage_high", v[10], "EUR per year", 1000, 1_000_000, wageHighSource.GetValueOrDefault(r.Code, Assumption), $"High-skill wage in {r.Name} at the start.", (p, v) => p.WageHigh[r.Index] = v);
            d.Add($"region.{r.Code}.wage_low", v[11], "EUR per year", 500, 1_000_000, wageLowSource.GetValueOrDefault(r.Code, Assumption), $"Low-skill wage in {r.Name} at the start.", (p, v) => p.WageLow[r.Index] = v);
        }
    }
}
