using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Metrics;

/// <summary>
/// Every metric a run writes, documented once (docs/metrics.md is generated from this list and checked by a
/// test). Ids are positions in <see cref="All"/>; the static fields name the ones the model writes.
/// </summary>
public static class MetricCatalogue
{
    private static readonly List<MetricDefinition> List = new();
    private static readonly Dictionary<string, int> ByName = new(StringComparer.Ordinal);

    private static int Add(string name, string unit, MetricKind kind, string breakdown, string description,
        MetricTotal total = MetricTotal.None, bool regionTotal = false, bool sectorAllTotal = false, int destination = MetricPoint.All, bool signed = false)
    {
        var def = new MetricDefinition(List.Count, name, unit, kind, breakdown, description)
        {
            Total = total, RegionTotal = regionTotal, SectorAllTotal = sectorAllTotal, Destination = destination, Signed = signed,
        };
        List.Add(def);
        ByName.Add(def.Key, def.Id);
        return def.Id;
    }

    /// <summary>A metric summed over the host regions in its region = all row.</summary>
    private static int AddByHost(string name, string unit, MetricKind kind, string description) =>
        Add(name, unit, kind, ByHost, description, MetricTotal.Sum, regionTotal: true);

    /// <summary>A metric per sector whose heavy row is the mean of the heavy-industry sectors (or, for the window, computed from it).</summary>
    private static int AddBySector(string name, string unit, string description, MetricKind kind = MetricKind.Stock, MetricTotal total = MetricTotal.Mean, bool signed = false) =>
        Add(name, unit, kind, "region = all; sector = sector or heavy (aggregate: mean of heavy-industry sectors)", description, total, signed: signed);

    private const string ByHost = "region = host region or all (aggregate: sum of the hosts); sector = all";
    private const string ByHostAndSector = "region = all; sector = investor's sector, or all for equity by funds (a leaf, not a total)";
    private const string ByRegion = "region = region; sector = all";

    // FDI (Chinese money into hosts).
    public static readonly int FdiAcquisitionValue = AddByHost("fdi.acquisition.value", "EUR m", MetricKind.Flow, "Money paid in completed Chinese acquisitions of host firms.");
    public static readonly int FdiAcquisitionDeals = AddByHost("fdi.acquisition.deals", "deals", MetricKind.Flow, "Completed Chinese acquisitions.");
    public static readonly int FdiRdCentreValue = AddByHost("fdi.rd_centre.value", "EUR m", MetricKind.Flow, "First investment in greenfield Chinese R&D centres opened.");
    public static readonly int FdiRdCentreDeals = AddByHost("fdi.rd_centre.deals", "deals", MetricKind.Flow, "Greenfield Chinese R&D centres opened (including redirected acquisitions).");
    public static readonly int FdiEquityValue = AddByHost("fdi.equity.value", "EUR m", MetricKind.Flow, "Chinese minority and VC equity invested in host startups (by firms and funds).");
    public static readonly int FdiEquityDeals = AddByHost("fdi.equity.deals", "deals", MetricKind.Flow, "Chinese equity deals.");
    public static readonly int FdiTotalValue = AddByHost("fdi.total.value", "EUR m", MetricKind.Flow, "All Chinese FDI: acquisitions + R&D centres + equity.");
    public static readonly int FdiTotalDeals = AddByHost("fdi.total.deals", "deals", MetricKind.Flow, "All completed Chinese FDI deals.");
    public static readonly int FdiBlockedDeals = AddByHost("fdi.blocked.deals", "deals", MetricKind.Flow, "Acquisitions stopped by FDI screening (redirected ones included).");
    public static readonly int FdiRedirectedDeals = AddByHost("fdi.redirected.deals", "deals", MetricKind.Flow, "Blocked acquisitions turned into R&D centres.");
    public static readonly int FdiSectorValue = Add("fdi.sector.value", "EUR m", MetricKind.Flow, ByHostAndSector, "All Chinese FDI into European and US hosts by the investor's sector (equity by funds under sector all).");

