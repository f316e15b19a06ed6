using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
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
    public static IReadOnlyList<SummaryRow> Build(RunResult run)
    {
        // key -> per-replication yearly value
        var table = new SortedDictionary<(int Metric, int Year, int Region, int Sector), double[]>();
        int reps = run.Replications.Count;
        foreach (var rep in run.Replications)
        {
            foreach (var tick in rep.Ticks)
            {
                var b = tick.Metrics;
                for (int i = 0; i < b.Count; i++)
                {
                    var def = MetricCatalogue.Get(b.Metric[i]);
                    var key = (b.Metric[i], tick.Year, b.Region[i], b.Sector[i]);
                    if (!table.TryGetValue(key, out var values))
                    {
                        values = new double[reps];
                        Array.Fill(values, def.Kind == MetricKind.Flow ? 0 : double.NaN);
                        table[key] = values;
                    }
                    values[rep.Replication] = def.Kind == MetricKind.Flow ? values[rep.Replication] + b.Value[i] : b.Value[i];
                }
            }
        }

        var rows = new List<SummaryRow>(table.Count);
        foreach (var (key, values) in table)
        {
            var present = values.Where(v => !double.IsNaN(v)).ToArray();
            var def = MetricCatalogue.Get(key.Metric);
            string region = MetricCatalogue.RegionLabel(key.Region), sector = MetricCatalogue.SectorLabel(key.Sector);
            if (present.Length == 0)
            {
                rows.Add(new SummaryRow(def.Name, key.Year, region, sector, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
                continue;
            }
            double mean = present.Mean();
            double sd = present.Length > 1 ? present.StandardDeviation() : 0;
            double half = present.Length > 1 ? StudentT.InvCDF(0, 1, present.Length - 1, 0.975) * sd / Math.Sqrt(present.Length) : 0;
            rows.Add(new SummaryRow(def.Name, key.Year, region, sector, present.Length, mean, sd, mean - half, mean + half,
                present.Quantile(0.025), present.Quantile(0.975)));
        }
        return rows;
    }
}
