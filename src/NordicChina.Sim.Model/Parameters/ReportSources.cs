namespace NordicChina.Sim.Model.Parameters;

/// <summary>Short references to the sections of the report (shared/reference/nordic-china-ai-synergies.txt)
/// that parameter defaults are taken from. One place, so the catalogue cites sections consistently.</summary>
public static class ReportSources
{
    public const string Assumption = "assumption";
    public const string DevelopmentMetrics = "report ch.2 'China's AI challenges', Development metric table (Center for Data Innovation 2019)";
    public const string TalentMetrics = "report ch.2 'Shortage of talent', Talent metric table (Center for Data Innovation 2019)";
    public const string AiIndustryGrowth = "report ch.2 'Why is China number one...', Speed: AI industry grew about 60% a year 2016-18";
    public const string RobotDensity = "report ch.2 'A clunky industrial transition': 140 robots per 10,000 workers in 2018, 25 in 2013 (CSIS)";
    public const string AiChampions = "report ch.2 'Why is China number one...', Government: 15 national AI champions";
    public const string BeijingHub = "report ch.2 'Capital of China': Beijing home to 26% of China's AI companies";
    public const string VcBust = "report ch.2 'Capital of China': 15-20% of Chinese VCs went broke in 2019";
    public const string TopResearchersUs = "report ch.2 'Shortage of talent': 56% of China's top-tier AI researchers end up in the US (Macro Polo)";
    public const string GuangdongSubsidy = "report ch.2 'Chinese policies...', Industry subsidies: Guangdong RMB 943 million";
    public const string AiPlan = "report ch.1 'Executive summary': 2017 AI plan pledging up to RMB 1 trillion";
    public const string Wasp = "report ch.3 'Talent availability': WASP SEK 5.5bn, at least 400 PhDs, 10-year programme";
    public const string AiEducationShare = "report ch.3 'Talent availability': 6.2% of Swedish employed workforce has AI-relevant education";
    public const string GsrRdShare = "report ch.4 'The case for the GSR as location for bilateral R&D': 39.6% of population, 46.6% of R&D personnel, 50.2% of intramural R&D";
    public const string GsrAutomation = "report ch.3 'The Greater Stockholm Region': 500 automation firms, SEK 30bn turnover, about 15,000 skilled workers";
    public const string StockholmStartups = "report ch.3 'Stockholm Region: The technological capital': about 10,000 startups in Stockholm County";
    public const string ValueAddedPerWorker = "report ch.4 'Why Sweden is in a good position...', value added per worker in industry 2018 (constant 2010 USD)";
    public const string SectorValueAdded = "report ch.4 'The case for the GSR...', value added per non-manual worker by sector 2017 (mn SEK)";
    public const string RdLocationFactors = "report ch.4 'Why Sweden is in a good position...': Thursby & Thursby 2006 ranking of R&D location factors";
    public const string TakeoverWages = "report ch.4 'What does Chinese FDI mean for Sweden?': foreign takeovers raised high-skill and lowered low-skill wages (Heyman et al. 2005)";
    public const string RelocationRisk = "report ch.4 'What does Chinese FDI mean for Sweden?': acquired manufacturing may be moved to China";
    public const string DeepTechThreshold = "report ch.4 'Chinese companies investing in the Nordics': Chinese investments fall on deep-tech startups worth more than RMB 10 million (~SEK 13 million)";
    public const string GoingOut = "report ch.4 'China's foreign investment strategy': Going Out covers overseas M&A, equity, VC and R&D centres";
    public const string TradeDispute = "report ch.4 'China's foreign investment strategy': the trade dispute caused Chinese outbound FDI to drop sharply";
    public const string SkillsGap = "report ch.4 'Introductory remarks': demand for skilled workers about 1.5 times supply, twice for highly skilled";
    public const string Nevs = "report ch.4 'Chinese companies investing in the Nordics': Evergrande bought 51% of NEVS for SEK 9bn";
    public const string WorkersInAiFirms = "report ch.2 'China's AI achievements': workers in firms adopting AI, ranks CN 1, EU 2, US 3 (scores 3.8, 0.7, 0.5)";
    public const string ChinaMarketEntry = "report ch.4 'What to be aware of when entering the Chinese market': most ventures fail; trusted partner takes time; adapt";
    public const string NordicData = "report ch.3 'Open data' and 'Longitudinal datasets': public non-personal and long industrial datasets";
    public const string ChinaData = "report ch.2 'Data': consumer and personal data advantage";
    public const string GuidingFunds = "report ch.2 'Government': guiding funds with cash incentives";
    public const string Bass = "assumption (below the typical Bass values of Sultan, Farley & Lehmann 1990, mean p = 0.03, q = 0.38, since the data, talent and policy multipliers add to them)";
    public const string WindowDecades = "report ch.4 'Foreign investment in the field of AI' (interview, 2019): a window of opportunity for Sweden 'for a decade or two' until China catches up in the heavy industries, i.e. closing between 2029 and 2039; with catchup.rate.CN.heavy 0.06, catchup.rate.SE 0.05 and window.threshold 0.05 the baseline closes the heavy-industry window around 2033 (StylisedFactsTests checks 2029-2039 in every replication)";
    public const string EurSek = "assumption: EUR 1 = SEK 10.5, EUR 1 = RMB 7.8, EUR 1 = USD 1.15 (2020 averages)";
}
