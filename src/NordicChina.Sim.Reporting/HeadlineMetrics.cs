namespace NordicChina.Sim.Reporting;

/// <summary>The metrics every report section shows, in the order shown (see docs/metrics.md for definitions).</summary>
internal static class HeadlineMetrics
{
    public static readonly IReadOnlyList<HeadlineMetric> All =
    [
        new("fdi.total.value", "all", "all", "Chinese FDI into the host regions, total",
            "EUR m per year",
            "All completed Chinese foreign direct investment into the European and US host regions: acquisitions, greenfield R&D centres and equity, summed over each year."),
        new("fdi.acquisition.value", "all", "all", "Chinese acquisitions of host firms",
            "EUR m per year",
            "Money paid in completed Chinese takeovers of host firms, summed over each year."),
        new("fdi.rd_centre.value", "all", "all", "Chinese greenfield R&D centres",
            "EUR m per year",
            "First investment in new Chinese R&D centres opened in the host regions (including blocked acquisitions redirected into R&D centres)."),
        new("fdi.equity.value", "all", "all", "Chinese minority and venture equity",
            "EUR m per year",
            "Chinese minority stakes and venture capital invested in host startups by firms and funds."),
        new("rdcentres.active", "GSR", "all", "Chinese R&D centres open in Greater Stockholm",
            "centres (end of year)",
            "Number of Chinese R&D centres operating in the Greater Stockholm Region at the end of each year."),
        new("jobs.net", "GSR", "all", "Net jobs in Greater Stockholm",
            "jobs per year",
            "High-skill hires by modelled firms and R&D centres minus jobs lost (departures, lay-offs, failures, closures and relocation to China)."),
        new("talent.net_migration", "GSR", "all", "Net migration of AI talent, Greater Stockholm",
            "persons per year",
            "AI-relevant high-skill migrants arriving minus those leaving. Negative values mean a net outflow of talent."),
        new("talent.pool", "GSR", "all", "AI talent pool, Greater Stockholm",
            "persons (end of year)",
            "AI-relevant high-skill workforce: people available for hire, employed elsewhere and employed by modelled firms."),
        new("window.gap", "all", "heavy", "Window of opportunity: Sweden's lead over China, heavy industry",
            "share of the AI frontier",
            "Swedish minus Chinese AI capability in heavy industry (the mean of its sectors). The window of opportunity in a sector closes when this lead falls below window.threshold (see the window section), not at zero."),
        new("capability.se", "all", "heavy", "Swedish AI capability, heavy industry",
            "share of the AI frontier (0 to 1)",
            "Sweden's AI capability in heavy-industry sectors, as a share of the global frontier."),
        new("capability.cn", "all", "heavy", "Chinese AI capability, heavy industry",
            "share of the AI frontier (0 to 1)",
            "China's AI capability in heavy-industry sectors, as a share of the global frontier."),
        new("adoption.share", "GSR", "all", "AI adoption by firms, Greater Stockholm",
            "share of live firms (0 to 1)",
            "Share of the region's live firms that have adopted AI."),
        new("adoption.share", "BJS", "all", "AI adoption by firms, Beijing",
            "share of live firms (0 to 1)",
            "Share of the Beijing software hub's live firms that have adopted AI."),
        new("china_entry.active", "GSR", "all", "Greater Stockholm firms active in China",
            "firms (end of year)",
            "Nordic firms from the Greater Stockholm Region that have successfully launched in China and are still active there."),
    ];

    /// <summary>The headline entry for a metric at a region and sector, or null.</summary>
    public static HeadlineMetric? Find(string metric, string region, string sector) =>
        All.FirstOrDefault(h => h.Metric == metric && h.Region == region && h.Sector == sector);

    /// <summary>Names for metrics outside the headline list that analyses commonly use as outputs.</summary>
    private static readonly Dictionary<string, string> OtherTitles = new(StringComparer.Ordinal)
    {
        ["rdcentres.opened"] = "Chinese R&D centres opened",
        ["window.closing_year"] = "Year the window of opportunity closes",
        ["window.open"] = "Window of opportunity open",
        ["fdi.total.deals"] = "Chinese FDI deals",
        ["fdi.blocked.deals"] = "Acquisitions blocked by FDI screening",
        ["jobs.created"] = "Jobs created",
        ["jobs.lost"] = "Jobs lost",
        ["talent.inflow"] = "AI talent arriving",
        ["talent.outflow"] = "AI talent leaving",
        ["vc.invested"] = "Venture capital invested",
    };

    /// <summary>
    /// A readable title for an analysis output written <c>metric[@region[/sector]]</c> (e.g. <c>jobs.net@GSR</c>):
    /// the headline title when it is one, else a known metric name with its place, else the text itself.
    /// </summary>
    public static string TitleOf(string output)
    {
        var (metric, rest) = output.Split('@', 2) is [var m, var r] ? (m, r) : (output, "all/all");
        var (region, sector) = rest.Split('/', 2) is [var a, var b] ? (a, b) : (rest, "all");
        if (Find(metric, region, sector) is { } headline)
        {
            return headline.Title;
        }

        if (OtherTitles.TryGetValue(metric, out var title))
        {
            var where = new HeadlineMetric(metric, region, sector, "", "", "").Where;
            return $"{title}, {where}";
        }

        return output;
    }
}
