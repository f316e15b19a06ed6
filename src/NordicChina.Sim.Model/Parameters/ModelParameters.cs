using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Parameters;

/// <summary>
/// The typed, array-backed view of a <see cref="ParameterSet"/> that the rules read in the hot path: plain
/// properties and arrays indexed by <see cref="Region.Index"/> or <see cref="Sector.Index"/>. Built once per
/// replication. Which parameter fills which member is written in the parameter's declaration (Parameters/Declarations),
/// not here; tests check that every catalogue parameter moves its own member and every member is filled by one.
/// Per-region members hold 0 for regions a family does not cover (e.g. <see cref="Incumbents"/> in Chinese hubs).
/// </summary>
public sealed class ModelParameters
{
    public ModelParameters(ParameterSet set)
    {
        Set = set;
        ParameterCatalogue.Apply(this, set);
    }

    public ParameterSet Set { get; }

    public double PopulationScale { get; internal set; }
    public double[] Incumbents { get; } = new double[Regions.Count];
    public double[] Startups { get; } = new double[Regions.Count];
    public double[] Champions { get; } = new double[Regions.Count];
    public double[] Manufacturers { get; } = new double[Regions.Count];
    public double ChineseFunds { get; internal set; }
    public double NordicFunds { get; internal set; }
    public double MaxAgents { get; internal set; }
    public double RevenueIncumbent { get; internal set; }
    public double RevenueStartup { get; internal set; }
    public double RevenueChampion { get; internal set; }
    public double RevenueManufacturer { get; internal set; }
    public double RevenueCnStartup { get; internal set; }
    public double RevenueSigma { get; internal set; }
    public double Volatility { get; internal set; }
    public double HighSkillPerEurM { get; internal set; }
    public double LowPerHigh { get; internal set; }
    public double StartupMultiple { get; internal set; }
    public double StartupFailureRate { get; internal set; }
    public double StartupBirthRate { get; internal set; }
    public double AttritionRate { get; internal set; }
    public double HiringSpeed { get; internal set; }
    public double CnStartupGrowth { get; internal set; }
    public double CnStartupGrowthDecay { get; internal set; }
    public double CapabilityGrowthElasticity { get; internal set; }
    public double CapabilityReference { get; internal set; }
    public double[] SectorGrowth { get; } = new double[Sectors.Count];
    public double[] SectorRelocation { get; } = new double[Sectors.Count];
    public double[] SectorSensitivity { get; } = new double[Sectors.Count];
    public double[] SectorValueAdded { get; } = new double[Sectors.Count];
    public double[] InitialCapabilitySe { get; } = new double[Sectors.Count];
    public double[] InitialCapabilityCn { get; } = new double[Sectors.Count];
    public double CatchUpSe { get; internal set; }
    public double CatchUpCnDigital { get; internal set; }
    public double CatchUpCnHeavy { get; internal set; }
    public double RobotsCn2018 { get; internal set; }
    public double RobotsCn2013 { get; internal set; }
    public double RobotsCnCeiling { get; internal set; }
    public double RobotsSe { get; internal set; }
    public double ReadinessElasticity { get; internal set; }
    public double KnowledgePerAcquisition { get; internal set; }
    public double KnowledgePerRdPersonYear { get; internal set; }
    public double HostSpilloverPerRdPersonYear { get; internal set; }
    public double AiPlanBoost { get; internal set; }
    public double SubsidyBoost { get; internal set; }
    public double CapabilityShockSd { get; internal set; }
    public double WindowThreshold { get; internal set; }
    public double HazardChampion { get; internal set; }
    public double HazardManufacturer { get; internal set; }
    public double HazardStartup { get; internal set; }
    public double GapMotive { get; internal set; }
    public double ValueAddedElasticity { get; internal set; }
    public double ValueAddedReference { get; internal set; }
    public double CapitalControlsEffect { get; internal set; }
    public double TradeConflictEffect { get; internal set; }
    public double PandemicEffect { get; internal set; }
    public double CompletionLagYears { get; internal set; }
    public double CapitalControlsAcquisitionPenalty { get; internal set; }
    public double BetaRdQuality { get; internal set; }
    public double BetaIp { get; internal set; }
    public double BetaUniversity { get; internal set; }
    public double BetaCollaboration { get; internal set; }
    public double BetaMarket { get; internal set; }
    public double BetaCost { get; internal set; }
    public double BetaAgglomeration { get; internal set; }
    public double BetaSectorStrength { get; internal set; }
    public double BetaTradeConflictUs { get; internal set; }
    public double NestLambda { get; internal set; }
    public double AscAcquisition { get; internal set; }
    public double AscRdCentre { get; internal set; }
    public double AscEquity { get; internal set; }
    public double RdCentreHeavyBonus { get; internal set; }
    public double ModeTalent { get; internal set; }
    public double ScreeningPenalty { get; internal set; }
    public double TreatyBonus { get; internal set; }
    public double AcquisitionMultiple { get; internal set; }
    public double AcquisitionMaxRevenue { get; internal set; }
    public double RdCentreMedian { get; internal set; }
    public double EquityMedian { get; internal set; }
    public double DealSigma { get; internal set; }
    public double DeepTechMinValuation { get; internal set; }
    public double ScreeningRedirectShare { get; internal set; }
    public double RdJobsPerEurM { get; internal set; }
    public double RdHiringSpeed { get; internal set; }
    public double RdClosureRate { get; internal set; }
    public double RelocationHazard { get; internal set; }
    public double RelocationLowShare { get; internal set; }
    public double RelocationHighShare { get; internal set; }
    public double MarketAccessGrowth { get; internal set; }
    public double WageHighTakeover { get; internal set; }
    public double WageLowTakeover { get; internal set; }
    public double WageTightness { get; internal set; }
    public double[] RdQuality { get; } = new double[Regions.Count];
    public double[] IpProtection { get; } = new double[Regions.Count];
    public double[] University { get; } = new double[Regions.Count];
    public double[] Collaboration { get; } = new double[Regions.Count];
    public double[] Market { get; } = new double[Regions.Count];
    public double[] ValueAddedPerWorker { get; } = new double[Regions.Count];
    public double[] TalentPool { get; } = new double[Regions.Count];
    public double[] Graduates { get; } = new double[Regions.Count];
    public double[] Phds { get; } = new double[Regions.Count];
    public double[] PhdStock { get; } = new double[Regions.Count];
    public double[] WageHigh { get; } = new double[Regions.Count];
    public double[] WageLow { get; } = new double[Regions.Count];
    public double MatchingRate { get; internal set; }
    public double SeparationRate { get; internal set; }
    public double RetirementRate { get; internal set; }
    public double MobilityRate { get; internal set; }
    public double MigrationWage { get; internal set; }
    public double MigrationResearch { get; internal set; }
    public double MigrationDistance { get; internal set; }
    public double MigrationSameCountry { get; internal set; }
    public double MigrationUsPull { get; internal set; }
    public double MigrationStay { get; internal set; }
    public double VisaRefusal { get; internal set; }
    public double ReturnPull { get; internal set; }
    public double WaspPhds { get; internal set; }
    public double WaspGsrShare { get; internal set; }
    public double PhdDepreciation { get; internal set; }
    public double PhdQualityElasticity { get; internal set; }
    public double FundSizeCn { get; internal set; }
    public double FundSizeNordic { get; internal set; }
    public double FundInvestmentPeriod { get; internal set; }
    public double FundLife { get; internal set; }
    public double FundDealSize { get; internal set; }
    public double FundCnAbroadShare { get; internal set; }
    public double FundNordicChinaShare { get; internal set; }
    public double FundFailureRate { get; internal set; }
    public double FundFailureDebtTightening { get; internal set; }
    public double FundReraiseProbability { get; internal set; }
    public double AdoptionInnovation { get; internal set; }
    public double AdoptionImitation { get; internal set; }
    public double AdoptionInitialChinese { get; internal set; }
    public double AdoptionInitialEuropean { get; internal set; }
    public double AdoptionInitialUs { get; internal set; }
    public double AdoptionData { get; internal set; }
    public double AdoptionTalent { get; internal set; }
    public double AdoptionSubsidy { get; internal set; }
    public double AdoptionTripleHelix { get; internal set; }
    public double AdoptionRdSpillover { get; internal set; }
    public double AdoptionGrowthPremium { get; internal set; }
    public double AdoptionStaffUplift { get; internal set; }
    public double IndustrialDataSwedish { get; internal set; }
    public double IndustrialDataEuropean { get; internal set; }
    public double IndustrialDataChinese { get; internal set; }
    public double IndustrialDataUs { get; internal set; }
    public double ConsumerDataSwedish { get; internal set; }
    public double ConsumerDataEuropean { get; internal set; }
    public double ConsumerDataChinese { get; internal set; }
    public double ConsumerDataUs { get; internal set; }
    public double OpenDataBoost { get; internal set; }
    public double TripleHelixCollaboration { get; internal set; }
    public double IpProtectionEffect { get; internal set; }
    public double ChinaAttemptRate { get; internal set; }
    public double ChinaPartnerYears { get; internal set; }
    public double ChinaPartnerSigma { get; internal set; }
    public double ChinaDropoutRate { get; internal set; }
    public double ChinaIntercept { get; internal set; }
    public double ChinaNiche { get; internal set; }
    public double ChinaAdaptability { get; internal set; }
    public double ChinaLead { get; internal set; }
    public double ChinaOwnership { get; internal set; }
    public double ChinaTradeConflict { get; internal set; }
    public double ChinaRevenueShare { get; internal set; }
    public double ChinaMarketGrowth { get; internal set; }
    public double ChinaExitRate { get; internal set; }
    public double FundManagementFee { get; internal set; }
    public double FundFollowOnShare { get; internal set; }
    public double FundExitRate { get; internal set; }
    public double FundExitMultiple { get; internal set; }
    public double FundExitSigma { get; internal set; }
    public double FundGuidingShare { get; internal set; }
    public double FundGuidingAiPlanBoost { get; internal set; }
    public double FundReraiseDebtTighteningCut { get; internal set; }
    /// <summary>Intensity of each policy lever (by <see cref="PolicyLever.Index"/>) in years no scenario entry covers
    /// (policy.&lt;lever&gt;.default).</summary>
    public double[] PolicyDefaultIntensity { get; } = new double[PolicyLevers.All.Count];
}