    // Jobs in host and home regions (modelled employers).
    public static readonly int JobsCreated = Add("jobs.created", "jobs", MetricKind.Flow, ByRegion, "High-skill hires by modelled firms and R&D centres.");
    public static readonly int JobsLost = Add("jobs.lost", "jobs", MetricKind.Flow, ByRegion, "Jobs lost: high-skill departures and lay-offs, startup failures, R&D-centre closures, and high- and low-skill jobs lost to relocation.");
    public static readonly int JobsNet = Add("jobs.net", "jobs", MetricKind.Flow, ByRegion, "jobs.created minus jobs.lost.", signed: true);
    public static readonly int JobsRdCentres = Add("jobs.rd_centres", "jobs", MetricKind.Flow, ByRegion, "High-skill hires by Chinese R&D centres (part of jobs.created).");
    public static readonly int JobsRelocated = Add("jobs.relocated", "jobs", MetricKind.Flow, ByRegion, "High- and low-skill jobs moved to China after takeovers (part of jobs.lost).");
    public static readonly int JobsHighSkill = Add("jobs.high_skill", "persons", MetricKind.Stock, ByRegion, "High-skill employees of modelled firms and R&D centres.");
    public static readonly int JobsLowSkill = Add("jobs.low_skill", "persons", MetricKind.Stock, ByRegion, "Low-skill employees of modelled firms.");
    public static readonly int WagesHigh = Add("wages.high_skill", "EUR per year", MetricKind.Stock, ByRegion, "High-skill wage.");
    public static readonly int WagesLow = Add("wages.low_skill", "EUR per year", MetricKind.Stock, ByRegion, "Low-skill wage.");

    // Talent.
    public static readonly int TalentPool = Add("talent.pool", "persons", MetricKind.Stock, ByRegion, "AI-relevant high-skill workforce: available + employed elsewhere + staff of modelled employers.");
    public static readonly int TalentAvailable = Add("talent.available", "persons", MetricKind.Stock, ByRegion, "Talent available for hire.");
    public static readonly int TalentGraduates = Add("talent.graduates", "persons", MetricKind.Flow, ByRegion, "AI-relevant graduates and PhDs entering the pool.");
    public static readonly int TalentRetired = Add("talent.retired", "persons", MetricKind.Flow, ByRegion, "People leaving the workforce.");
    public static readonly int TalentInflow = Add("talent.inflow", "persons", MetricKind.Flow, ByRegion, "Migrants arriving from other regions.");
    public static readonly int TalentOutflow = Add("talent.outflow", "persons", MetricKind.Flow, ByRegion, "Migrants leaving for other regions.");
    public static readonly int TalentNetMigration = Add("talent.net_migration", "persons", MetricKind.Flow, ByRegion, "talent.inflow minus talent.outflow.", signed: true);
    public static readonly int TalentRefused = Add("talent.refused", "persons", MetricKind.Flow, ByRegion, "Movers from the region refused entry by their destination (they stay).");
    public static readonly int TalentPhdStock = Add("talent.phd_stock", "persons", MetricKind.Stock, ByRegion, "Active AI PhDs.");
    public static readonly int TalentRdQuality = Add("talent.rd_quality", "0-1 score", MetricKind.Stock, ByRegion, "Effective R&D personnel quality (raised by the PhD stock).");
    /// <summary>talent.flow's series, one per destination region (index = the destination's index); written as metric
    /// talent.flow with the destination in the destination column, named talent.flow&gt;CODE in inputs.</summary>
    public static readonly IReadOnlyList<int> TalentFlowTo = Regions.All
        .Select(r => Add("talent.flow", "persons", MetricKind.Flow, "region = origin; destination = destination region; sector = all",
            "Migrants moving from the origin region (column region) to the destination region (column destination); in inputs " +
            "(targets, sensitivity outputs) one destination's series is named talent.flow>CODE, e.g. talent.flow>USA.", destination: r.Index))
        .ToArray();

