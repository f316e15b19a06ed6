using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Runs a scenario at every point of a parameter grid, with the same seed at every point (common random numbers).
/// Points run concurrently on the cluster and stream to a work folder (<c>&lt;out&gt;.partial</c>) as they finish;
/// an interrupted sweep resumes from it, running only the missing points. When all points are done, sweep.csv,
/// sweep.parquet and sweep.json are written atomically into &lt;out&gt; and the work folder is removed, so the output is
/// the same whether the sweep ran straight through or was resumed.
/// </summary>
public sealed class SweepRunner(IGrainFactory grains, int silos)
{
    public int PointConcurrency { get; init; } = Math.Max(2, silos * 2);

    public static string WorkFolder(string outDir) => Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar) + ".partial";

    public async Task<int> RunAsync(ScenarioDefinition scenario, ParameterGrid grid, string outDir, bool resume,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancel = default)
    {
        var manifest = new
        {
            kind = "sweep",
            scenario = scenario.Name,
            content_hash = scenario.ContentHash,
            seed = scenario.Seed,
            replications = scenario.Replications,
            axes = grid.Axes.Select(a => new { parameter = a.Parameter, values = a.Values }).ToArray(),
            program_version = ProgramInfo.Version,
        };
        var store = PointStore.Open(WorkFolder(outDir), manifest, resume);
        int total = grid.Points.Count;
        int done = Enumerable.Range(0, total).Count(store.Has);
        progress?.Report(new ExperimentProgress(done, total));
        var pending = Enumerable.Range(0, total).Where(i => !store.Has(i)).ToArray();

        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = PointConcurrency, CancellationToken = cancel },
            async (point, ct) =>
            {
                var s = PointScenario(scenario, grid, point);
                var run = await new ScenarioRunner(grains) { Concurrency = s.Replications }.RunAsync(s, silos, null, ct);
                store.Write(point, HorizonRows.Of(run));
                progress?.Report(new ExperimentProgress(Interlocked.Increment(ref done), total));
            });

        await OutputFolder.WriteAsync(outDir, folder => WriteOutputsAsync(folder, scenario, grid, store));
        store.Delete();
        return pending.Length;
    }

    public static ScenarioDefinition PointScenario(ScenarioDefinition scenario, ParameterGrid grid, int point) =>
        scenario with
        {
            Parameters = scenario.Parameters.With(grid.Axes.Select((a, i) => new KeyValuePair<string, double>(a.Parameter, grid.Points[point][i]))),
        };

    private static async Task WriteOutputsAsync(string folder, ScenarioDefinition scenario, ParameterGrid grid, PointStore store)
    {
        var stamp = Stamp.For(scenario);
        string seed = scenario.Seed.ToString(CultureInfo.InvariantCulture);
        var csv = new StringBuilder();
        csv.Append("point,").Append(string.Join(',', grid.Axes.Select(a => a.Parameter))).Append(',').Append(HorizonRows.Header).Append(",seed,program_version\n");
        var pointCol = new List<int>(); var valueCols = grid.Axes.Select(_ => new List<double>()).ToArray();
        var metric = new List<string>(); var region = new List<string>(); var sector = new List<string>();
        var n = new List<int>(); var mean = new List<double>(); var sd = new List<double>(); var lo = new List<double>(); var hi = new List<double>();
        for (int p = 0; p < grid.Points.Count; p++)
        {
            string prefix = p.ToString(CultureInfo.InvariantCulture) + "," + string.Join(',', grid.Points[p].Select(ResultWriter.Number)) + ",";
            foreach (var line in store.Read(p))
            {
                if (line.Length == 0) continue;
                csv.Append(prefix).Append(line).Append(',').Append(seed).Append(',').Append(ProgramInfo.Version).Append('\n');
                var f = line.Split(',');
                pointCol.Add(p);
                for (int a = 0; a < valueCols.Length; a++) valueCols[a].Add(grid.Points[p][a]);
                metric.Add(f[0]); region.Add(f[1]); sector.Add(f[2]);
                n.Add(int.Parse(f[3], CultureInfo.InvariantCulture));
                mean.Add(Parse(f[4])); sd.Add(Parse(f[5])); lo.Add(Parse(f[6])); hi.Add(Parse(f[7]));
            }
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "sweep.csv"), csv.ToString(), new UTF8Encoding(false));

        var table = new ParquetTable().Add("point", pointCol.ToArray());
        for (int a = 0; a < valueCols.Length; a++) table.Add(grid.Axes[a].Parameter, valueCols[a].ToArray());
        await table.Add("metric", metric.ToArray()).Add("region", region.ToArray()).Add("sector", sector.ToArray())
            .Add("n", n.ToArray()).Add("mean", mean.ToArray()).Add("sd", sd.ToArray()).Add("ci95_low", lo.ToArray()).Add("ci95_high", hi.ToArray())
            .WriteAsync(Path.Combine(folder, "sweep.parquet"), stamp);

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
            program_version = ProgramInfo.Version,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "sweep.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static double Parse(string s) => s == "NA" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
}
