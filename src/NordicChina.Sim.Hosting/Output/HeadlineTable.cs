using System.Globalization;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;
using NordicChina.Sim.Shared;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// The headline indicators (src/Shared/Indicators.cs, the one list the console tables and the HTML reports show)
/// measured on a run over a window of years: flows summed over the years, stocks at the end of the last year, the
/// window of opportunity's closing year with a window not closed by then counting as the year after. Written to
/// headlines.csv (the whole horizon) and headlines-window.csv (a --from/--until window), which the report shows.
/// </summary>
public static class HeadlineTable
{
    public const string File = "headlines.csv", WindowFile = "headlines-window.csv";

    public static readonly string[] Columns = ["indicator", "metric", "region", "destination", "sector", "from_year", "until_year", "unit", "n", "mean", "ci95_low", "ci95_high", "share_parametric"];

    /// <summary>The groups every table needs (the user's and the Chinese hubs of the China-to-US talent indicator).</summary>
    public static IReadOnlyList<RegionGroup> Groups(IReadOnlyList<RegionGroup> user)
    {
        var hubs = RegionGroup.Parse(Indicators.ChinaHubs, out _)!;
        return user.Any(g => g.Name == hubs.Name) ? user : [.. user, hubs];
    }

    /// <summary>The indicators (title, unit, metric, region, destination, sector) for the GSR and <paramref name="groups"/>.</summary>
    public static IReadOnlyList<(string Title, string Unit, string Metric, string Region, string Destination, string Sector)> Definitions(IReadOnlyList<RegionGroup> groups, int until) =>
        Indicators.For(groups.Select(g => (g.Name, g.Title)), until).Select(i => (i.Title, i.Unit, i.Metric, i.Region, i.Destination, i.Sector)).ToArray();

    /// <summary>The table of a run over <paramref name="from"/>..<paramref name="until"/>, with the GSR and <paramref name="groups"/>.</summary>
    public static IReadOnlyList<HeadlineRow> Of(ScenarioDefinition scenario, YearlyValues yearly, int from, int until, IReadOnlyList<RegionGroup> groups) =>
        Of(yearly, from, until, groups, scenario.Uncertainty is not null);

    /// <summary>The table from values read back (report --from/--until); <paramref name="uncertain"/>: the run drew parameter sets (pairs of replications share one).</summary>
    public static IReadOnlyList<HeadlineRow> Of(YearlyValues yearly, int from, int until, IReadOnlyList<RegionGroup> groups, bool uncertain)
    {
        var all = Groups(groups);
        var values = yearly.WithGroups(all).Window(from, until);
        var rows = new List<HeadlineRow>();
        foreach (var i in Indicators.For(groups.Select(g => (g.Name, g.Title)), until))
        {
            if (!MetricCatalogue.TryGet(i.Series, out var def)) throw new InvalidOperationException($"headline indicator: unknown series {i.Series}");
            int region = i.Region == "all" ? MetricPoint.All
                : Regions.TryByCode(i.Region, out var r) ? r.Index
                : YearlyValues.GroupRegion + all.Select(g => g.Name).ToList().IndexOf(i.Region);
            int sector = i.Sector == "all" ? MetricPoint.All : i.Sector == "heavy" ? MetricCatalogue.HeavySector : Sectors.ByCode(i.Sector).Index;
            var v = values.Get(new MetricKey(def.Id, MetricKey.Horizon, region, sector)) ?? Enumerable.Repeat(double.NaN, yearly.Replications).ToArray();
            if (def.Id == MetricCatalogue.WindowClosingYear) v = Analysis.Statistics.ClosingYears.Censor(v, until);
            var d = Description.Of(v);
            rows.Add(new HeadlineRow(i.Title, i.Unit, i.Metric, i.Region, i.Destination, i.Sector, from, until, d.N, d.Mean, d.Ci95Low, d.Ci95High,
                uncertain ? Analysis.Comparison.VarianceDecomposition.Of(v).ShareParametric : double.NaN));
        }
        return rows;
    }

    /// <summary>Writes the rows as CSV (headlines.csv or headlines-window.csv).</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<HeadlineRow> rows)
    {
        await using var csv = CsvOut.Create(path);
        csv.Row(Columns);
        foreach (var h in rows)
            csv.Row([h.Title, h.Metric, h.Region, h.Destination, h.Sector, h.From.ToString(CultureInfo.InvariantCulture), h.Until.ToString(CultureInfo.InvariantCulture),
                h.Unit, h.N.ToString(CultureInfo.InvariantCulture), CsvOut.Number(h.Mean), CsvOut.Number(h.Ci95Low), CsvOut.Number(h.Ci95High), CsvOut.Number(h.ShareParametric)]);
    }
}
