namespace NordicChina.Sim.Shared;

/// <summary>
/// The headline indicators, defined once: the console tables of run and compare, headlines.csv, and the tables of the
/// HTML reports (run and comparison) all list these, in this order. Places: the GSR, then each region group asked for.
/// The window of opportunity's closing year counts a window not closed by the last year shown as closing the year
/// after it (right-censored), as comparison files do.
/// </summary>
internal static class Indicators
{
    /// <summary>The Chinese hubs, the origin of the China-to-US talent indicator; a group every table adds.</summary>
    public const string ChinaHubs = "BJS+SZX+GDM";

    /// <summary>The indicators for the GSR and the given groups (name, words), over years ending in <paramref name="until"/>.</summary>
    public static IReadOnlyList<Indicator> For(IEnumerable<(string Name, string Title)> groups, int until)
    {
        string end = until > 0 ? $"end of {until}" : "at the end";
        var list = new List<Indicator>
        {
            new("fdi.total.value", "all", "all", "Chinese FDI into the host regions, total", "EUR m"),
            new("fdi.acquisition.value", "all", "all", "  of which acquisitions", "EUR m"),
            new("fdi.rd_centre.value", "all", "all", "  of which greenfield R&D centres", "EUR m"),
            new("fdi.equity.value", "all", "all", "  of which minority and venture equity", "EUR m"),
            new("fdi.total.deals", "all", "all", "Chinese FDI deals, all hosts", "deals"),
        };
        foreach (var (code, name) in new[] { ("GSR", "the GSR") }.Concat(groups))
        {
            list.Add(new("fdi.total.value", code, "all", $"Chinese FDI into {name}", "EUR m"));
            list.Add(new("rdcentres.opened", code, "all", $"Chinese R&D centres opened in {name}", "centres"));
            list.Add(new("rdcentres.active", code, "all", $"Chinese R&D centres open in {name}, {end}", "centres", Stock: true));
            list.Add(new("jobs.high_skill", code, "all", $"High-skill jobs in {name}, {end}", "persons", Stock: true));
            list.Add(new("jobs.rd_centres", code, "all", $"High-skill hires by Chinese R&D centres in {name}", "jobs"));
            list.Add(new("jobs.net", code, "all", $"Net jobs created in {name}", "jobs"));
            list.Add(new("talent.net_migration", code, "all", $"Net AI-talent migration into {name}", "persons"));
            list.Add(new("talent.pool", code, "all", $"AI talent pool of {name}, {end}", "persons", Stock: true));
        }
        list.Add(new("talent.flow>USA", ChinaHubs, "all", "AI talent moving from China to the US", "persons"));
        list.Add(new("window.closing_year", "all", "heavy", until > 0 ? $"Heavy-industry window closing year (not closed by {until}: {until + 1})" : "Heavy-industry window closing year (not closed: the year after the last)", "year"));
        return list;
    }
}
