using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Analysis.Comparison;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Compares scenarios with a baseline under common random numbers: every scenario runs with the baseline's seed and
/// replication count, so replication r of each shares its random streams, and the difference is estimated pair by pair
/// (paired t). Writes, atomically into one folder: comparison.csv (per scenario, metric and year: both means, the
/// difference with its 95% CI and the relative change; a window that never closed counts as closing the year after the
/// horizon; with parameter uncertainty every scenario samples the baseline's ensemble with the same members per replication), comparison-horizon.csv (the same over the whole horizon, without the year column, so that comparison.csv's
/// year is always an integer), comparison.json, datapackage.json (a Frictionless Data Package of every CSV and Parquet file), and each run's own
/// results under runs/scenario=&lt;name&gt;/ (Hive-style, see <see cref="RunFolder"/>).
/// </summary>
public sealed class ComparisonRunner(IGrainFactory grains, int silos)
{
    /// <summary>Attempts per replication when a silo fails under it (real clusters; 1 in the embedded one).</summary>
    public int MaxAttempts { get; init; } = 1;

    /// <summary>Receives a line for each replication restarted after a failure.</summary>
    public Action<string>? Log { get; init; }

    public const string Header = "scenario,metric,year,region,destination,sector,aggregate,n,baseline_mean,scenario_mean,difference,ci95_low,ci95_high,relative_change,sd_stochastic,sd_parametric,share_parametric,seed,program_version";

    /// <summary>comparison-horizon.csv's header: comparison.csv's without the year.</summary>
    public const string HorizonHeader = "scenario,metric,region,destination,sector,aggregate,n,baseline_mean,scenario_mean,difference,ci95_low,ci95_high,relative_change,sd_stochastic,sd_parametric,share_parametric,seed,program_version";

    public const string File = "comparison.csv", HorizonFile = "comparison-horizon.csv";

    /// <summary>The folder of one scenario's own results, relative to the comparison's folder: Hive-style
    /// (<c>runs/scenario=&lt;name&gt;</c>), so that <c>read_parquet('&lt;out&gt;/**/*.parquet', hive_partitioning = true)</c>
    /// combines the runs with the scenario as a column.</summary>
    public static string RunFolder(string name) => Path.Combine("runs", "scenario=" + name);

    public async Task<IReadOnlyList<string>> RunAsync(ScenarioDefinition baseline, IReadOnlyList<ScenarioDefinition> scenarios, string outDir,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancel = default)
    {
        var started = DateTimeOffset.UtcNow;
        var names = UniqueNames([baseline, .. scenarios]);
        var all = new[] { baseline }.Concat(scenarios.Select(s => s with { Seed = baseline.Seed, Replications = baseline.Replications, Uncertainty = baseline.Uncertainty })).ToArray();
        await OutputFolder.WriteAsync(outDir, async folder =>
        {
            var yearly = new YearlyValues[all.Length];
            for (int i = 0; i < all.Length; i++)
            {
                string runFolder = Path.Combine(folder, RunFolder(names[i]));
                Directory.CreateDirectory(runFolder);
                RunResult run;
                await using (var metrics = await MetricsFiles.CreateAsync(runFolder, all[i], names[i]))
                {
                    run = await new ScenarioRunner(grains) { MaxAttempts = MaxAttempts, Log = Log }.RunAsync(all[i], silos, metrics, null, cancel);
                    await metrics.CompleteAsync(all[i].Replications);
                }
                yearly[i] = run.Yearly;
                await ResultWriter.WriteAsync(run, runFolder);
                progress?.Report(new ExperimentProgress(i + 1, all.Length));
            }
            await WriteComparisonAsync(folder, baseline, names, yearly);
            var json = new
            {
                baseline = names[0],
                scenarios = names.Skip(1).ToArray(),
                replications = baseline.Replications,
                seed = baseline.Seed,
                program_version = ProgramInfo.Version,
                content_hashes = all.Select((s, i) => new { scenario = names[i], hash = s.ContentHash }).ToArray(),
                parameter_uncertainty = ResultWriter.UncertaintyJson(baseline),
            };
            await System.IO.File.WriteAllTextAsync(Path.Combine(folder, "comparison.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n");
            await DataPackage.WriteAsync(folder, new PackageProvenance("compare", baseline, baseline.Replications, started, all.Select((s, i) => (names[i], s)).ToArray()),
                yearly.SelectMany(DataPackage.MetricNames));
        }, cancel);
        return names;
    }

    private static async Task WriteComparisonAsync(string folder, ScenarioDefinition baseline, IReadOnlyList<string> names, YearlyValues[] yearly)
    {
        await using var byYear = CsvOut.Create(Path.Combine(folder, File));
        await using var horizon = CsvOut.Create(Path.Combine(folder, HorizonFile));
        byYear.Row(Header.Split(','));
        horizon.Row(HorizonHeader.Split(','));
        string seed = baseline.Seed.ToString(CultureInfo.InvariantCulture);
        for (int s = 1; s < yearly.Length; s++)
        {
            foreach (var (key, baseValues) in yearly[0].Values)
            {
                var scenarioValues = yearly[s].Get(key);
                if (scenarioValues is null) continue;
                var (b, x) = key.Metric == MetricCatalogue.WindowClosingYear
                    ? (Censored(baseValues, baseline.EndYear), Censored(scenarioValues, baseline.EndYear))
                    : (baseValues, scenarioValues);
                var c = PairedComparison.Compare(b, x);
                var def = MetricCatalogue.Get(key.Metric);
                string[] head = key.Year == MetricKey.Horizon
                    ? [names[s], def.Name]
                    : [names[s], def.Name, key.Year.ToString(CultureInfo.InvariantCulture)];
                (key.Year == MetricKey.Horizon ? horizon : byYear).Row([.. head,
                    MetricCatalogue.RegionLabel(key.Region), def.DestinationLabel, MetricCatalogue.SectorLabel(key.Sector),
                    CsvOut.Bool(def.IsAggregate(key.Region, key.Sector)), c.N.ToString(CultureInfo.InvariantCulture),
                    ResultWriter.Number(c.BaselineMean), ResultWriter.Number(c.ScenarioMean), ResultWriter.Number(c.MeanDifference),
                    ResultWriter.Number(c.DifferenceInterval.Lower), ResultWriter.Number(c.DifferenceInterval.Upper),
                    ResultWriter.Number(key.Metric == MetricCatalogue.WindowClosingYear ? double.NaN : c.RelativeChange),
                    .. Uncertainty.ParametricSpread.Fields(Uncertainty.ParametricSpread.OfDifferences(baseline, b, x)), seed, ProgramInfo.Version]);
            }
        }
    }

    /// <summary>A window that never closed counts as closing the year after the horizon (right-censored), so every
    /// replication enters the comparison.</summary>
    private static double[] Censored(double[] closingYears, int endYear) => closingYears.Select(y => double.IsNaN(y) ? endYear + 1 : y).ToArray();

    private static string[] UniqueNames(IReadOnlyList<ScenarioDefinition> scenarios)
    {
        // The second scenario named "x" becomes "x-2", the third "x-3", ...
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return scenarios.Select(s =>
        {
            int n = seen[s.Name] = seen.GetValueOrDefault(s.Name) + 1;
            return n == 1 ? s.Name : $"{s.Name}-{n}";
        }).ToArray();
    }
}
