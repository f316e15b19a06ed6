using System.Globalization;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>A run's metrics over the whole horizon (flows summed, stocks at the end), described across replications,
/// as CSV fields: metric, region, destination (talent.flow only), sector, aggregate, n, mean, sd, ci95_low, ci95_high and, with parameter uncertainty, the spread
/// split into stochastic and parametric parts (<see cref="Uncertainty.ParametricSpread"/>; empty fields without).</summary>
public static class HorizonRows
{
    public const string Header = "metric,region,destination,sector,aggregate,n,mean,sd,ci95_low,ci95_high,sd_stochastic,sd_parametric,share_parametric";

    /// <summary>Index of the n column; the statistics follow it.</summary>
    public const int NColumn = 5;

    public static readonly string[] Columns = Header.Split(',');

    public static IEnumerable<string[]> Of(RunResult run) => Of(run, []);

    /// <summary>The rows with those of region groups (region = the group's name, aggregate; <see cref="YearlyValues.WithGroups"/>).</summary>
    public static IEnumerable<string[]> Of(RunResult run, IReadOnlyList<Model.World.RegionGroup> groups)
    {
        var yearly = groups.Count == 0 ? run.Yearly : run.Yearly.WithGroups(groups);
        foreach (var (key, raw) in yearly.Values)
        {
            if (key.Year != MetricKey.Horizon) continue;
            var values = key.Metric == MetricCatalogue.WindowClosingYear ? Analysis.Statistics.ClosingYears.Censor(raw, run.Scenario.EndYear) : raw;
            var d = Description.Of(values);
            var def = MetricCatalogue.Get(key.Metric);
            yield return [def.Name, ComparisonRunner.RegionLabel(key.Region, groups), def.DestinationLabel, MetricCatalogue.SectorLabel(key.Sector),
                CsvOut.Bool(key.Region >= YearlyValues.GroupRegion || def.IsAggregate(key.Region, key.Sector)),
                d.N.ToString(CultureInfo.InvariantCulture), ResultWriter.Number(d.Mean), ResultWriter.Number(d.Sd), ResultWriter.Number(d.Ci95Low), ResultWriter.Number(d.Ci95High),
                .. Uncertainty.ParametricSpread.Fields(Uncertainty.ParametricSpread.Of(run.Scenario, values))];
        }
    }
}
