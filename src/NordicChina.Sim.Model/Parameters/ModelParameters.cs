using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Parameters;

/// <summary>
/// The typed, array-backed view of a <see cref="ParameterSet"/> that the rules read in the hot path.
/// Built once per replication. Every catalogue parameter is read here (a test checks it), so no number of
/// the catalogue is dead and no rule reads a number that is not in the catalogue.
/// </summary>
public sealed class ModelParameters
{
    public ParameterSet Set { get; }
    private readonly HashSet<string>? _read;

    public ModelParameters(ParameterSet set) : this(set, null) { }

    private ModelParameters(ParameterSet set, HashSet<string>? read)
    {
        Set = set;
        _read = read;
        int R = Regions.Count, S = Sectors.Count;

        PopulationScale = P("population.scale");
        Incumbents = PerRegion(r => r.IsHost ? P($"population.{r.Code}.incumbents") : 0);
        Startups = PerRegion(r => r.IsHost || r.IsChinese ? P($"population.{r.Code}.startups") : 0);
        Champions = PerRegion(r => r.IsChinese ? P($"population.{r.Code}.champions") : 0);
        Manufacturers = PerRegion(r => r.IsChinese ? P($"population.{r.Code}.manufacturers") : 0);
        ChineseFunds = P("population.funds.cn");
        NordicFunds = P("population.funds.nordic");
        MaxAgents = P("engine.max_agents");

        RevenueIncumbent = P("firm.revenue.incumbent");
        RevenueStartup = P("firm.revenue.startup");
        RevenueChampion = P("firm.revenue.champion");
        RevenueManufacturer = P("firm.revenue.manufacturer");
        RevenueCnStartup = P("firm.revenue.cn_startup");
        RevenueSigma = P("firm.revenue.sigma");
        Volatility = P("firm.volatility");
        HighSkillPerEurM = P("firm.high_skill_per_eur_m");
        LowPerHigh = P("firm.low_skill_per_high_skill");
        StartupMultiple = P("firm.startup_multiple");
        StartupFailureRate = P("firm.startup_failure_rate");
        StartupBirthRate = P("firm.startup_birth_rate");
        AttritionRate = P("firm.attrition_rate");
        HiringSpeed = P("firm.hiring_speed");
        CnStartupGrowth = P("firm.cn_startup_growth");
        CnStartupGrowthDecay = P("firm.cn_startup_growth_decay");
        CapabilityGrowthElasticity = P("firm.capability_growth_elasticity");
        CapabilityReference = P("firm.capability_reference");

        SectorGrowth = PerSector(s => P($"sector.{s.Code}.growth"));
        SectorRelocation = PerSector(s => P($"sector.{s.Code}.relocation"));
        SectorSensitivity = PerSector(s => P($"sector.{s.Code}.sensitivity"));
        SectorValueAdded = PerSector(s => P($"sector.{s.Code}.value_added"));
        InitialCapabilitySe = PerSector(s => P($"capability.initial.SE.{s.Code}"));
        InitialCapabilityCn = PerSector(s => P($"capability.initial.CN.{s.Code}"));

        CatchUpSe = P("catchup.rate.SE");
        CatchUpCnDigital = P("catchup.rate.CN.digital");
        CatchUpCnHeavy = P("catchup.rate.CN.heavy");
        RobotsCn2018 = P("catchup.robots.CN.2018");
        RobotsCn2013 = P("catchup.robots.CN.2013");
        RobotsCnCeiling = P("catchup.robots.CN.ceiling");
        RobotsSe = P("catchup.robots.SE");
        ReadinessElasticity = P("catchup.readiness_elasticity");
        KnowledgePerAcquisition = P("catchup.knowledge.acquisition");
        KnowledgePerRdPersonYear = P("catchup.knowledge.rd_centre");
        HostSpilloverPerRdPersonYear = P("catchup.knowledge.host_spillover");
        AiPlanBoost = P("catchup.ai_plan_boost");
        SubsidyBoost = P("catchup.subsidy_boost");
        CapabilityShockSd = P("catchup.shock_sd");
        WindowThreshold = P("window.threshold");

        HazardChampion = P("outbound.hazard.champion");
        HazardManufacturer = P("outbound.hazard.manufacturer");
        HazardStartup = P("outbound.hazard.startup");
        GapMotive = P("outbound.gap_motive");
        ValueAddedElasticity = P("outbound.value_added_elasticity");
        ValueAddedReference = P("outbound.value_added_reference");
        CapitalControlsEffect = P("outbound.capital_controls_effect");
        TradeConflictEffect = P("outbound.trade_conflict_effect");
        PandemicEffect = P("outbound.pandemic_effect");
        BetaRdQuality = P("logit.rd_quality");
        BetaIp = P("logit.ip_protection");
        BetaUniversity = P("logit.university");
        BetaCollaboration = P("logit.collaboration");
        BetaMarket = P("logit.market");
        BetaCost = P("logit.cost");
        BetaAgglomeration = P("logit.agglomeration");
        BetaSectorStrength = P("logit.sector_strength");
        BetaTradeConflictUs = P("logit.trade_conflict_us");
        NestLambda = P("logit.nest_lambda");
        AscAcquisition = P("mode.acquisition");
        AscRdCentre = P("mode.rd_centre");
        AscEquity = P("mode.equity");
        RdCentreHeavyBonus = P("mode.rd_centre_heavy");
        ModeTalent = P("mode.talent");
        ScreeningPenalty = P("mode.screening_penalty");
        TreatyBonus = P("mode.treaty_bonus");
        AcquisitionMultiple = P("deal.acquisition_multiple");
        AcquisitionMaxRevenue = P("deal.acquisition_max_revenue");
        RdCentreMedian = P("deal.rd_centre_median");
        EquityMedian = P("deal.equity_median");
        DealSigma = P("deal.sigma");
        DeepTechMinValuation = P("deal.deeptech_min_valuation");
        ScreeningRedirectShare = P("screening.redirect_share");

        RdJobsPerEurM = P("rdcentre.jobs_per_eur_m");
        RdHiringSpeed = P("rdcentre.hiring_speed");
        RdClosureRate = P("rdcentre.closure_rate");
        RelocationHazard = P("relocation.hazard");
        RelocationLowShare = P("relocation.low_skill_share");
        RelocationHighShare = P("relocation.high_skill_share");
        MarketAccessGrowth = P("takeover.market_access_growth");
        WageHighTakeover = P("wages.high_skill_takeover");
        WageLowTakeover = P("wages.low_skill_takeover");
        WageTightness = P("wages.tightness");

        RdQuality = PerRegion(r => P($"region.{r.Code}.rd_quality"));
        IpProtection = PerRegion(r => P($"region.{r.Code}.ip_protection"));
        University = PerRegion(r => P($"region.{r.Code}.university"));
        Collaboration = PerRegion(r => P($"region.{r.Code}.collaboration"));
        Market = PerRegion(r => P($"region.{r.Code}.market"));
        ValueAddedPerWorker = PerRegion(r => P($"region.{r.Code}.value_added_per_worker"));
        TalentPool = PerRegion(r => P($"region.{r.Code}.talent_pool"));
        Graduates = PerRegion(r => P($"region.{r.Code}.graduates"));
        Phds = PerRegion(r => P($"region.{r.Code}.phds"));
        PhdStock = PerRegion(r => P($"region.{r.Code}.phd_stock"));
        WageHigh = PerRegion(r => P($"region.{r.Code}.wage_high"));
        WageLow = PerRegion(r => P($"region.{r.Code}.wage_low"));

        MatchingRate = P("talent.matching_rate");
        SeparationRate = P("talent.separation_rate");
        RetirementRate = P("talent.retirement_rate");
        MobilityRate = P("talent.mobility_rate");
        MigrationWage = P("talent.logit.wage");
        MigrationResearch = P("talent.logit.research");
        MigrationDistance = P("talent.logit.distance");
        MigrationSameCountry = P("talent.logit.same_country");
        MigrationUsPull = P("talent.logit.us_pull");
        MigrationStay = P("talent.logit.stay");
        VisaRefusal = P("talent.visa_refusal");
        ReturnPull = P("talent.return_pull");
        WaspPhds = P("talent.wasp_phds");
        WaspGsrShare = P("talent.wasp_gsr_share");
        PhdDepreciation = P("talent.phd_depreciation");
        PhdQualityElasticity = P("talent.phd_quality_elasticity");

        FundSizeCn = P("fund.size.cn");
        FundSizeNordic = P("fund.size.nordic");
        FundInvestmentPeriod = P("fund.investment_period");
        FundLife = P("fund.life");
        FundDealSize = P("fund.deal_size");
        FundCnAbroadShare = P("fund.cn_abroad_share");
        FundNordicChinaShare = P("fund.nordic_china_share");
        FundFailureRate = P("fund.failure_rate");
        FundFailureDebtTightening = P("fund.failure_debt_tightening");
        FundReraiseProbability = P("fund.reraise_probability");

        AdoptionInnovation = P("adoption.innovation");
        AdoptionImitation = P("adoption.imitation");
        AdoptionInitialChinese = P("adoption.initial.chinese");
        AdoptionInitialEuropean = P("adoption.initial.european");
        AdoptionInitialUs = P("adoption.initial.us");
        AdoptionData = P("adoption.data");
        AdoptionTalent = P("adoption.talent");
        AdoptionSubsidy = P("adoption.subsidy");
        AdoptionTripleHelix = P("adoption.triple_helix");
        AdoptionRdSpillover = P("adoption.rd_spillover");
        AdoptionGrowthPremium = P("adoption.growth_premium");
        AdoptionStaffUplift = P("adoption.staff_uplift");
        IndustrialDataSwedish = P("data.industrial.swedish");
        IndustrialDataEuropean = P("data.industrial.european");
        IndustrialDataChinese = P("data.industrial.chinese");
        IndustrialDataUs = P("data.industrial.us");
        ConsumerDataSwedish = P("data.consumer.swedish");
        ConsumerDataEuropean = P("data.consumer.european");
        ConsumerDataChinese = P("data.consumer.chinese");
        ConsumerDataUs = P("data.consumer.us");
        OpenDataBoost = P("data.open_data_boost");
        TripleHelixCollaboration = P("policy.triple_helix_collaboration");
        IpProtectionEffect = P("policy.ip_protection_effect");
        ChinaAttemptRate = P("china_entry.attempt_rate");
        ChinaPartnerYears = P("china_entry.partner_years");
        ChinaPartnerSigma = P("china_entry.partner_sigma");
        ChinaDropoutRate = P("china_entry.dropout_rate");
        ChinaIntercept = P("china_entry.intercept");
        ChinaNiche = P("china_entry.niche");
        ChinaAdaptability = P("china_entry.adaptability");
        ChinaLead = P("china_entry.lead");
        ChinaOwnership = P("china_entry.ownership");
        ChinaTradeConflict = P("china_entry.trade_conflict");
        ChinaRevenueShare = P("china_entry.revenue_share");
        ChinaMarketGrowth = P("china_entry.market_growth");
        ChinaExitRate = P("china_entry.exit_rate");
        FundManagementFee = P("fund.management_fee");
        FundFollowOnShare = P("fund.follow_on_share");
        FundExitRate = P("fund.exit_rate");
        FundExitMultiple = P("fund.exit_multiple");
        FundExitSigma = P("fund.exit_sigma");
        FundGuidingShare = P("fund.guiding_share");
        FundGuidingAiPlanBoost = P("fund.guiding_ai_plan_boost");
        FundReraiseDebtTighteningCut = P("fund.reraise_debt_tightening_cut");
        foreach (var lever in Policies.PolicyLevers.All) P($"policy.{lever.Name}.default");
        _ = R; _ = S;
    }

