using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Scenarios;
using Parquet;
using Parquet.Schema;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Runs a scenario at every point of a parameter grid, with the same seed at every point (common random numbers).
/// Points run concurrently on the cluster and stream to a work folder (<c>&lt;out&gt;.partial</c>) as they finish;
/// an interrupted sweep resumes from it, running only the missing points. When all points are done, sweep.csv,
/// sweep.parquet, sweep.json and datapackage.json are written atomically into &lt;out&gt; and the work folder is removed, so the output is
/// the same whether the sweep ran straight through or was resumed.
/// </summary>
public sealed class SweepRunner(IGrainFactory grains, int silos)
{
    /// <summary>Attempts per replication when a silo fails under it (real clusters; 1 in the embedded one).</summary>
    public int MaxAttempts { get; init; } = 1;

    /// <summary>Receives a line for each replication restarted after a failure.</summary>
    public Action<string>? Log { get; init; }

    public int PointConcurrency { get; init; } = Math.Max(2, silos * 2);

    /// <summary>Region groups whose rows sweep.csv adds (sweep --group).</summary>
    public IReadOnlyList<Model.World.RegionGroup> Groups { get; init; } = [];

    public static string WorkFolder(string outDir) => Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar) + ".partial";

    public async Task<int> RunAsync(ScenarioDefinition scenario, ParameterGrid grid, string outDir, bool resume,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancel = default)
    {
        var started = DateTimeOffset.UtcNow;
        var manifest = new
        {
            kind = "sweep",
            scenario = scenario.Name,
            content_hash = scenario.ContentHash,
            seed = scenario.Seed,
            replications = scenario.Replications,
            parameter_uncertainty = scenario.Uncertainty is { } u ? new { ensemble = u.Source, sha256 = u.Sha256 } : null,
            axes = grid.Axes.Select(a => new { parameter = a.Parameter, values = a.Values }).ToArray(),
            program_version = ProgramInfo.Version,
            groups = Groups.Select(g => g.Name).ToArray(),
        };
        for (int i = 0; i < grid.Points.Count; i++)
            if (Scenarios.ScenarioLoader.CheckSize(PointScenario(scenario, grid, i)) is { } problem)
                throw new ExperimentInputException($"grid point {i} ({string.Join(", ", grid.Axes.Select((a, k) => $"{a.Parameter}={grid.Points[i][k]:G}"))}): {problem}");
        var store = PointStore.Open(WorkFolder(outDir), manifest, resume);
        int ran = await store.RunMissingAsync(grid.Points.Count, PointConcurrency, async (point, ct) =>
        {
            var s = PointScenario(scenario, grid, point);
            return HorizonRows.Of(await new ScenarioRunner(grains) { MaxAttempts = MaxAttempts, Log = Log, Concurrency = s.Replications }.RunAsync(s, silos, null, ct), Groups);
        }, progress, cancel, CheckPointLine, Log);

        await OutputFolder.WriteAsync(outDir, async folder =>
        {
            var metricNames = await WriteOutputsAsync(folder, scenario, grid, store);
            await DataPackage.WriteAsync(folder, new PackageProvenance("sweep", scenario, scenario.Replications, started,
                Experiment: new { axes = grid.Axes.Select(a => new { parameter = a.Parameter, values = a.Values }).ToArray(), points = grid.Points.Count }), metricNames);
        }, cancel);
        store.Delete();
        return ran;
    }

    /// <summary>Null when a point file's line is a <see cref="HorizonRows"/> row; otherwise what is wrong with it.</summary>
    internal static string? CheckPointLine(string[] f)
    {
        if (f.Length != HorizonRows.Columns.Length) return $"{f.Length} field(s) where a point row has {HorizonRows.Columns.Length} ({HorizonRows.Header})";
        if (f[0].Length == 0) return "no metric name";
        if (f[HorizonRows.NColumn - 1] is not ("true" or "false")) return $"aggregate '{f[HorizonRows.NColumn - 1]}' is not true or false";
        if (!int.TryParse(f[HorizonRows.NColumn], NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return $"n '{f[HorizonRows.NColumn]}' is not a whole number";
        for (int k = HorizonRows.NColumn + 1; k < f.Length; k++)
            if (!CsvOut.IsNumberOrMissing(f[k])) return $"'{f[k]}' is not a number";
        return null;
    }

    public static ScenarioDefinition PointScenario(ScenarioDefinition scenario, ParameterGrid grid, int point) =>
        LeverAxis.At(scenario, grid.Axes.Select(a => a.Parameter).ToArray(), grid.Points[point]);

    /// <summary>Assembles the outputs point by point, streaming: sweep.csv line by line and sweep.parquet one row group
    /// per point, so memory holds one point at a time whatever the grid's size. Returns the names of the metrics written.</summary>
    private static async Task<HashSet<string>> WriteOutputsAsync(string folder, ScenarioDefinition scenario, ParameterGrid grid, PointStore store)
    {
        string seed = scenario.Seed.ToString(CultureInfo.InvariantCulture);
        await using var csv = CsvOut.Create(Path.Combine(folder, "sweep.csv"));
        csv.Row([.. new[] { "point" }.Concat(grid.Axes.Select(a => a.Parameter)).Concat(HorizonRows.Columns).Concat(["seed", "program_version"])]);

        var axisFields = grid.Axes.Select(a => new DataField<double>(a.Parameter)).ToArray();
        var scenarioField = new DataField<string>("scenario");
        var pointField = new DataField<int>("point");
        var metricField = new DataField<string>("metric"); var regionField = new DataField<string>("region"); var sectorField = new DataField<string>("sector");
        var destinationField = new DataField<string>("destination"); // NULL for metrics without a destination
        var aggregateField = new DataField<bool>("aggregate");
        var nField = new DataField<int>("n");
        int stats = HorizonRows.NColumn + 1;
        var statFields = HorizonRows.Columns[stats..].Select(n => new DataField<double?>(n)).ToArray(); // NULL where undefined
        var schema = new ParquetSchema(new Field[] { scenarioField, pointField }.Concat(axisFields)
            .Concat([metricField, regionField, destinationField, sectorField, aggregateField, nField]).Concat(statFields).ToArray());
        await using var parquetStream = File.Create(Path.Combine(folder, "sweep.parquet"));
        await using var parquet = await ParquetWriter.CreateAsync(schema, parquetStream);
        parquet.CustomMetadata = Stamp.For(scenario);

        var metricNames = new HashSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < grid.Points.Count; p++)
        {
            string[] prefix = [p.ToString(CultureInfo.InvariantCulture), .. grid.Points[p].Select(ResultWriter.Number)];
            var rows = store.Read(p).Where(f => !(f.Length == 1 && f[0].Length == 0)).ToArray();
            foreach (var f in rows) metricNames.Add(f[0]);
            foreach (var f in rows)
                csv.Row([.. prefix, .. f, seed, ProgramInfo.Version]);

            using var group = parquet.CreateRowGroup();
            await group.WriteAsync(scenarioField, Enumerable.Repeat(scenario.Name, rows.Length).ToArray());
            await group.WriteAsync(pointField, new ReadOnlyMemory<int>(Enumerable.Repeat(p, rows.Length).ToArray()));
            for (int a = 0; a < axisFields.Length; a++)
                await group.WriteAsync(axisFields[a], new ReadOnlyMemory<double>(Enumerable.Repeat(grid.Points[p][a], rows.Length).ToArray()));
            await group.WriteAsync(metricField, rows.Select(f => f[0]).ToArray());
            await group.WriteAsync(regionField, rows.Select(f => f[1]).ToArray());
            await group.WriteAsync(destinationField, rows.Select(f => f[2].Length == 0 ? null! : f[2]).ToArray());
            await group.WriteAsync(sectorField, rows.Select(f => f[3]).ToArray());
            await group.WriteAsync(aggregateField, new ReadOnlyMemory<bool>(rows.Select(f => f[4] == "true").ToArray()));
            await group.WriteAsync(nField, new ReadOnlyMemory<int>(rows.Select(f => int.Parse(f[HorizonRows.NColumn], CultureInfo.InvariantCulture)).ToArray()));
            for (int k = 0; k < statFields.Length; k++)
                await group.WriteAsync<double>(statFields[k], new ReadOnlyMemory<double?>(rows.Select(f => Parse(f[stats + k])).ToArray()));
        }

        var json = new
        {
            kind = "sweep",
            scenario = scenario.Name,
            content_hash = scenario.ContentHash,
            seed = scenario.Seed,
            replications = scenario.Replications,
            parameters = grid.Axes.Select(a => a.Parameter).ToArray(),
            axes = grid.Axes.Select(a => new { parameter = a.Parameter, values = a.Values }).ToArray(),
            points = grid.Points.Count,
            parameter_overrides = scenario.Parameters.Overrides().ToDictionary(kv => kv.Key, kv => kv.Value),
            parameter_uncertainty = ResultWriter.UncertaintyJson(scenario),
            program_version = ProgramInfo.Version,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "sweep.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return metricNames;
    }

    private static double? Parse(string s) => s.Length == 0 ? null : CsvOut.ParseNumber(s);
}
