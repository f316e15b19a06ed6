namespace NordicChina.Sim.Reporting.Input;

/// <summary>comparison.csv, comparison.json and the runs/ subfolders of a scenario comparison.</summary>
internal sealed class ComparisonFile
{
    private ComparisonFile(string baseline, IReadOnlyList<string> scenarios, IReadOnlyList<ComparisonRow> rows, IReadOnlyList<(string, string)> settings, double relativeToFraction,
        IReadOnlyList<ComparisonRow> windowRows, (int From, int Until)? window)
    {
        WindowRows = windowRows;
        Window = window;
        Baseline = baseline;
        Scenarios = scenarios;
        Rows = rows;
        Settings = settings;
        RelativeToFraction = relativeToFraction;
    }

    public string Baseline { get; }

    /// <summary>comparison-window.csv's rows (year = "window"), empty without the file.</summary>
    public IReadOnlyList<ComparisonRow> WindowRows { get; }

    /// <summary>The years of comparison-window.csv, null without the file.</summary>
    public (int From, int Until)? Window { get; }

    /// <summary>The last year of comparison.csv's rows (0 when it has none).</summary>
    public int LastYear => Rows.Select(r => int.TryParse(r.Year, out var y) ? y : 0).DefaultIfEmpty(0).Max();

    public IReadOnlyList<string> Scenarios { get; }

    public IReadOnlyList<ComparisonRow> Rows { get; }

    /// <summary>Scalar fields of comparison.json (replications, seed, program version, ...).</summary>
    public IReadOnlyList<(string Name, string Value)> Settings { get; }

    /// <summary>Factor turning relative_change into a fraction (1, or 0.01 when the file holds percentages).</summary>
    public double RelativeToFraction { get; }

    public static bool Exists(string folder) =>
        File.Exists(Path.Combine(folder, "comparison.csv")) || File.Exists(Path.Combine(folder, "comparison-horizon.csv")) || File.Exists(Path.Combine(folder, "comparison.json"));

    public static ComparisonFile Load(string folder)
    {
        var rows = new List<ComparisonRow>();
        LoadRows(Path.Combine(folder, "comparison.csv"), rows);
        // Totals over the whole horizon: comparison-horizon.csv (no year column); rows of older files with year "total"
        // are read the same way.
        LoadRows(Path.Combine(folder, "comparison-horizon.csv"), rows);

        var windowRows = new List<ComparisonRow>();
        (int, int)? window = null;
        var windowPath = Path.Combine(folder, "comparison-window.csv");
        LoadRows(windowPath, windowRows);
        if (File.Exists(windowPath))
        {
            var csv = CsvTable.Load(windowPath);
            if (csv.Rows.Count > 0)
            {
                window = ((int)CsvTable.Number(CsvTable.Field(csv.Rows[0], csv.Column("from_year"))), (int)CsvTable.Number(CsvTable.Field(csv.Rows[0], csv.Column("until_year"))));
            }
        }

        string? baseline = null;
        var scenarios = new List<string>();
        IReadOnlyList<(string, string)> settings = [];
        var jsonPath = Path.Combine(folder, "comparison.json");
        if (File.Exists(jsonPath))
        {
            var json = JsonFile.Load(jsonPath);
            baseline = JsonFile.String(json, "baseline");
            scenarios.AddRange(JsonFile.Strings(json, "scenarios"));
            settings = JsonFile.ScalarProperties(json, "baseline", "scenarios");
        }

        foreach (var s in rows.Select(r => r.Scenario).Distinct())
        {
            if (!scenarios.Contains(s))
            {
                scenarios.Add(s);
            }
        }

        if (baseline is null)
        {
            // Without comparison.json the baseline is the run folder that is not one of the scenarios.
            var runs = Path.Combine(folder, "runs");
            baseline = Directory.Exists(runs)
                ? Directory.GetDirectories(runs).Select(Path.GetFileName).OfType<string>()
                    .Select(d => d.StartsWith(HivePrefix, StringComparison.Ordinal) ? d[HivePrefix.Length..] : d).Order(StringComparer.Ordinal)
                    .FirstOrDefault(d => !scenarios.Contains(d))
                : null;
        }

        var toFraction = RelativeScale.ToFraction(rows.Select(r => (r.RelativeChange, r.Difference / Math.Abs(r.BaselineMean))));
        return new ComparisonFile(baseline ?? "baseline", scenarios.Where(s => s != baseline).ToList(), rows, settings, toFraction,
            windowRows.Select(r => r with { Year = "window" }).ToList(), window);
    }

    private static void LoadRows(string csvPath, List<ComparisonRow> rows)
    {
        if (File.Exists(csvPath))
        {
            var csv = CsvTable.Load(csvPath);
            int scenario = csv.Column("scenario"), metric = csv.Column("metric"), year = csv.Has("year") ? csv.Column("year") : -1,
                region = csv.Column("region"), sector = csv.Column("sector"), n = csv.Column("n"),
                baselineMean = csv.Column("baseline_mean"), scenarioMean = csv.Column("scenario_mean"),
                difference = csv.Column("difference"), low = csv.Column("ci95_low"), high = csv.Column("ci95_high"),
                relative = csv.Column("relative_change"), share = csv.Has("share_parametric") ? csv.Column("share_parametric") : -1;
            foreach (var r in csv.Rows)
            {
                rows.Add(new ComparisonRow(
                    CsvTable.Field(r, scenario).Trim(),
                    CsvTable.SeriesName(csv, r, metric),
                    year < 0 ? "total" : CsvTable.Field(r, year).Trim(),
                    CsvTable.Field(r, region).Trim(),
                    CsvTable.Field(r, sector).Trim(),
                    CsvTable.Number(CsvTable.Field(r, n)),
                    CsvTable.Number(CsvTable.Field(r, baselineMean)),
                    CsvTable.Number(CsvTable.Field(r, scenarioMean)),
                    CsvTable.Number(CsvTable.Field(r, difference)),
                    CsvTable.Number(CsvTable.Field(r, low)),
                    CsvTable.Number(CsvTable.Field(r, high)),
                    CsvTable.Number(CsvTable.Field(r, relative)),
                    share < 0 ? double.NaN : CsvTable.Number(CsvTable.Field(r, share))));
            }
        }
    }

    private const string HivePrefix = "scenario=";

    /// <summary>The folder holding one scenario's run.json and summary.csv: runs/scenario=&lt;name&gt; (Hive-style), or
    /// runs/&lt;name&gt; in comparisons written before that layout.</summary>
    public static string RunFolder(string folder, string scenario)
    {
        string hive = Path.Combine(folder, "runs", HivePrefix + scenario);
        string old = Path.Combine(folder, "runs", scenario);
        return Directory.Exists(hive) || !Directory.Exists(old) ? hive : old;
    }
}
