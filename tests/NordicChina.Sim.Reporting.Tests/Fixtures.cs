using System.Globalization;
using System.Text;

namespace NordicChina.Sim.Reporting.Tests;

/// <summary>Writes small result folders in the formats the CLI produces, with plausible made-up numbers.</summary>
public static class Fixtures
{
    public const int StartYear = 2020;
    public const int EndYear = 2040;

    /// <summary>The 14 headline series (metric, region, sector) the report charts.</summary>
    public static readonly (string Metric, string Region, string Sector)[] Headlines =
    [
        ("fdi.total.value", "all", "all"),
        ("fdi.acquisition.value", "all", "all"),
        ("fdi.rd_centre.value", "all", "all"),
        ("fdi.equity.value", "all", "all"),
        ("rdcentres.active", "GSR", "all"),
        ("jobs.net", "GSR", "all"),
        ("talent.net_migration", "GSR", "all"),
        ("talent.pool", "GSR", "all"),
        ("window.gap", "all", "heavy"),
        ("capability.se", "all", "heavy"),
        ("capability.cn", "all", "heavy"),
        ("adoption.share", "GSR", "all"),
        ("adoption.share", "BJS", "all"),
        ("china_entry.active", "GSR", "all"),
    ];

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The mean of a headline series in a year, scaled by a scenario effect (1 = baseline).</summary>
    public static double Mean(string metric, string region, int year, double effect)
    {
        var t = year - StartYear;
        return metric switch
        {
            "fdi.total.value" => effect * ((2000 * Math.Exp(-0.12 * t)) + 450),
            "fdi.acquisition.value" => effect * 0.5 * ((2000 * Math.Exp(-0.12 * t)) + 450),
            "fdi.rd_centre.value" => (0.2 + (0.1 * (effect - 1))) * ((2000 * Math.Exp(-0.12 * t)) + 450),
            "fdi.equity.value" => effect * 0.3 * ((2000 * Math.Exp(-0.12 * t)) + 450),
            "rdcentres.active" => (3 + (0.45 * t)) * effect,
            "jobs.net" => (320 - (14 * t)) * effect,
            "talent.net_migration" => (180 - (17 * t)) + (60 * (effect - 1)),
            "talent.pool" => 145000 + (1800 * t * effect),
            "window.gap" => 0.2 - (0.016 * t / effect),
            "capability.se" => 0.6 + (0.008 * t * effect),
            "capability.cn" => 0.4 + (0.024 * t),
            "adoption.share" => (region == "BJS" ? 0.9 : 0.75) / (1 + Math.Exp(-(t - (region == "BJS" ? 6 : 9)) / 3.0)),
            "china_entry.active" => (6 + (1.1 * t)) * effect,
            _ => 10 + t,
        };
    }

    /// <summary>Half the width of the 95% CI of a series' mean.</summary>
    public static double HalfWidth(double mean) => (0.08 * Math.Abs(mean)) + 0.004;

