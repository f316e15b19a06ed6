using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Analysis.Comparison;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;

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

    /// <summary>comparison-window.csv's header (<see cref="WriteWindowAsync"/>): comparison-horizon.csv's with the window's years after the scenario.</summary>
    public const string WindowHeader = "scenario,from_year,until_year,metric,region,destination,sector,aggregate,n,baseline_mean,scenario_mean,difference,ci95_low,ci95_high,relative_change,sd_stochastic,sd_parametric,share_parametric,seed,program_version";

    public const string File = "comparison.csv", HorizonFile = "comparison-horizon.csv", WindowFile = "comparison-window.csv";

    /// <summary>Region groups whose rows (region = the group's name, aggregate) every comparison file adds.</summary>
    public IReadOnlyList<RegionGroup> Groups { get; init; } = [];

    /// <summary>Whether each run's per-tick metrics.csv and metrics.parquet are written (--output-level full).</summary>
    public bool WriteMetrics { get; init; } = true;

    /// <summary>The default output folder of a comparison: named after the baseline and every scenario compared
    /// (<c>results/compare-baseline-vs-wasp-doubled</c>), so that another comparison does not replace it; a long list
    /// is shortened with a hash of the names.</summary>
    public static string DefaultFolder(string baseline, IEnumerable<string> scenarios)
    {
        string name = $"compare-{baseline}-vs-{string.Join("-", scenarios)}";
        if (name.Length <= 120) return Path.Combine("results", name);
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12].ToLowerInvariant();
        return Path.Combine("results", name[..100] + "-" + hash);
    }

    /// <summary>With a window, comparison-window.csv is written too: the differences over those years.</summary>
    public (int From, int Until)? Window { get; init; }

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
                if (WriteMetrics)
                {
                    await using var metrics = await MetricsFiles.CreateAsync(runFolder, all[i], names[i]);
                    run = await new ScenarioRunner(grains) { MaxAttempts = MaxAttempts, Log = Log }.RunAsync(all[i], silos, metrics, null, cancel);
                    await metrics.CompleteAsync(all[i].Replications);
                }
                else run = await new ScenarioRunner(grains) { MaxAttempts = MaxAttempts, Log = Log }.RunAsync(all[i], silos, null, null, cancel);
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
                groups = Groups.Select(g => new { name = g.Name, regions = g.Members.Select(MetricCatalogue.RegionLabel).ToArray() }).ToArray(),
                window = Window is { } w ? new { from_year = w.From, until_year = w.Until } : null,
            };
            await System.IO.File.WriteAllTextAsync(Path.Combine(folder, "comparison.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n");
            await DataPackage.WriteAsync(folder, new PackageProvenance("compare", baseline, baseline.Replications, started, all.Select((s, i) => (names[i], s)).ToArray()),
                yearly.SelectMany(DataPackage.MetricNames));
        }, cancel);
        return names;
    }

    private async Task WriteComparisonAsync(string folder, ScenarioDefinition baseline, IReadOnlyList<string> names, YearlyValues[] yearly)
    {
        var grouped = yearly.Select(y => y.WithGroups(Groups)).ToArray();
        bool uncertain = baseline.Uncertainty is not null;
        await using (var byYear = CsvOut.Create(Path.Combine(folder, File)))
        await using (var horizon = CsvOut.Create(Path.Combine(folder, HorizonFile)))
        {
            byYear.Row(Header.Split(','));
            horizon.Row(HorizonHeader.Split(','));
            string seed = baseline.Seed.ToString(CultureInfo.InvariantCulture);
            for (int s = 1; s < grouped.Length; s++)
                foreach (var (key, baseValues) in grouped[0].Values)
                {
                    var scenarioValues = grouped[s].Get(key);
                    if (scenarioValues is null) continue;
                    var stats = Stats(key, baseValues, scenarioValues, baseline.EndYear, Groups, uncertain);
                    if (key.Year == MetricKey.Horizon) horizon.Row([names[s], stats[0], .. stats[1..], seed, ProgramInfo.Version]);
                    else byYear.Row([names[s], stats[0], key.Year.ToString(CultureInfo.InvariantCulture), .. stats[1..], seed, ProgramInfo.Version]);
                }
        }
        if (Window is { } w) await WriteWindowAsync(folder, names, yearly, Groups, w.From, w.Until, baseline.Seed, uncertain);
    }

    /// <summary>
    /// Writes comparison-window.csv: every scenario's paired difference from the baseline (the first of
    /// <paramref name="yearly"/>) over the years <paramref name="from"/>..<paramref name="until"/> (flows summed over
    /// those years, stocks at the end of <paramref name="until"/>, <see cref="YearlyValues.Window"/>), with the groups' rows.
    /// A window of opportunity not closed by <paramref name="until"/> counts as closing the year after it.
    /// </summary>
    public static async Task WriteWindowAsync(string folder, IReadOnlyList<string> names, IReadOnlyList<YearlyValues> yearly,
        IReadOnlyList<RegionGroup> groups, int from, int until, ulong seed, bool uncertain)
    {
        var windowed = yearly.Select(y => y.WithGroups(groups).Window(from, until)).ToArray();
        await using var csv = CsvOut.Create(Path.Combine(folder, WindowFile));
        csv.Row(WindowHeader.Split(','));
        string[] head = [from.ToString(CultureInfo.InvariantCulture), until.ToString(CultureInfo.InvariantCulture)];
        string seedText = seed.ToString(CultureInfo.InvariantCulture);
        for (int s = 1; s < windowed.Length; s++)
            foreach (var (key, baseValues) in windowed[0].Values)
            {
                if (key.Year != MetricKey.Horizon || windowed[s].Get(key) is not { } scenarioValues) continue;
                csv.Row([names[s], .. head, .. Stats(key, baseValues, scenarioValues, until, groups, uncertain), seedText, ProgramInfo.Version]);
            }
    }

    /// <summary>The region column's value: a region's code, all, or a group's name.</summary>
    public static string RegionLabel(int region, IReadOnlyList<RegionGroup> groups) =>
        region >= YearlyValues.GroupRegion ? groups[region - YearlyValues.GroupRegion].Name : MetricCatalogue.RegionLabel(region);

    /// <summary>The fields of one comparison row from the metric on (without the year): metric, region, destination,
    /// sector, aggregate (true for a group's row), n, both means, the difference with its 95% CI, the relative change
    /// and the spread's parts. A window not closed by <paramref name="censorYear"/> counts as closing the year after.</summary>
    private static string[] Stats(MetricKey key, double[] baseValues, double[] scenarioValues, int censorYear, IReadOnlyList<RegionGroup> groups, bool uncertain)
    {
        bool closing = key.Metric == MetricCatalogue.WindowClosingYear;
        var (b, x) = closing ? (Censored(baseValues, censorYear), Censored(scenarioValues, censorYear)) : (baseValues, scenarioValues);
        var c = PairedComparison.Compare(b, x);
        var def = MetricCatalogue.Get(key.Metric);
        return [def.Name, RegionLabel(key.Region, groups), def.DestinationLabel, MetricCatalogue.SectorLabel(key.Sector),
            CsvOut.Bool(key.Region >= YearlyValues.GroupRegion || def.IsAggregate(key.Region, key.Sector)), c.N.ToString(CultureInfo.InvariantCulture),
            ResultWriter.Number(c.BaselineMean), ResultWriter.Number(c.ScenarioMean), ResultWriter.Number(c.MeanDifference),
            ResultWriter.Number(c.DifferenceInterval.Lower), ResultWriter.Number(c.DifferenceInterval.Upper),
            ResultWriter.Number(def.HasRelativeChange ? c.RelativeChange : double.NaN),
            .. Uncertainty.ParametricSpread.Fields(uncertain ? Analysis.Comparison.VarianceDecomposition.OfDifferences(b, x) : Analysis.Comparison.VarianceDecomposition.None)];
    }

    /// <summary>A window that never closed counts as closing the year after the horizon (right-censored), so every
    /// replication enters the comparison.</summary>
    private static double[] Censored(double[] closingYears, int endYear) => Analysis.Statistics.ClosingYears.Censor(closingYears, endYear);

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
