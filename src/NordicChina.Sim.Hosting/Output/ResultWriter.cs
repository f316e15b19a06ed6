using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// Writes a run's summary.csv and run.json into a folder (its metrics.csv and metrics.parquet stream out through
/// <see cref="MetricsFiles"/>); numbers in invariant culture with round-trip precision, so the same run gives the same bytes.
/// </summary>
public static class ResultWriter
{
    public const string MetricsFile = "metrics.csv";
    public const string SummaryFile = "summary.csv";
    public const string RunFile = "run.json";
    public const string MetricsParquetFile = "metrics.parquet";

    /// <summary>summary.csv's columns, in order.</summary>
    public static readonly string[] SummaryColumns = ["metric", "year", "region", "destination", "sector", "aggregate", "n", "mean", "sd", "ci95_low", "ci95_high",
        "p2_5", "p97_5", "sd_stochastic", "sd_parametric", "share_parametric", "seed", "program_version"];

    /// <summary>Writes summary.csv and run.json; metrics.csv and metrics.parquet are written by a <see cref="MetricsFiles"/>
    /// sink while the run goes on.</summary>
    public static async Task WriteAsync(RunResult run, string folder)
    {
        await WriteSummaryAsync(Summary.Build(run), Path.Combine(folder, SummaryFile), run.Scenario.Seed);
        await File.WriteAllTextAsync(Path.Combine(folder, RunFile), RunJson(run), new UTF8Encoding(false));
        await ClosingYearTable.WriteAsync(run, folder);
    }

    /// <summary>A double as written in CSV (see <see cref="CsvOut.Number"/>): empty when missing (NaN).</summary>
    public static string Number(double v) => CsvOut.Number(v);

    private static async Task WriteSummaryAsync(IReadOnlyList<SummaryRow> rows, string path, ulong seed)
    {
        await using var w = CsvOut.Create(path);
        w.Row(SummaryColumns);
        foreach (var r in rows)
        {
            using var row = w.NewRow();
            CsvOut.Set(row, 0, r.Metric); CsvOut.Set(row, 1, r.Year); CsvOut.Set(row, 2, r.Region); CsvOut.Set(row, 3, r.Destination); CsvOut.Set(row, 4, r.Sector);
            CsvOut.Set(row, 5, CsvOut.Bool(r.Aggregate)); CsvOut.Set(row, 6, r.N);
            CsvOut.Set(row, 7, r.Mean); CsvOut.Set(row, 8, r.Sd); CsvOut.Set(row, 9, r.Ci95Low); CsvOut.Set(row, 10, r.Ci95High); CsvOut.Set(row, 11, r.P025); CsvOut.Set(row, 12, r.P975);
            CsvOut.Set(row, 13, r.Spread.SdStochastic); CsvOut.Set(row, 14, r.Spread.SdParametric); CsvOut.Set(row, 15, r.Spread.ShareParametric);
            CsvOut.Set(row, 16, seed); CsvOut.Set(row, 17, ProgramInfo.Version);
        }
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
            parameter_uncertainty = UncertaintyJson(s),
            window_threshold = s.Parameters["window.threshold"],
            heavy_sectors = Sectors.All.Where(x => x.HeavyIndustry).Select(x => x.Code).ToArray(),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>The ensemble a run with parameter uncertainty used ("shipped" or the file's path, its SHA-256), which
    /// parameters it set, those the scenario kept, and the member of each replication; null without.</summary>
    public static object? UncertaintyJson(Model.Scenarios.ScenarioDefinition s) => s.Uncertainty is not { } u ? null : new
    {
        ensemble = u.Source,
        sha256 = u.Sha256,
        members = u.Members,
        parameters = u.Names.ToArray(),
        kept_from_scenario = u.Names.Where(s.ExplicitParameters.Contains).ToArray(),
        member_by_replication = Enumerable.Range(0, s.Replications).Select(r => u.MemberFor(s.Seed, r)).ToArray(),
    };
}