    /// <summary>summary.csv with the given series (all headlines by default) for every year.</summary>
    public static void WriteSummary(string path, double effect = 1.0, IEnumerable<(string Metric, string Region, string Sector)>? series = null)
    {
        var sb = new StringBuilder("metric,year,region,sector,n,mean,sd,ci95_low,ci95_high,p2_5,p97_5\n");
        foreach (var (metric, region, sector) in series ?? Headlines)
        {
            for (var year = StartYear; year <= EndYear; year++)
            {
                var m = Mean(metric, region, year, effect);
                var h = HalfWidth(m);
                sb.Append(Inv, $"{metric},{year},{region},{sector},8,{m},{h},{m - h},{m + h},{m - (2 * h)},{m + (2 * h)}\n");
            }
        }

        // A non-headline metric and another region, which the report must ignore.
        sb.Append("firms.active,2020,GSR,all,8,100,1,99,101,98,102\n");
        sb.Append("fdi.total.value,2020,FIN,all,8,5,1,,,,\n");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sb.ToString());
    }

    public static void WriteRunJson(string path, string scenario, string description, bool withPolicy = true)
    {
        var policies = withPolicy
            ? """
              [
                { "lever": "fdi_screening", "start": 2021, "end": 2040, "intensity": 0.3, "regions": ["FIN", "DNK"] },
                { "lever": "talent_visa", "start": 2024, "end": 2040, "intensity": 1, "regions": [] }
              ]
              """
            : "[]";
        var json = $$"""
            {
              "scenario": {{Quote(scenario)}},
              "description": {{Quote(description)}},
              "content_hash": "5eceab34c518763aeda242a0861dcd0771078ab01e130c9e74600ec9ef5b168d",
              "seed": 20200101,
              "replications": 8,
              "silos": 1,
              "start_year": {{StartYear}},
              "end_year": {{EndYear}},
              "ticks_per_year": 4,
              "ticks": 84,
              "agents": 9121,
              "agent_steps": 3067259,
              "wall_seconds": 6.065,
              "program_version": "0.1.0",
              "parameter_overrides": { "population.scale": 0.5, "region.GSR.talent_pool": 150000 },
              "policies": {{policies}}
            }
            """;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        // With a byte order mark, as the CLI writes it.
        File.WriteAllText(path, json, new UTF8Encoding(true));
    }

    /// <summary>A single run: run.json and summary.csv.</summary>
    public static void WriteRun(string folder, string scenario = "baseline", IEnumerable<(string, string, string)>? series = null)
    {
        WriteRunJson(System.IO.Path.Combine(folder, "run.json"), scenario, "Reference path 2020-2040 with the trade dispute at half strength.");
        WriteSummary(System.IO.Path.Combine(folder, "summary.csv"), 1.0, series);
    }

    /// <summary>
    /// A comparison of a baseline and scenarios: comparison.json, comparison.csv (yearly rows), comparison-horizon.csv
    /// (whole-horizon rows) and runs/, as nordicsim writes them (missing values empty).
    /// The first scenario's fdi.total.value total row has fixed, known numbers (see <see cref="KnownDifference"/>).
    /// </summary>
    public static void WriteComparison(string folder, string baseline, IReadOnlyList<string> scenarios)
    {
        File.WriteAllText(System.IO.Path.Combine(folder, "comparison.json"), $$"""
            { "baseline": {{Quote(baseline)}}, "scenarios": [{{string.Join(", ", scenarios.Select(Quote))}}], "replications": 8, "seed": 20200101, "program_version": "0.1.0" }
            """);
        WriteRunJson(System.IO.Path.Combine(folder, "runs", "scenario=" + baseline, "run.json"), baseline, "Reference path: policies as of 2020.", withPolicy: false);
        WriteSummary(System.IO.Path.Combine(folder, "runs", "scenario=" + baseline, "summary.csv"));
        var sb = new StringBuilder("scenario,metric,year,region,sector,n,baseline_mean,scenario_mean,difference,ci95_low,ci95_high,relative_change,seed,program_version\n");
        var totals = new StringBuilder("scenario,metric,region,sector,n,baseline_mean,scenario_mean,difference,ci95_low,ci95_high,relative_change,seed,program_version\n");
        for (var s = 0; s < scenarios.Count; s++)
        {
            var effect = s == 0 ? 0.7 : 1.25;
            WriteRunJson(System.IO.Path.Combine(folder, "runs", "scenario=" + scenarios[s], "run.json"), scenarios[s], $"Policy scenario {s + 1}: screening and talent visas.");
            WriteSummary(System.IO.Path.Combine(folder, "runs", "scenario=" + scenarios[s], "summary.csv"), effect);
            foreach (var (metric, region, sector) in Headlines)
            {
                double totalBase = 0, totalScen = 0;
                for (var year = StartYear; year <= EndYear; year++)
                {
                    var b = Mean(metric, region, year, 1.0);
                    var x = Mean(metric, region, year, effect);
                    totalBase += b;
                    totalScen += x;
                    var d = x - b;
                    var h = HalfWidth(d) + 1e-3;
                    sb.Append(Inv, $"{Csv(scenarios[s])},{metric},{year},{region},{sector},8,{b},{x},{d},{d - h},{d + h},{(b == 0 ? "" : (d / b).ToString("R", Inv))},20200101,0.1.0\n");
                }

                if (s == 0 && metric == "fdi.total.value")
                {
                    var k = KnownDifference;
                    totals.Append(Inv, $"{Csv(scenarios[s])},{metric},{region},{sector},8,{k.Baseline},{k.Baseline + k.Difference},{k.Difference},{k.Low},{k.High},{k.Difference / k.Baseline},20200101,0.1.0\n");
                }
                else
                {
                    var d = totalScen - totalBase;
                    var h = HalfWidth(d) + 1e-3;
                    totals.Append(Inv, $"{Csv(scenarios[s])},{metric},{region},{sector},8,{totalBase},{totalScen},{d},{d - h},{d + h},{d / totalBase},20200101,0.1.0\n");
                }
            }
        }

        File.WriteAllText(System.IO.Path.Combine(folder, "comparison.csv"), sb.ToString());
        File.WriteAllText(System.IO.Path.Combine(folder, "comparison-horizon.csv"), totals.ToString());
    }

    /// <summary>The whole-horizon fdi.total.value row of the first scenario.</summary>
    public static (double Baseline, double Difference, double Low, double High) KnownDifference => (15234.4, -4321.12, -5012.3, -3630.8);

    /// <summary>Morris indices for two outputs over five parameters.</summary>
    public static void WriteSensitivity(string folder)
    {
        string[] parameters = ["fdi.screening_strength", "region.GSR.talent_pool", "population.scale", "talent.mobility", "rd.spillover"];
        string[] outputs = ["fdi.total.value", "talent.net_migration@GSR"];
        var sb = new StringBuilder("method,output,parameter,index,value,ci95_low,ci95_high\n");
        foreach (var output in outputs)
        {
            for (var p = 0; p < parameters.Length; p++)
            {
                var scale = output == "fdi.total.value" ? 1000.0 : 50.0;
                var muStar = scale * (parameters.Length - p) / parameters.Length;
                var sigma = muStar * 0.4;
                sb.Append(Inv, $"morris,{output},{parameters[p]},mu,{(p % 2 == 0 ? muStar : -muStar) * 0.8},,\n");
                sb.Append(Inv, $"morris,{output},{parameters[p]},mu_star,{muStar},{muStar * 0.8},{muStar * 1.15}\n");
                sb.Append(Inv, $"morris,{output},{parameters[p]},sigma,{sigma},,\n");
            }
        }

        File.WriteAllText(System.IO.Path.Combine(folder, "sensitivity.csv"), sb.ToString());
        File.WriteAllText(System.IO.Path.Combine(folder, "sensitivity.json"), """{ "method": "morris", "trajectories": 10, "levels": 4, "replications": 4, "seed": 7, "program_version": "0.1.0" }""");
    }

    public static void WriteCalibration(string folder)
    {
        File.WriteAllText(System.IO.Path.Combine(folder, "calibration.csv"), """
            moment,target,simulated,weight,relative_error
            fdi_2016,37000,35210.5,1,-0.04838
            fdi_2020,6500,7120,1,0.09538
            rd_centres_2020,12,10.5,0.5,-0.125
            adoption_share_2020,0.31,0.3402,2,0.09742
            """);
        File.WriteAllText(System.IO.Path.Combine(folder, "calibration.json"), """
            { "distance": 0.0123456, "method": "nelder-mead", "evaluations": 240,
              "parameters": [
                { "name": "fdi.base_rate", "start": 0.1, "fitted": 0.1374, "low": 0.01, "high": 0.5 },
                { "name": "talent.mobility", "start": 0.05, "fitted": 0.2, "low": 0.0, "high": 0.2 }
              ] }
            """);
    }

    /// <summary>A sweep over one or two parameters with every headline metric at each point.</summary>
    public static void WriteSweep(string folder, int parameterCount)
    {
        string[] names = ["fdi.screening_strength", "talent.mobility"];
        var used = names.Take(parameterCount).ToArray();
        var sb = new StringBuilder("point," + string.Join(",", used) + ",metric,region,sector,n,mean,sd,ci95_low,ci95_high,seed,program_version\n");
        var point = 0;
        double[] values = [0, 0.25, 0.5, 0.75, 1];
        var grid = parameterCount == 1
            ? values.Select(v => new[] { v }).ToList()
            : values.Take(3).SelectMany(a => new[] { 0.05, 0.1 }.Select(b => new[] { a, b })).ToList();
        foreach (var g in grid)
        {
            foreach (var (metric, region, sector) in Headlines)
            {
                var m = Mean(metric, region, 2030, 1.3 - (0.6 * g[0]));
                var h = HalfWidth(m);
                sb.Append(Inv, $"{point},{string.Join(",", g.Select(v => v.ToString(Inv)))},{metric},{region},{sector},4,{m},{h},{m - h},{m + h},11,0.1.0\n");
            }

            point++;
        }

        File.WriteAllText(System.IO.Path.Combine(folder, "sweep.csv"), sb.ToString());
        File.WriteAllText(System.IO.Path.Combine(folder, "sweep.json"), $$"""{ "parameters": [{{string.Join(", ", used.Select(Quote))}}], "scenario": "baseline", "replications": 4, "seed": 11 }""");
    }

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
