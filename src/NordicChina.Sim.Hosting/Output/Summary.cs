using NordicChina.Sim.Model.Metrics;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// Yearly values per replication (flows summed over the year's ticks, stocks at the year's last tick, final
/// metrics as written) and their distribution across replications: mean, standard deviation, the 95%
/// confidence interval of the mean (Student t) and the 2.5-97.5% range of replications. NA values
/// (e.g. a window that never closed) are left out and N says how many replications count.
/// </summary>
public static class Summary
{
    public static IReadOnlyList<SummaryRow> Build(RunResult run) => Build(run.Yearly, run.Scenario);

    public static IReadOnlyList<SummaryRow> Build(YearlyValues yearly, Model.Scenarios.ScenarioDefinition? scenario = null)
    {
        var table = yearly.Values.Where(kv => kv.Key.Year != MetricKey.Horizon);
        var rows = new List<SummaryRow>();
        foreach (var (key, values) in table)
        {
            var d = Description.Of(values);
            var def = MetricCatalogue.Get(key.Metric);
            rows.Add(new SummaryRow(def.Name, key.Year, MetricCatalogue.RegionLabel(key.Region), MetricCatalogue.SectorLabel(key.Sector),
                d.N, d.Mean, d.Sd, d.Ci95Low, d.Ci95High, d.P025, d.P975)
            {
                Destination = def.DestinationLabel,
                Aggregate = def.IsAggregate(key.Region, key.Sector),
                Spread = scenario is null ? Analysis.Comparison.VarianceDecomposition.None : Uncertainty.ParametricSpread.Of(scenario, values),
            });
        }
        return rows;
    }
}
