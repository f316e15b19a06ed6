using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>The outputs of run, compare, sweep, sensitivity (also --screening) and calibrate of a small scenario, written once.</summary>
public sealed class SmallOutputs : IAsyncLifetime
{
    public DirectoryInfo Dir { get; } = Directory.CreateTempSubdirectory("ncs-duckdb-");

    public async Task InitializeAsync()
    {
        string d = Dir.FullName;
        string two = Nordicsim.SmallScenario(d, name: "two", years: 2, replications: 2);
        string one = Nordicsim.SmallScenario(d, name: "one", years: 2, replications: 1);
        string targets = Path.Combine(d, "targets.yaml");
        File.WriteAllText(targets, """
            name: t
            replications: 2
            max_evaluations: 4
            parameters:
              - { name: outbound.hazard.manufacturer, low: 0.01, high: 0.1 }
            moments:
              - { name: "fdi, 2021 vs 2020", metric: fdi.total.value, region: europe, years: [2021, 2021], relative_to: [2020, 2020], target: 0.5 }
            """);
        string[][] commands =
        [
            ["run", two, "--out", "run"],
            ["run", one, "--out", "one"],
            ["compare", two, one, "--replications", "2", "--out", "cmp", "--no-report", "--until", "2020", "--group", "nordics"],
            ["sweep", two, "--vary", "outbound.hazard.manufacturer=0.02:0.04:0.02", "--out", "sw"],
            ["sensitivity", two, "--method", "morris", "--samples", "2", "--params", "outbound.hazard.manufacturer,catchup.rate.CN.heavy", "--out", "sens"],
            ["calibrate", two, "--targets", targets, "--out", "cal"],
            ["sensitivity", "--screening", one, "--trajectories", "2", "--replications", "1", "--targets", targets, "--out", "scr"],
        ];
        foreach (var c in commands)
        {
            var r = await Nordicsim.RunAsync(d, [.. c, "--quiet"]);
            if (r.ExitCode != 0) throw new InvalidOperationException($"nordicsim {c[0]} failed: {r.Output}");
        }
    }

    public Task DisposeAsync()
    {
        Dir.Delete(true);
        return Task.CompletedTask;
    }

    public string Path_(params string[] parts) => Path.Combine([Dir.FullName, .. parts]);
}

/// <summary>Every CSV and Parquet output loads typed in DuckDB with its default options (numbers as numbers,
/// missing values as NULL, never NaN), additive flows add up, and the README's DuckDB snippet runs.</summary>
public sealed class DuckDbOutputTests(SmallOutputs outputs) : IClassFixture<SmallOutputs>
{
    private static readonly HashSet<string> TextColumns =
        ["metric", "region", "destination", "sector", "scenario", "method", "output", "parameter", "index", "moment", "program_version",
            "group", "moved", "source", "unit", "description", "indicator"];
    private static readonly HashSet<string> IntegerColumns = ["replication", "year", "period", "tick", "n", "point", "seed", "evaluation",
        "rank", "members", "stage", "trajectory", "step", "from_year", "until_year"];
    private static readonly HashSet<string> BooleanColumns = ["important", "matters", "assumption", "aggregate"];
    private static readonly HashSet<string> IntegerTypes = ["TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "HUGEINT"];

    private static DuckDBConnection Open()
    {
        var c = new DuckDBConnection("DataSource=:memory:");
        c.Open();
        return c;
    }

    private static string Lit(string path) => "'" + path.Replace("'", "''") + "'";

    private static string Reader(string file) =>
        file.EndsWith(".parquet") ? $"read_parquet({Lit(file)})" : $"read_csv_auto({Lit(file)})";

    private static List<(string Name, string Type)> Describe(DuckDBConnection c, string source)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"DESCRIBE SELECT * FROM {source}";
        using var r = cmd.ExecuteReader();
        var cols = new List<(string, string)>();
        while (r.Read()) cols.Add((r.GetString(0), r.GetString(1)));
        return cols;
    }

