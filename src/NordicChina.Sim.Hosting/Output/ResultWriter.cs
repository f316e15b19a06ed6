using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// Writes a run's metrics.csv (tidy long format), summary.csv and run.json into a folder. Rows are written in
/// replication, tick, metric, region, sector order; numbers in invariant culture with round-trip precision,
/// so the same run gives the same bytes.
/// </summary>
public static class ResultWriter
{
    public const string MetricsFile = "metrics.csv";
    public const string SummaryFile = "summary.csv";
    public const string RunFile = "run.json";
    public const string MetricsParquetFile = "metrics.parquet";

    public static async Task WriteAsync(RunResult run, string folder, IReadOnlyList<SummaryRow> summary)
    {
        await WriteMetricsAsync(run, Path.Combine(folder, MetricsFile));
        await WriteMetricsParquetAsync(run, Path.Combine(folder, MetricsParquetFile));
        await WriteSummaryAsync(summary, Path.Combine(folder, SummaryFile), run.Scenario.Seed);
        await File.WriteAllTextAsync(Path.Combine(folder, RunFile), RunJson(run), new UTF8Encoding(false));
    }

    public static string Number(double v) => double.IsNaN(v) ? "NA" : v.ToString("R", CultureInfo.InvariantCulture);

    private static async Task WriteMetricsAsync(RunResult run, string path)
    {
        await using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.NewLine = "\n";
        await w.WriteLineAsync("replication,year,period,tick,region,sector,metric,value");
        var sb = new StringBuilder(256);
        foreach (var rep in run.Replications)
        {
            foreach (var tick in rep.Ticks)
            {
                var b = tick.Metrics;
                for (int i = 0; i < b.Count; i++)
                {
                    sb.Clear();
                    sb.Append(rep.Replication).Append(',').Append(tick.Year).Append(',').Append(tick.Period).Append(',').Append(tick.Tick).Append(',')
                      .Append(MetricCatalogue.RegionLabel(b.Region[i])).Append(',').Append(MetricCatalogue.SectorLabel(b.Sector[i])).Append(',')
                      .Append(MetricCatalogue.Get(b.Metric[i]).Name).Append(',').Append(Number(b.Value[i]));
                    await w.WriteLineAsync(sb.ToString());
                }
            }
        }
    }

    /// <summary>metrics.csv's rows as Parquet, stamped with seed, version and parameters, for R, Python or DuckDB.</summary>
    private static async Task WriteMetricsParquetAsync(RunResult run, string path)
    {
        int n = run.Replications.Sum(r => r.Ticks.Sum(t => t.Metrics.Count));
        var rep = new int[n]; var year = new int[n]; var period = new int[n]; var tick = new int[n];
        var region = new string[n]; var sector = new string[n]; var metric = new string[n]; var value = new double[n];
        int k = 0;
        foreach (var r in run.Replications)
            foreach (var t in r.Ticks)
            {
                var b = t.Metrics;
                for (int i = 0; i < b.Count; i++, k++)
                {
                    rep[k] = r.Replication; year[k] = t.Year; period[k] = t.Period; tick[k] = t.Tick;
                    region[k] = MetricCatalogue.RegionLabel(b.Region[i]); sector[k] = MetricCatalogue.SectorLabel(b.Sector[i]);
                    metric[k] = MetricCatalogue.Get(b.Metric[i]).Name; value[k] = b.Value[i];
                }
            }
        await new ParquetTable().Add("replication", rep).Add("year", year).Add("period", period).Add("tick", tick)
            .Add("region", region).Add("sector", sector).Add("metric", metric).Add("value", value)
            .WriteAsync(path, Stamp.For(run.Scenario));
    }

    private static async Task WriteSummaryAsync(IReadOnlyList<SummaryRow> rows, string path, ulong seed)
    {
        string stamp = "," + seed.ToString(CultureInfo.InvariantCulture) + "," + ProgramInfo.Version;
        await using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.NewLine = "\n";
        await w.WriteLineAsync("metric,year,region,sector,n,mean,sd,ci95_low,ci95_high,p2_5,p97_5,seed,program_version");
        foreach (var r in rows)
            await w.WriteLineAsync(string.Join(',', r.Metric, r.Year.ToString(CultureInfo.InvariantCulture), r.Region, r.Sector,
                r.N.ToString(CultureInfo.InvariantCulture), Number(r.Mean), Number(r.Sd), Number(r.Ci95Low), Number(r.Ci95High), Number(r.P025), Number(r.P975)) + stamp);
    }

    public static string RunJson(RunResult run)
    {
        var s = run.Scenario;
        var doc = new
        {
            scenario = s.Name,
            description = s.Description,
            content_hash = s.ContentHash,
            seed = s.Seed,
            replications = s.Replications,
            silos = run.Silos,
            mode = run.Mode,
            run_id = run.RunId,
            start_year = s.StartYear,
            end_year = s.EndYear,
            ticks_per_year = s.TicksPerYear,
            ticks = run.Ticks,
            agents = run.Agents,
            agent_steps = run.AgentSteps,
            wall_seconds = Math.Round(run.WallSeconds, 3),
            agent_steps_per_second = run.WallSeconds > 0 ? Math.Round(run.AgentSteps / run.WallSeconds) : 0,
            program_version = ProgramInfo.Version,
            regions = Regions.All.Select(r => r.Code).ToArray(),
            parameter_overrides = s.Parameters.Overrides().ToDictionary(kv => kv.Key, kv => kv.Value),
            policies = s.Policies.Select(p => new { lever = p.Lever, start = p.StartYear, end = p.EndYear, intensity = p.Intensity, regions = p.Regions }).ToArray(),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
