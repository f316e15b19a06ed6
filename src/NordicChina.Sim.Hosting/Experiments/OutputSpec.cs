using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// A scalar output of a run for sensitivity analysis: a metric over the whole horizon (flows summed, stocks at the
/// end) at a region and sector, averaged over replications. Written <c>metric[@region[/sector]]</c>, e.g.
/// <c>fdi.total.value</c>, <c>jobs.net@GSR</c>, <c>window.closing_year@all/heavy</c>, <c>talent.flow&gt;USA@BJS</c>
/// (one destination's series of talent.flow, see <see cref="MetricDefinition.Key"/>). A window that never closed
/// counts as closing the year after the horizon (right-censored).
/// </summary>
public sealed record OutputSpec(string Text, int Metric, int Region, int Sector)
{
    /// <summary>The output's tidy columns: metric, region, destination ("" without), sector.</summary>
    public string[] Columns
    {
        get
        {
            var def = MetricCatalogue.Get(Metric);
            return [def.Name, MetricCatalogue.RegionLabel(Region), def.DestinationLabel, MetricCatalogue.SectorLabel(Sector)];
        }
    }

    public static IReadOnlyList<OutputSpec> Defaults { get; } =
        new[] { "fdi.total.value", "rdcentres.opened@GSR", "talent.net_migration@GSR", "window.closing_year@all/heavy" }.Select(Parse).ToArray();

    public static OutputSpec Parse(string text)
    {
        var (name, rest) = text.Split('@', 2) is [var n, var after] ? (n, after) : (text, "all/all");
        if (!MetricCatalogue.TryGet(name, out var def)) throw new ExperimentInputException($"output '{text}': unknown metric '{name}' (see docs/metrics.md){MetricCatalogue.Hint(name)}");
        var (regionText, sectorText) = rest.Split('/', 2) is [var a, var b] ? (a, b) : (rest, "all");
        int region = regionText == "all" ? MetricPoint.All
            : Regions.TryByCode(regionText, out var reg) ? reg.Index : throw new ExperimentInputException($"output '{text}': unknown region '{regionText}'");
        int sector = sectorText switch
        {
            "all" => MetricPoint.All,
            "heavy" => MetricCatalogue.HeavySector,
            _ => Sectors.TryByCode(sectorText, out var s) ? s.Index : throw new ExperimentInputException($"output '{text}': unknown sector '{sectorText}'"),
        };
        return new OutputSpec(text, def.Id, region, sector);
    }

    /// <summary>The output's mean over replications; NaN if the run never wrote it.</summary>
    public double Of(YearlyValues values, int endYear)
    {
        var v = values.Get(new MetricKey(Metric, MetricKey.Horizon, Region, Sector));
        if (v is null) return double.NaN;
        bool censor = Metric == MetricCatalogue.WindowClosingYear;
        return (censor ? Analysis.Statistics.ClosingYears.Censor(v, endYear) : v).Average();
    }
}
