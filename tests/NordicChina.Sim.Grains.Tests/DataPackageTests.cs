using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Scenarios;
using Parquet;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Every results folder of run, compare, sweep, sensitivity and calibrate holds a datapackage.json that follows
/// the Frictionless Data Package v1 and Table Schema rules and describes its CSV and Parquet files exactly.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class DataPackageTests(ClusterFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-datapackage-");
    public void Dispose() => _dir.Delete(true);
    private string Out(string name) => Path.Combine(_dir.FullName, name);

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex NamePattern();

    private static readonly string[] FieldTypes = ["integer", "number", "string", "boolean"];

    [Fact]
    public async Task Every_results_folder_of_the_five_commands_holds_a_valid_data_package_describing_its_files()
    {
        var s = TestScenarios.Small(years: 2, replications: 2, scale: 0.1, seed: 410);

        // run: what RunCommand does, on the shared cluster.
        await OutputFolder.WriteAsync(Out("run"), async folder =>
        {
            var started = DateTimeOffset.UtcNow;
            RunResult run;
            await using (var metrics = await MetricsFiles.CreateAsync(folder, s))
            {
                run = await new ScenarioRunner(fixture.Grains).RunAsync(s, ClusterFixture.Silos, metrics, null, CancellationToken.None);
                await metrics.CompleteAsync(s.Replications);
            }
            await ResultWriter.WriteAsync(run, folder);
            await DataPackage.WriteRunAsync(folder, run, started);
        });

        var other = s with { Name = "other", Parameters = s.Parameters.With([new("outbound.hazard.manufacturer", 0.06)]) };
        await new ComparisonRunner(fixture.Grains, ClusterFixture.Silos).RunAsync(s, [other], Out("compare"));

        var one = s with { Replications = 1 };
        await new SweepRunner(fixture.Grains, ClusterFixture.Silos).RunAsync(one, ParameterGrid.Parse(["outbound.hazard.manufacturer=0.02:0.04:0.02"]), Out("sweep"), resume: false);

        await new SensitivityRunner(fixture.Grains, ClusterFixture.Silos) { BootstrapSamples = 50 }.RunAsync(one, SensitivityMethod.Morris, 2,
            SensitivityRunner.Ranges(["outbound.hazard.manufacturer"]), [OutputSpec.Parse("fdi.total.deals")], Out("sensitivity"), resume: false);

        var targets = new CalibrationTargets("tiny", null, 1, 3, [new FittedParameter("outbound.hazard.manufacturer", 0.01, 0.1)],
            [new TargetMoment("deals, \"all\"", "fdi.total.deals", "all", "all", 2020, 2021, null, null, 5, 1)]);
        await new Calibrator(fixture.Grains, ClusterFixture.Silos).RunAsync(one, Path.Combine(TestScenarios.RepoRoot, "scenarios", "baseline.yaml"), targets, Out("calibrate"));

        var expected = new Dictionary<string, string[]>
        {
            ["run"] = ["metrics.csv", "metrics.parquet", "summary.csv", "window.csv"],
            ["compare"] = ["comparison.csv", "comparison-horizon.csv", "runs/scenario=baseline/metrics.csv", "runs/scenario=baseline/metrics.parquet",
                "runs/scenario=baseline/summary.csv", "runs/scenario=baseline/window.csv", "runs/scenario=other/metrics.csv", "runs/scenario=other/metrics.parquet",
                "runs/scenario=other/summary.csv", "runs/scenario=other/window.csv"],
            ["sweep"] = ["sweep.csv", "sweep.parquet"],
            ["sensitivity"] = ["point-outputs.csv", "points.csv", "sensitivity.csv"],
            ["calibrate"] = ["calibration-trace.csv", "calibration.csv"],
        };
        foreach (var (command, files) in expected)
            await CheckPackage(Out(command), command, files);
    }

    private static async Task CheckPackage(string folder, string command, string[] dataFiles)
    {
        string where = command + "/" + DataPackage.File;
        Assert.True(File.Exists(Path.Combine(folder, DataPackage.File)), $"{where} missing");
        Assert.Contains(DataPackage.File, File.ReadAllLines(Path.Combine(folder, OutputFolder.Marker)));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, DataPackage.File)));
        var p = doc.RootElement;

        // Data Package: profile, name, created, resources; provenance and metrics (nordicsim's properties).
        Assert.Contains(p.GetProperty("profile").GetString(), new[] { "data-package", "tabular-data-package" });
        Assert.Matches(NamePattern(), p.GetProperty("name").GetString()!);
        Assert.True(DateTimeOffset.TryParse(p.GetProperty("created").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _), $"{where}: created");
        var prov = p.GetProperty("provenance");
        Assert.Equal(ProgramInfo.Version, prov.GetProperty("program_version").GetString());
        Assert.Contains("+", ProgramInfo.Version);
        Assert.Equal(command, prov.GetProperty("command").GetString());
        Assert.True(prov.GetProperty("command_line").GetArrayLength() > 0);
        Assert.Equal("baseline", prov.GetProperty("scenario").GetString());
        Assert.Equal(64, prov.GetProperty("content_hash").GetString()!.Length);
        Assert.Equal(410UL, prov.GetProperty("seed").GetUInt64());
        Assert.True(prov.GetProperty("replications").GetInt32() >= 1);
        Assert.Equal(0.1, prov.GetProperty("parameter_overrides").GetProperty("population.scale").GetDouble());
        var started = DateTimeOffset.Parse(prov.GetProperty("started_utc").GetString()!, CultureInfo.InvariantCulture);
        var finished = DateTimeOffset.Parse(prov.GetProperty("finished_utc").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(started <= finished, $"{where}: started {started} after finished {finished}");
        Assert.EndsWith("Z", prov.GetProperty("started_utc").GetString());
        if (command == "compare") Assert.Equal(["baseline", "other"], prov.GetProperty("scenarios").EnumerateArray().Select(x => x.GetProperty("name").GetString()));

        var metrics = new Dictionary<string, JsonElement>();
        foreach (var m in p.GetProperty("metrics").EnumerateArray())
        {
            string name = m.GetProperty("name").GetString()!;
            Assert.True(MetricCatalogue.TryGetNamed(name, out var def), $"{where}: unknown metric {name}");
            Assert.Equal(def.Unit, m.GetProperty("unit").GetString());
            Assert.Equal(def.Total.ToString().ToLowerInvariant(), m.GetProperty("aggregate").GetString());
            Assert.Contains(m.GetProperty("aggregate").GetString(), new[] { "none", "sum", "mean", "derived" });
            Assert.Contains(m.GetProperty("kind").GetString(), new[] { "flow", "stock", "final" });
            Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("description").GetString()));
            metrics.Add(name, m);
        }
        Assert.NotEmpty(metrics);

        // Resources: one per CSV and Parquet file, each path relative and existing.
        var resources = p.GetProperty("resources").EnumerateArray().ToArray();
        Assert.Equal(dataFiles.Order(StringComparer.Ordinal), resources.Select(r => r.GetProperty("path").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(resources.Length, resources.Select(r => r.GetProperty("name").GetString()).Distinct().Count());
        foreach (var r in resources)
        {
            string path = r.GetProperty("path").GetString()!;
            string at = $"{command}/{path}";
            Assert.Matches(NamePattern(), r.GetProperty("name").GetString()!);
            Assert.False(path.StartsWith('/') || path.Contains('\\') || path.Split('/').Contains(".."), $"{at}: path not relative");
            string file = Path.Combine(folder, path);
            Assert.True(File.Exists(file), $"{at} does not exist");
            var schema = r.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray().ToArray();
            var names = fields.Select(f => f.GetProperty("name").GetString()!).ToArray();
            Assert.NotEmpty(names);
            Assert.Equal(names.Length, names.Distinct().Count());
            foreach (var f in fields)
            {
                Assert.Contains(f.GetProperty("type").GetString(), FieldTypes);
                Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString()), $"{at}: {f.GetProperty("name")} has no description");
                Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("unit").GetString()), $"{at}: {f.GetProperty("name")} has no unit");
            }
            var key = schema.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()!).ToArray();
            Assert.NotEmpty(key);
            Assert.All(key, k => Assert.Contains(k, names));

            string format = r.GetProperty("format").GetString()!;
            if (format == "parquet")
            {
                Assert.Equal("application/vnd.apache.parquet", r.GetProperty("mediatype").GetString());
                await using var stream = File.OpenRead(file);
                await using var reader = await ParquetReader.CreateAsync(stream);
                Assert.Equal(reader.Schema.GetDataFields().Select(f => f.Name), names);
                Assert.Contains("scenario", names);   // every Parquet file says which scenario its rows are from
                continue;
            }

            Assert.Equal("csv", format);
            Assert.Equal("text/csv", r.GetProperty("mediatype").GetString());
            Assert.Equal("utf-8", r.GetProperty("encoding").GetString());
            var dialect = r.GetProperty("dialect");
            Assert.Equal(",", dialect.GetProperty("delimiter").GetString());
            Assert.Equal("\n", dialect.GetProperty("lineTerminator").GetString());
            Assert.Equal("\"", dialect.GetProperty("quoteChar").GetString());
            Assert.True(dialect.GetProperty("header").GetBoolean());
            Assert.Contains("", schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));

            // The schema's fields are the header in order; every value parses as its field's type (empty = missing).
            var rows = CsvOut.ReadFile(file);
            Assert.Equal(names, rows[0]);
            Assert.True(rows.Count > 1, $"{at} has no rows");
            var types = fields.Select(f => f.GetProperty("type").GetString()!).ToArray();
            var keyIndex = key.Select(k => Array.IndexOf(names, k)).ToArray();
            var keys = new HashSet<string>();
            int metricCol = Array.IndexOf(names, "metric");
            // Tidy identifiers: where rows name a metric, the region, destination and sector are columns of their own.
            if (metricCol >= 0 && (path.EndsWith("metrics.csv") || path.EndsWith("summary.csv") || path.StartsWith("comparison") || path == "sweep.csv"))
            {
                Assert.Contains("destination", names);
                Assert.Contains("aggregate", names);
                Assert.Equal("boolean", types[Array.IndexOf(names, "aggregate")]);
                Assert.Contains("destination", key);
            }
            foreach (var row in rows.Skip(1))
            {
                Assert.Equal(names.Length, row.Length);
                for (int i = 0; i < row.Length; i++)
                    Assert.True(Parses(row[i], types[i]), $"{at}: '{row[i]}' in {names[i]} is not {types[i]}");
                Assert.True(keys.Add(string.Join("\u0001", keyIndex.Select(i => row[i]))), $"{at}: primary key repeated: {string.Join(",", keyIndex.Select(i => row[i]))}");
                if (metricCol >= 0) Assert.True(metrics.ContainsKey(row[metricCol]), $"{at}: metric {row[metricCol]} is not in the package's metrics");
            }
        }
    }

    private static bool Parses(string value, string type) => value.Length == 0 || type switch
    {
        "integer" => BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsNaN(d),
        "boolean" => value is "true" or "false",
        "string" => true,
        _ => false,
    };
}