    /// <summary>The names <see cref="ModelParameters"/> reads, for the test that no catalogue entry is dead.</summary>
    public static IReadOnlySet<string> NamesRead()
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        _ = new ModelParameters(ParameterSet.Defaults, read);
        return read;
    }

    private double P(string name)
    {
        _read?.Add(name);
        return Set[name];
    }

    private static double[] PerRegion(Func<Region, double> f) => Regions.All.Select(f).ToArray();
    private static double[] PerSector(Func<Sector, double> f) => Sectors.All.Select(f).ToArray();

    public double PopulationScale { get; }
    public double[] Incumbents { get; }
    public double[] Startups { get; }
    public double[] Champions { get; }
    public double[] Manufacturers { get; }
    public double ChineseFunds { get; }
    public double NordicFunds { get; }
    public double MaxAgents { get; }
    public double RevenueIncumbent { get; }
    public double RevenueStartup { get; }
    public double RevenueChampion { get; }
    public double RevenueManufacturer { get; }
    public double RevenueCnStartup { get; }
    public double RevenueSigma { get; }
    public double Volatility { get; }
    public double HighSkillPerEurM { get; }
    public double LowPerHigh { get; }
    public double StartupMultiple { get; }
    public double StartupFailureRate { get; }
    public double StartupBirthRate { get; }
    public double AttritionRate { get; }
    public double HiringSpeed { get; }
    public double CnStartupGrowth { get; }
    public double CnStartupGrowthDecay { get; }
    public double CapabilityGrowthElasticity { get; }
    public double CapabilityReference { get; }
    public double[] SectorGrowth { get; }
    public double[] SectorRelocation { get; }
    public double[] SectorSensitivity { get; }
    public double[] SectorValueAdded { get; }
    public double[] InitialCapabilitySe { get; }
    public double[] InitialCapabilityCn { get; }
    public double CatchUpSe { get; }
    public double CatchUpCnDigital { get; }
    public double CatchUpCnHeavy { get; }
    public double RobotsCn2018 { get; }
    public double RobotsCn2013 { get; }
    public double RobotsCnCeiling { get; }
    public double RobotsSe { get; }
    public double ReadinessElasticity { get; }
    public double KnowledgePerAcquisition { get; }
    public double KnowledgePerRdPersonYear { get; }
    public double HostSpilloverPerRdPersonYear { get; }
    public double AiPlanBoost { get; }
    public double SubsidyBoost { get; }
    public double CapabilityShockSd { get; }
    public double WindowThreshold { get; }
    public double HazardChampion { get; }
    public double HazardManufacturer { get; }
    public double HazardStartup { get; }
    public double GapMotive { get; }
    public double ValueAddedElasticity { get; }
    public double ValueAddedReference { get; }
    public double CapitalControlsEffect { get; }
    public double TradeConflictEffect { get; }
    public double PandemicEffect { get; }
    public double BetaRdQuality { get; }
    public double BetaIp { get; }
    public double BetaUniversity { get; }
    public double BetaCollaboration { get; }
    public double BetaMarket { get; }
    public double BetaCost { get; }
    public double BetaAgglomeration { get; }
    public double BetaSectorStrength { get; }
    public double BetaTradeConflictUs { get; }
    public double NestLambda { get; }
    public double AscAcquisition { get; }
    public double AscRdCentre { get; }
    public double AscEquity { get; }
    public double RdCentreHeavyBonus { get; }
    public double ModeTalent { get; }
    public double ScreeningPenalty { get; }
    public double TreatyBonus { get; }
    public double AcquisitionMultiple { get; }
    public double AcquisitionMaxRevenue { get; }
    public double RdCentreMedian { get; }
    public double EquityMedian { get; }
    public double DealSigma { get; }
    public double DeepTechMinValuation { get; }
    public double ScreeningRedirectShare { get; }
    public double RdJobsPerEurM { get; }
    public double RdHiringSpeed { get; }
    public double RdClosureRate { get; }
    public double RelocationHazard { get; }
    public double RelocationLowShare { get; }
    public double RelocationHighShare { get; }
    public double MarketAccessGrowth { get; }
    public double WageHighTakeover { get; }
    public double WageLowTakeover { get; }
    public double WageTightness { get; }
    public double[] RdQuality { get; }
    public double[] IpProtection { get; }
    public double[] University { get; }
    public double[] Collaboration { get; }
    public double[] Market { get; }
    public double[] ValueAddedPerWorker { get; }
    public double[] TalentPool { get; }
    public double[] Graduates { get; }
    public double[] Phds { get; }
    public double[] PhdStock { get; }
    public double[] WageHigh { get; }
    public double[] WageLow { get; }
    public double MatchingRate { get; }
    public double SeparationRate { get; }
    public double RetirementRate { get; }
    public double MobilityRate { get; }
    public double MigrationWage { get; }
    public double MigrationResearch { get; }
    public double MigrationDistance { get; }
    public double MigrationSameCountry { get; }
    public double MigrationUsPull { get; }
    public double MigrationStay { get; }
    public double VisaRefusal { get; }
    public double ReturnPull { get; }
    public double WaspPhds { get; }
    public double WaspGsrShare { get; }
    public double PhdDepreciation { get; }
    public double PhdQualityElasticity { get; }
    public double FundSizeCn { get; }
    public double FundSizeNordic { get; }
    public double FundInvestmentPeriod { get; }
    public double FundLife { get; }
    public double FundDealSize { get; }
    public double FundCnAbroadShare { get; }
    public double FundNordicChinaShare { get; }
    public double FundFailureRate { get; }
    public double FundFailureDebtTightening { get; }
    public double FundReraiseProbability { get; }
    public double AdoptionInnovation { get; }
    public double AdoptionImitation { get; }
    public double AdoptionInitialChinese { get; }
    public double AdoptionInitialEuropean { get; }
    public double AdoptionInitialUs { get; }
    public double AdoptionData { get; }
    public double AdoptionTalent { get; }
    public double AdoptionSubsidy { get; }
    public double AdoptionTripleHelix { get; }
    public double AdoptionRdSpillover { get; }
    public double AdoptionGrowthPremium { get; }
    public double AdoptionStaffUplift { get; }
    public double IndustrialDataSwedish { get; }
    public double IndustrialDataEuropean { get; }
    public double IndustrialDataChinese { get; }
    public double IndustrialDataUs { get; }
    public double ConsumerDataSwedish { get; }
    public double ConsumerDataEuropean { get; }
    public double ConsumerDataChinese { get; }
    public double ConsumerDataUs { get; }
    public double OpenDataBoost { get; }
    public double TripleHelixCollaboration { get; }
    public double IpProtectionEffect { get; }
    public double ChinaAttemptRate { get; }
    public double ChinaPartnerYears { get; }
    public double ChinaPartnerSigma { get; }
    public double ChinaDropoutRate { get; }
    public double ChinaIntercept { get; }
    public double ChinaNiche { get; }
    public double ChinaAdaptability { get; }
    public double ChinaLead { get; }
    public double ChinaOwnership { get; }
    public double ChinaTradeConflict { get; }
    public double ChinaRevenueShare { get; }
    public double ChinaMarketGrowth { get; }
    public double ChinaExitRate { get; }
    public double FundManagementFee { get; }
    public double FundFollowOnShare { get; }
    public double FundExitRate { get; }
    public double FundExitMultiple { get; }
    public double FundExitSigma { get; }
    public double FundGuidingShare { get; }
    public double FundGuidingAiPlanBoost { get; }
    public double FundReraiseDebtTighteningCut { get; }
}
