using NordicChina.Sim.Model.Metrics;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// Yearly values per replication (flows summed over the year's ticks, stocks at the year's last tick, final
/// metrics as written) and their distribution across replications: mean, standard deviation, the 95%
/// confidence interval of the mean (Student t) and the 2.5-97.5% range of replications. NA values are
/// left out and N says how many replications count; a window of opportunity still open at the end counts as closing
/// the year after (<see cref="Analysis.Statistics.ClosingYears"/>).
/// </summary>
public static class Summary
{
    public static IReadOnlyList<SummaryRow> Build(RunResult run) => Build(run.Yearly, run.Scenario);

    public static IReadOnlyList<SummaryRow> Build(YearlyValues yearly, Model.Scenarios.ScenarioDefinition? scenario = null)
    {
        var table = yearly.Values.Where(kv => kv.Key.Year != MetricKey.Horizon);
        var rows = new List<SummaryRow>();
        foreach (var (key, raw) in table)
        {
            var def = MetricCatalogue.Get(key.Metric);
            // The closing year is written at the last year: a window still open counts as closing the year after (ClosingYears).
            var values = key.Metric == MetricCatalogue.WindowClosingYear ? Analysis.Statistics.ClosingYears.Censor(raw, key.Year) : raw;
            var d = Description.Of(values);
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