    // R&D centres.
    public static readonly int RdCentresActive = Add("rdcentres.active", "centres", MetricKind.Stock, ByRegion, "Chinese R&D centres open in the host region.");
    public static readonly int RdCentresOpened = Add("rdcentres.opened", "centres", MetricKind.Flow, ByRegion, "Chinese R&D centres opened.");
    public static readonly int RdCentresClosed = Add("rdcentres.closed", "centres", MetricKind.Flow, ByRegion, "Chinese R&D centres closed.");
    public static readonly int RdCentresStaff = Add("rdcentres.staff", "persons", MetricKind.Stock, ByRegion, "High-skill staff of Chinese R&D centres.");

    // Firms.
    public static readonly int FirmsActive = Add("firms.active", "firms", MetricKind.Stock, ByRegion, "Modelled firms alive.");
    public static readonly int FirmsChineseOwned = Add("firms.chinese_owned", "firms", MetricKind.Stock, ByRegion, "Host firms owned by Chinese acquirers.");

    // Capability and the window.
    public static readonly int CapabilitySweden = AddBySector("capability.se", "share of frontier", "Sweden's AI capability.");
    public static readonly int CapabilityChina = AddBySector("capability.cn", "share of frontier", "China's AI capability.");
    public static readonly int CapabilityRobotsChina = Add("capability.cn_robot_density", "robots per 10,000 workers", MetricKind.Stock, "region = all; sector = all", "China's robot density (heavy-industry readiness).");
    public static readonly int WindowGap = AddBySector("window.gap", "share of frontier", "Sweden's lead over China (negative = China ahead).", signed: true);
    public static readonly int WindowOpen = AddBySector("window.open", "1 = open, 0 = closed", "Whether the window of opportunity is open (heavy: from the heavy-industry gap).", total: MetricTotal.Derived);
    public static readonly int WindowClosingYear = AddBySector("window.closing_year", "year", "Year the window first closed (heavy: from the heavy-industry gap); missing in metrics.csv (an empty field, NULL in Parquet) if it stayed open to the end. Right-censored: summary, sweep, comparison, sensitivity and headline tables count a window still open as closing the year after the last (so n counts every replication and the mean is a lower bound); reports add the share of replications closed by each year (1 - the mean of window.open), the Kaplan-Meier median and the count not closed.", MetricKind.Final, MetricTotal.Derived);

    // Venture capital.
    public static readonly int VcFundsActive = Add("vc.funds_active", "funds", MetricKind.Stock, "region = fund's home region; sector = all", "Funds not failed and not wound down: investing, or past the investment period and managing their holdings (failed funds still sell off their holdings).");
    public static readonly int VcInvested = Add("vc.invested", "EUR m", MetricKind.Flow, "region = target region; sector = all", "Venture money invested in startups by all funds.");
    public static readonly int VcDeals = Add("vc.deals", "deals", MetricKind.Flow, "region = target region; sector = all", "Venture deals.");
    public static readonly int VcFailed = Add("vc.failed", "funds", MetricKind.Flow, "region = fund's home region; sector = all", "Funds that failed.");
    public static readonly int VcCalled = Add("vc.called", "EUR m", MetricKind.Flow, "region = fund's home region; sector = all", "Capital called from the funds' investors: for deals as they close, plus management fees.");
    public static readonly int VcFollowOns = Add("vc.follow_ons", "deals", MetricKind.Flow, "region = target region; sector = all", "Follow-on deals in companies funds already hold (part of vc.deals).");
    public static readonly int VcExits = Add("vc.exits", "holdings", MetricKind.Flow, "region = fund's home region; sector = all", "Holdings exited (sold or listed).");
    public static readonly int VcDistributions = Add("vc.distributions", "EUR m", MetricKind.Flow, "region = fund's home region; sector = all", "Proceeds of exits returned to the funds' investors.");
    public static readonly int VcWrittenOff = Add("vc.written_off", "holdings", MetricKind.Flow, "region = fund's home region; sector = all", "Holdings written off because the startup failed.");

