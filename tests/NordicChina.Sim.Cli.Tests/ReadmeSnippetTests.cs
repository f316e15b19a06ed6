using System.Text.RegularExpressions;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>The README's pandas and R (readr) loading snippets, run as written against a real run's outputs, then
/// checked: value a float column with NaN/NA where missing, year an integer, aggregate a boolean, every row read.
/// Skipped, with the reason, where the tool is not installed (.ci/run installs both from Debian).</summary>
public sealed class ReadmeSnippetTests(OneReplicationRun run) : IClassFixture<OneReplicationRun>
{
    private static string Snippet(string marker, string language)
    {
        string readme = File.ReadAllText(Path.Combine(Nordicsim.RepoRoot, "README.md"));
        var m = Regex.Match(readme, $@"<!-- {marker}:begin -->\s*```{language}\n(?<code>.*?)```\s*<!-- {marker}:end -->", RegexOptions.Singleline);
        Assert.True(m.Success, $"README.md has the {language} snippet between <!-- {marker}:begin --> and <!-- {marker}:end -->");
        return m.Groups["code"].Value;
    }

    private long MetricsRows => File.ReadLines(Path.Combine(run.Dir.FullName, "results", "baseline", "metrics.csv")).Count() - 1;

    private (int ExitCode, string Output) RunScript(string exe, string file, string code, params string[] args)
    {
        string path = Path.Combine(run.Dir.FullName, file);
        File.WriteAllText(path, code);
        return Interpreters.Run(exe, run.Dir.FullName, [.. args, path]);
    }

    [PandasFact]
    public void The_readme_pandas_snippet_loads_metrics_and_summary_typed()
    {
        string code = Snippet("pandas-load", "python") + $$"""

            # Checks (not part of the README)
            assert metrics["value"].dtype == "float64", metrics["value"].dtype
            assert metrics["value"].isna().any(), "missing values are NaN"
            assert metrics["year"].dtype.kind == "i" and metrics["tick"].dtype.kind == "i"
            assert metrics["aggregate"].dtype == bool, metrics["aggregate"].dtype
            assert len(metrics) == {{MetricsRows}}, len(metrics)
            assert set(metrics.loc[metrics["metric"] == "talent.flow", "destination"].dropna()) and metrics.loc[metrics["metric"] != "talent.flow", "destination"].isna().all()
            for c in ["mean", "sd", "ci95_low", "ci95_high", "p2_5", "p97_5"]:
                assert summary[c].dtype == "float64", (c, summary[c].dtype)
            assert summary["sd"].isna().all() and summary["mean"].notna().any()
            assert summary["aggregate"].dtype == bool
            total = metrics[(metrics["metric"] == "fdi.total.value") & metrics["aggregate"]]["value"].sum()
            assert abs(fdi.sum() - total) <= 1e-9 * max(abs(total), 1), (fdi.sum(), total)
            print("OK")
            """;
        var (exit, output) = RunScript(Interpreters.PythonWithPandas!, "snippet.py", code);
        Assert.True(exit == 0 && output.Contains("OK"), output);
    }

    [ReadrFact]
    public void The_readme_r_snippet_loads_metrics_and_summary_typed()
    {
        string code = Snippet("r-load", "r") + $$"""

            # Checks (not part of the README)
            stopifnot(is.double(metrics$value), any(is.na(metrics$value)), is.integer(metrics$year), is.integer(metrics$tick),
                      is.logical(metrics$aggregate), !anyNA(metrics$aggregate), nrow(metrics) == {{MetricsRows}}, nrow(problems(metrics)) == 0,
                      is.character(metrics$destination), all(is.na(metrics$destination[metrics$metric != "talent.flow"])),
                      !anyNA(metrics$destination[metrics$metric == "talent.flow"]),
                      is.double(summary$sd), all(is.na(summary$sd)), is.logical(summary$aggregate), nrow(problems(summary)) == 0)
            cat("OK\n")
            """;
        var (exit, output) = RunScript(Interpreters.RscriptWithReadr!, "snippet.R", code);
        Assert.True(exit == 0 && output.Contains("OK"), output);
    }
}
