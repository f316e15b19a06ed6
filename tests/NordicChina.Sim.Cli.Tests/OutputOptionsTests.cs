namespace NordicChina.Sim.Cli.Tests;

/// <summary>compare's default folder is named after every scenario compared; --output-level summary leaves the
/// per-tick metrics out.</summary>
public sealed class OutputOptionsTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-outopts-");
    public void Dispose() => _dir.Delete(true);

    private string P(params string[] parts) => Path.Combine([_dir.FullName, .. parts]);

    [Fact]
    public async Task Two_comparisons_with_one_baseline_go_to_two_folders_named_after_their_scenarios()
    {
        string baseline = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 2);
        string a = Nordicsim.SmallScenario(_dir.FullName, name: "wasp", years: 1, replications: 2);
        string b = Nordicsim.SmallScenario(_dir.FullName, name: "trade", years: 1, replications: 2);
        var first = await Nordicsim.RunAsync(_dir.FullName, "compare", baseline, a, "--quiet", "--no-report", "--output-level", "summary");
        Assert.True(first.ExitCode == 0, first.Output);
        var second = await Nordicsim.RunAsync(_dir.FullName, "compare", baseline, b, a, "--quiet", "--no-report", "--output-level", "summary");
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.True(File.Exists(P("results", "compare-small-vs-wasp", "comparison.csv")));
        Assert.True(File.Exists(P("results", "compare-small-vs-trade-wasp", "comparison.csv")));
        // Summary level: no per-tick files in the runs, the summaries are there.
        Assert.False(File.Exists(P("results", "compare-small-vs-wasp", "runs", "scenario=wasp", "metrics.csv")));
        Assert.False(File.Exists(P("results", "compare-small-vs-wasp", "runs", "scenario=wasp", "metrics.parquet")));
        Assert.True(File.Exists(P("results", "compare-small-vs-wasp", "runs", "scenario=wasp", "summary.csv")));
    }

    [Fact]
    public async Task A_summary_level_run_writes_no_per_tick_metrics_and_a_window_report_says_why_it_cannot()
    {
        string s = Nordicsim.SmallScenario(_dir.FullName, years: 2, replications: 2);
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", s, "--quiet", "--out", "r", "--output-level", "summary");
        Assert.True(run.ExitCode == 0, run.Output);
        var files = Directory.GetFiles(P("r")).Select(Path.GetFileName).Order().ToArray();
        Assert.DoesNotContain("metrics.csv", files);
        Assert.DoesNotContain("metrics.parquet", files);
        Assert.Contains("summary.csv", files);
        Assert.Contains("headlines.csv", files);
        Assert.Contains("window.csv", files);
        Assert.DoesNotContain("\"path\": \"metrics.csv\"", File.ReadAllText(P("r", "datapackage.json")));
        Assert.Contains("\"path\": \"summary.csv\"", File.ReadAllText(P("r", "datapackage.json")));
        var report = await Nordicsim.RunAsync(_dir.FullName, "report", "r", "--until", "2020");
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("--output-level summary", report.Output);
        var bad = await Nordicsim.RunAsync(_dir.FullName, "run", s, "--out", "bad", "--output-level", "tiny");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--output-level takes full or summary", bad.Output);
    }
}