    // AI adoption.
    public static readonly int AdoptionShare = Add("adoption.share", "share of firms", MetricKind.Stock, "region = region; sector = sector or all (aggregate: share over all the region's firms)", "Share of the region's live firms that have adopted AI.", MetricTotal.Mean, sectorAllTotal: true);
    public static readonly int AdoptionNew = Add("adoption.new", "firms", MetricKind.Flow, "region = region; sector = all", "Firms adopting AI.");

    // Nordic firms entering China.
    public static readonly int ChinaEntryAttempts = Add("china_entry.attempts", "firms", MetricKind.Flow, ByRegion, "Nordic firms starting to build a Chinese partner.");
    public static readonly int ChinaEntryEntered = Add("china_entry.entered", "firms", MetricKind.Flow, ByRegion, "Nordic firms launching successfully in China.");
    public static readonly int ChinaEntryFailed = Add("china_entry.failed", "firms", MetricKind.Flow, ByRegion, "Nordic attempts that failed: gave up while building a partner, or the launch failed.");
    public static readonly int ChinaEntryExited = Add("china_entry.exited", "firms", MetricKind.Flow, ByRegion, "Nordic firms leaving China after being active there.");
    public static readonly int ChinaEntryActive = Add("china_entry.active", "firms", MetricKind.Stock, ByRegion, "Nordic firms active in China.");
    public static readonly int ChinaEntryRevenue = Add("china_entry.revenue", "EUR m", MetricKind.Flow, ByRegion, "Revenue Nordic firms earn in China during the tick.");

    public static IReadOnlyList<MetricDefinition> All => List;

    public static MetricDefinition Get(int id) => List[id];

    /// <summary>The series named <paramref name="key"/>: a metric's name, or for a metric with a destination
    /// name&gt;DESTINATION (<c>talent.flow&gt;USA</c>); the bare name of such a metric is not a series.</summary>
    public static bool TryGet(string key, out MetricDefinition def)
    {
        def = ByName.TryGetValue(key, out var id) ? List[id] : null!;
        return def is not null;
    }

    /// <summary>A hint for an unknown series name: how to name one destination's series of a metric with a destination
    /// (a bare <c>talent.flow</c>, or the former <c>talent.flow.to.USA</c>); "" otherwise.</summary>
    public static string Hint(string key)
    {
        const string Former = "talent.flow.to.";
        if (key.StartsWith(Former, StringComparison.Ordinal) && TryGet("talent.flow>" + key[Former.Length..], out var d))
            return $" (now {d.Key}: talent.flow has the destination in its own column)";
        return List.Any(m => m.Name == key && m.Destination != MetricPoint.All)
            ? $" ({key} has one series per destination: name one as {key}>CODE, e.g. {key}>USA)"
            : "";
    }

    /// <summary>The metrics as outputs name them: one definition per name (a metric with a destination by its first series).</summary>
    public static IEnumerable<MetricDefinition> Named => List.DistinctBy(m => m.Name);

    /// <summary>A metric by the name outputs write in their metric column (a metric with a destination: its first series).</summary>
    public static bool TryGetNamed(string name, out MetricDefinition def)
    {
        def = ByName.TryGetValue(name, out var id) ? List[id] : List.FirstOrDefault(m => m.Name == name)!;
        return def is not null;
    }

    /// <summary>The column value written for a sector index (-1 = all, Sectors.Count = heavy).</summary>
    public static string SectorLabel(int sector) =>
        sector == MetricPoint.All ? "all" : sector == HeavySector ? "heavy" : Sectors.All[sector].Code;

    public static string RegionLabel(int region) => region == MetricPoint.All ? "all" : Regions.All[region].Code;

    /// <summary>Sector index used for the heavy-industry aggregate.</summary>
    public static int HeavySector => Sectors.Count;
}