    private static T Scalar<T>(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T));
    }

    private static string Q(string column) => "\"" + column.Replace("\"", "\"\"") + "\"";

    [Fact]
    public void Every_csv_and_parquet_output_loads_typed_in_duckdb_with_default_options_and_holds_no_NaN()
    {
        var files = new[] { "run", "one", "cmp", "sw", "sens", "cal", "scr" }
            .SelectMany(o => Directory.EnumerateFiles(outputs.Path_(o), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".csv") || f.EndsWith(".parquet")).Order().ToList();
        string[] expected = ["metrics.csv", "metrics.parquet", "summary.csv", "headlines.csv", "comparison.csv", "comparison-horizon.csv", "comparison-window.csv", "window.csv", "sweep.csv",
            "sweep.parquet", "sensitivity.csv", "points.csv", "point-outputs.csv", "calibration.csv", "calibration-trace.csv",
            "screening-groups.csv", "screening-parameters.csv", "screening-outputs.csv", "screening-points.csv"];
        Assert.Equal(expected.Order(), files.Select(Path.GetFileName).Distinct().Order());
        var problems = new List<string>();
        using var c = Open();
        foreach (string file in files)
        {
            string name = Path.GetRelativePath(outputs.Dir.FullName, file);
            string source = Reader(file);
            if (Scalar<long>(c, $"SELECT count(*) FROM {source}") == 0) problems.Add($"{name}: no rows");
            foreach (var (column, type) in Describe(c, source))
            {
                if (TextColumns.Contains(column))
                {
                    if (type != "VARCHAR") problems.Add($"{name}: {column} is {type}, expected VARCHAR");
                }
                else if (BooleanColumns.Contains(column))
                {
                    if (type != "BOOLEAN") problems.Add($"{name}: {column} is {type}, expected BOOLEAN");
                }
                else if (IntegerColumns.Contains(column))
                {
                    if (!IntegerTypes.Contains(type)) problems.Add($"{name}: {column} is {type}, expected an integer type");
                }
                else if (column == "value" && name.Contains("metrics") && type != "DOUBLE")
                    problems.Add($"{name}: {column} is {type}, expected DOUBLE");
                else if (type == "VARCHAR")
                {
                    // A CSV column with no value in any row carries no type: DuckDB's sniffer reads it as VARCHAR
                    // (all NULL). That is the one-replication summary's sd and intervals; README declares their types.
                    long present = Scalar<long>(c, $"SELECT count({Q(column)}) FROM {source}");
                    if (present != 0) problems.Add($"{name}: {column} is VARCHAR with {present} non-empty value(s), expected a number");
                }
                else if (type != "DOUBLE" && !IntegerTypes.Contains(type))
                    problems.Add($"{name}: {column} is {type}, expected a number");
                if (type is "DOUBLE" or "FLOAT")
                {
                    long nans = Scalar<long>(c, $"SELECT count(*) FROM {source} WHERE isnan({Q(column)})");
                    if (nans != 0) problems.Add($"{name}: {column} has {nans} NaN value(s)");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_per_tick_Parquet_file_is_Zstandard_compressed_and_far_smaller_than_the_CSV()
    {
        using var c = Open();
        string parquet = outputs.Path_("one", "metrics.parquet").Replace("'", "''");
        Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM parquet_metadata('{parquet}') WHERE compression <> 'ZSTD'"));
        Assert.True(Scalar<long>(c, $"SELECT count(*) FROM parquet_metadata('{parquet}')") > 0);
        Assert.True(new FileInfo(outputs.Path_("one", "metrics.parquet")).Length * 5 < new FileInfo(outputs.Path_("one", "metrics.csv")).Length);
    }

    [Theory]
    [InlineData("metrics.csv")]
    [InlineData("metrics.parquet")]
    public void A_one_replication_run_has_NULL_where_a_value_is_undefined(string file)
    {
        using var c = Open();
        string metrics = Reader(outputs.Path_("one", file));
        // The window never closes within two years: closing_year is missing, NULL in a DOUBLE column.
        Assert.True(Scalar<long>(c, $"SELECT count(*) FROM {metrics} WHERE metric = 'window.closing_year' AND value IS NULL") > 0);
        Assert.True(Scalar<long>(c, $"SELECT count(*) FROM {metrics} WHERE value IS NOT NULL") > 0);
        Assert.Equal("DOUBLE", Describe(c, metrics).Single(x => x.Name == "value").Type);
    }

    [Fact]
    public void A_one_replication_summary_has_NULL_sd_and_a_number_for_the_mean()
    {
        using var c = Open();
        string summary = Reader(outputs.Path_("one", "summary.csv"));
        Assert.Equal(0, Scalar<long>(c, $"SELECT count(sd) FROM {summary}"));
        Assert.Equal(Scalar<long>(c, $"SELECT count(*) FROM {summary}"), Scalar<long>(c, $"SELECT count(*) FROM {summary} WHERE sd IS NULL"));
        Assert.True(Scalar<long>(c, $"SELECT count(mean) FROM {summary}") > 0);
        Assert.Equal("DOUBLE", Describe(c, summary).Single(x => x.Name == "mean").Type);
    }

    [Theory]
    [InlineData("metrics.csv")]
    [InlineData("metrics.parquet")]
    public void Additive_flows_add_up_over_regions_and_over_their_parts(string file)
    {
        using var c = Open();
        string metrics = Reader(outputs.Path_("run", file));
        const string close = "abs(a - b) <= 1e-9 * greatest(abs(a), abs(b), 1e-300)";
        foreach (string metric in new[] { "fdi.total.value", "fdi.acquisition.value", "fdi.rd_centre.value", "fdi.equity.value", "fdi.total.deals" })
        {
            string overRegions = $"""
                WITH leaf AS (SELECT replication, tick, sum(value) AS a, count(*) AS k FROM {metrics}
                              WHERE metric = '{metric}' AND NOT aggregate GROUP BY ALL),
                     agg AS (SELECT replication, tick, value AS b FROM {metrics}
                             WHERE metric = '{metric}' AND aggregate)
                SELECT count(*) FILTER (WHERE NOT ({close})), count(*), min(k) FROM leaf JOIN agg USING (replication, tick)
                """; // the aggregate marker: the leaf rows are exactly the host regions, the aggregate row their total
            using var cmd = c.CreateCommand();
            cmd.CommandText = overRegions;
            using var r = cmd.ExecuteReader();
            Assert.True(r.Read());
            Assert.True(r.GetInt64(0) == 0, $"{metric}: {r.GetInt64(0)} of {r.GetInt64(1)} (replication, tick) totals differ from the sum over regions");
            Assert.Equal(2 * 8, r.GetInt64(1)); // 2 replications x 8 quarters
            Assert.True(r.GetInt64(2) >= 2, $"{metric}: fewer than two host regions");
        }
        string parts = $"""
            WITH w AS (PIVOT (SELECT replication, tick, region, aggregate, metric, value FROM {metrics}
                              WHERE sector = 'all' AND metric IN ('fdi.total.value', 'fdi.acquisition.value', 'fdi.rd_centre.value', 'fdi.equity.value'))
                       ON metric USING first(value)),
                 t AS (SELECT "fdi.total.value" AS b, "fdi.acquisition.value" + "fdi.rd_centre.value" + "fdi.equity.value" AS a FROM w)
            SELECT count(*) FILTER (WHERE NOT ({close})), count(*), sum(b) FROM t
            """;
        using var p = c.CreateCommand();
        p.CommandText = parts;
        using var pr = p.ExecuteReader();
        Assert.True(pr.Read());
        Assert.True(pr.GetInt64(0) == 0, $"{pr.GetInt64(0)} of {pr.GetInt64(1)} rows: fdi.total.value differs from acquisition + rd_centre + equity");
        Assert.True(pr.GetInt64(1) > 16);
        Assert.True(pr.GetDouble(2) > 0, "some FDI flowed");
    }

    /// <summary>The metrics whose aggregate rows are sums of their leaf rows, from the package's metrics list.</summary>
    private List<string> SumMetrics(string folder)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(outputs.Path_(folder, "datapackage.json")));
        return doc.RootElement.GetProperty("metrics").EnumerateArray()
            .Where(m => m.GetProperty("aggregate").GetString() == "sum").Select(m => m.GetProperty("name").GetString()!).ToList();
    }

    private static string InList(IEnumerable<string> names) => string.Join(", ", names.Select(n => "'" + n + "'"));

    /// <summary>For every metric whose total is a sum (the package says which), and in every file with the aggregate
    /// column, SUM over the rows WHERE NOT aggregate equals SUM over the aggregate rows, per group; and every row
    /// marked aggregate is a total (region all, or sector all/heavy), every other row a leaf.</summary>
    [Theory]
    [InlineData("run", "metrics.csv", "value", "replication, tick")]
    [InlineData("run", "metrics.parquet", "value", "replication, tick")]
    [InlineData("run", "summary.csv", "mean", "year")]
    [InlineData("cmp", "comparison.csv", "scenario_mean", "scenario, year")]
    [InlineData("cmp", "comparison-horizon.csv", "baseline_mean", "scenario")]
    [InlineData("sw", "sweep.parquet", "mean", "point")]
    public void A_sum_over_the_leaf_rows_equals_the_aggregate_rows(string folder, string file, string column, string by)
    {
        var sums = SumMetrics(folder);
        Assert.Contains("fdi.total.value", sums);
        Assert.DoesNotContain("capability.se", sums);   // heavy is a mean of sectors, not a sum
        using var c = Open();
        string src = Reader(outputs.Path_(folder, file));
        string sql = $"""
            WITH t AS (SELECT metric, {by}, sum({column}) FILTER (WHERE NOT aggregate) AS a, sum({column}) FILTER (WHERE aggregate) AS b,
                              count(*) FILTER (WHERE aggregate) AS k
                       FROM {src} WHERE metric IN ({InList(sums)}) AND region NOT IN ({InList(Groups)}) GROUP BY ALL)
            SELECT count(*) FILTER (WHERE k > 0 AND NOT (abs(a - b) <= 1e-9 * greatest(abs(a), abs(b), 1))), count(*) FILTER (WHERE k > 0),
                   count(*) FILTER (WHERE k = 0), sum(b) FROM t
            """;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            Assert.True(r.Read());
            Assert.True(r.GetInt64(0) == 0, $"{file}: {r.GetInt64(0)} of {r.GetInt64(1)} groups where SUM over leaf rows differs from the aggregate rows");
            Assert.True(r.GetInt64(1) > 0, $"{file}: no aggregate rows");
            Assert.Equal(0, r.GetInt64(2));   // every summed metric has its total in every group
        }
        // A plain SUM without the marker would double-count: the aggregate rows hold a non-zero share of it.
        Assert.True(Scalar<double>(c, $"SELECT (sum({column}) FILTER (WHERE aggregate))::DOUBLE FROM {src} WHERE metric = 'fdi.total.value'") != 0);
        // The marker is true exactly on totals.
        Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM {src} WHERE aggregate AND region <> 'all' AND sector NOT IN ('all', 'heavy')"));
        Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM {src} WHERE NOT aggregate AND sector = 'heavy'"));
        Assert.True(Scalar<long>(c, $"SELECT count(*) FROM {src} WHERE NOT aggregate AND region = 'all'") > 0, "rows labelled all that are the only ones of their kind are leaves");
    }

    /// <summary>The region groups of the comparison (compare --group nordics, and the Chinese hubs every comparison adds):
    /// further aggregate rows, each the total of its regions, left out of the region = all check above.</summary>
    private static readonly string[] Groups = ["nordics", "BJS+SZX+GDM"];

    [Theory]
    [InlineData("comparison.csv", "scenario, year")]
    [InlineData("comparison-horizon.csv", "scenario")]
    [InlineData("comparison-window.csv", "scenario")]
    public void A_region_group_row_is_the_total_of_its_regions_and_marked_aggregate(string file, string by)
    {
        using var c = Open();
        string src = Reader(outputs.Path_("cmp", file));
        string sql = $"""
            WITH m AS (SELECT metric, {by}, sum(scenario_mean) FILTER (WHERE region IN ('GSR', 'WSE', 'FIN', 'DNK', 'NOR')) AS a,
                              sum(scenario_mean) FILTER (WHERE region = 'nordics') AS b, bool_and(aggregate) FILTER (WHERE region = 'nordics') AS marked
                       FROM {src} WHERE sector = 'all' AND destination IS NULL GROUP BY ALL)
            SELECT count(*) FILTER (WHERE b IS NOT NULL AND NOT (abs(a - b) <= 1e-9 * greatest(abs(a), abs(b), 1))), count(*) FILTER (WHERE b IS NOT NULL),
                   count(*) FILTER (WHERE b IS NOT NULL AND NOT marked)
            FROM m
            """;
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.True(r.GetInt64(0) == 0, $"{file}: {r.GetInt64(0)} of {r.GetInt64(1)} nordics rows differ from the sum of GSR, WSE, FIN, DNK and NOR");
        Assert.True(r.GetInt64(1) >= 20, $"{file}: only {r.GetInt64(1)} nordics rows");
        Assert.Equal(0, r.GetInt64(2));
        // Metrics that do not add up over regions (wages, shares) have no group row.
        Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM {src} WHERE region = 'nordics' AND metric IN ('wages.high_skill', 'adoption.share', 'talent.rd_quality')"));
    }

    /// <summary>talent.flow: one metric, the origin in region and the destination in its own column (empty, NULL, for
    /// every other metric); no metric name holds a region code.</summary>
    [Theory]
    [InlineData("metrics.csv")]
    [InlineData("metrics.parquet")]
    public void Talent_flows_have_the_destination_in_a_column_of_its_own(string file)
    {
        using var c = Open();
        string src = Reader(outputs.Path_("run", file));
        Assert.Equal("VARCHAR", Describe(c, src).Single(x => x.Name == "destination").Type);
        Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM {src} WHERE metric LIKE 'talent.flow.%' OR regexp_matches(metric, '\\.[A-Z]{{3}}(\\.|$)')"));
        Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM {src} WHERE (metric = 'talent.flow') <> (destination IS NOT NULL)"));
        Assert.True(Scalar<long>(c, $"SELECT count(DISTINCT destination) FROM {src} WHERE metric = 'talent.flow'") >= 10);
        Assert.True(Scalar<long>(c, $"SELECT count(DISTINCT region) FROM {src} WHERE metric = 'talent.flow'") >= 10);
        // One row per origin, destination, replication and tick.
        Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM (SELECT count(*) AS k FROM {src} WHERE metric = 'talent.flow' GROUP BY replication, tick, region, destination) WHERE k > 1"));
        // Every origin's outflow to other regions is its talent.outflow.
        Assert.Equal(0, Scalar<long>(c, $"""
            WITH f AS (SELECT replication, tick, region, sum(value) AS a FROM {src} WHERE metric = 'talent.flow' AND destination <> region GROUP BY ALL),
                 o AS (SELECT replication, tick, region, value AS b FROM {src} WHERE metric = 'talent.outflow')
            SELECT count(*) FROM f JOIN o USING (replication, tick, region) WHERE abs(a - b) > 1e-9
            """));
    }

    /// <summary>compare writes each run under runs/scenario=&lt;name&gt;/ (Hive-style) and every Parquet file carries the
    /// scenario: read_parquet over the folder with hive_partitioning combines the runs, as the README says.</summary>
    [Fact]
    public void Compare_runs_combine_with_hive_partitioning_and_every_parquet_file_has_a_scenario_column()
    {
        string cmp = outputs.Path_("cmp");
        Assert.True(Directory.Exists(Path.Combine(cmp, "runs", "scenario=two")) && Directory.Exists(Path.Combine(cmp, "runs", "scenario=one")));
        using var c = Open();
        string all = $"read_parquet({Lit(cmp + "/**/*.parquet")}, hive_partitioning = true)";
        Assert.Equal("VARCHAR", Describe(c, all).Single(x => x.Name == "scenario").Type);
        Assert.Equal(2, Scalar<long>(c, $"SELECT count(DISTINCT scenario) FROM {all}"));
        long two = Scalar<long>(c, $"SELECT count(*) FROM {Reader(Path.Combine(cmp, "runs", "scenario=two", "metrics.parquet"))}");
        long one = Scalar<long>(c, $"SELECT count(*) FROM {Reader(Path.Combine(cmp, "runs", "scenario=one", "metrics.parquet"))}");
        Assert.Equal(two + one, Scalar<long>(c, $"SELECT count(*) FROM {all}"));
        Assert.Equal(two, Scalar<long>(c, $"SELECT count(*) FROM {all} WHERE scenario = 'two'"));
        // The combined table answers a comparison directly: total FDI per scenario and replication.
        Assert.Equal(4, Scalar<long>(c, $"SELECT count(*) FROM (SELECT scenario, replication, sum(value) FROM {all} WHERE metric = 'fdi.total.value' AND NOT aggregate GROUP BY ALL)"));
        // Every Parquet file of every command has a scenario column holding the scenario's name.
        foreach (string f in new[] { "run", "one", "cmp", "sw" }.SelectMany(o => Directory.EnumerateFiles(outputs.Path_(o), "*.parquet", SearchOption.AllDirectories)))
        {
            var cols = Describe(c, Reader(f));
            Assert.True(cols.Any(x => x.Name == "scenario" && x.Type == "VARCHAR"), $"{f}: no scenario column");
            Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM {Reader(f)} WHERE scenario IS NULL OR scenario = ''"));
        }
    }

    /// <summary>The SQL between the duckdb-hive markers in README.md, run as written against a comparison copied to results/compare.</summary>
    [Fact]
    public void The_readme_hive_snippet_combines_the_runs_of_a_comparison()
    {
        string readme = File.ReadAllText(Path.Combine(Nordicsim.RepoRoot, "README.md"));
        var m = Regex.Match(readme, @"<!-- duckdb-hive:begin -->\s*```sql\n(?<sql>.*?)```\s*<!-- duckdb-hive:end -->", RegexOptions.Singleline);
        Assert.True(m.Success, "README.md has the DuckDB snippet between <!-- duckdb-hive:begin --> and <!-- duckdb-hive:end -->");
        string root = outputs.Path_("readme-hive");
        string target = Path.Combine(root, "results", "compare");
        foreach (string f in Directory.EnumerateFiles(outputs.Path_("cmp"), "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(target, Path.GetRelativePath(outputs.Path_("cmp"), f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to, overwrite: true);
        }
        using var c = Open();
        using (var set = c.CreateCommand())
        {
            set.CommandText = $"SET file_search_path = {Lit(root)}";
            set.ExecuteNonQuery();
        }
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = m.Groups["sql"].Value;
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(["one", "two"], Enumerable.Range(0, 2).Select(i => Scalar<string>(c, $"SELECT DISTINCT scenario FROM runs ORDER BY 1 LIMIT 1 OFFSET {i}")));
        Assert.Equal("DOUBLE", Describe(c, "runs").Single(x => x.Name == "value").Type);
        Assert.Equal("BOOLEAN", Describe(c, "runs").Single(x => x.Name == "aggregate").Type);
    }

    /// <summary>The SQL between the duckdb-load markers in README.md, run as written against results/baseline.</summary>
    [Theory]
    [InlineData("run")]
    [InlineData("one")]
    public void The_readme_duckdb_snippet_loads_metrics_and_summary_typed(string folder)
    {
        string readme = File.ReadAllText(Path.Combine(Nordicsim.RepoRoot, "README.md"));
        var m = Regex.Match(readme, @"<!-- duckdb-load:begin -->\s*```sql\n(?<sql>.*?)```\s*<!-- duckdb-load:end -->", RegexOptions.Singleline);
        Assert.True(m.Success, "README.md has the DuckDB snippet between <!-- duckdb-load:begin --> and <!-- duckdb-load:end -->");
        string root = outputs.Path_("readme-" + folder);
        Directory.CreateDirectory(Path.Combine(root, "results", "baseline"));
        foreach (string f in new[] { "metrics.csv", "metrics.parquet", "summary.csv" })
            File.Copy(outputs.Path_(folder, f), Path.Combine(root, "results", "baseline", f), overwrite: true);
        using var c = Open();
        using (var set = c.CreateCommand())
        {
            set.CommandText = $"SET file_search_path = {Lit(root)}";
            set.ExecuteNonQuery();
        }
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = m.Groups["sql"].Value;
            cmd.ExecuteNonQuery();
        }
        foreach (string table in new[] { "metrics", "metrics_parquet" })
        {
            var cols = Describe(c, table).ToDictionary(x => x.Name, x => x.Type);
            Assert.Equal("DOUBLE", cols["value"]);
            Assert.Contains(cols["year"], IntegerTypes);
            Assert.Contains(cols["replication"], IntegerTypes);
            Assert.Contains(cols["tick"], IntegerTypes);
            Assert.Equal("VARCHAR", cols["region"]);
            Assert.True(Scalar<long>(c, $"SELECT count(*) FROM {table} WHERE value IS NULL") > 0, "missing values are NULL");
            Assert.Equal(0, Scalar<long>(c, $"SELECT count(*) FROM {table} WHERE isnan(value)"));
            Assert.Equal(File.ReadLines(outputs.Path_(folder, "metrics.csv")).Count() - 1, Scalar<long>(c, $"SELECT count(*) FROM {table}"));
        }
        var s = Describe(c, "summary").ToDictionary(x => x.Name, x => x.Type);
        foreach (string col in new[] { "mean", "sd", "ci95_low", "ci95_high", "p2_5", "p97_5" }) Assert.Equal("DOUBLE", s[col]);
        Assert.Contains(s["year"], IntegerTypes);
        Assert.Equal(folder == "one" ? 0 : Scalar<long>(c, "SELECT count(*) FROM summary WHERE n > 1"), Scalar<long>(c, "SELECT count(sd) FROM summary"));
    }
}
