using System.Text.Json;

namespace NordicChina.Sim.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-cli-");

    public void Dispose() => _dir.Delete(true);

    [Fact]
    public async Task Run_writes_metrics_summary_and_run_json_identically_on_one_and_three_silos()
    {
        var scenario = Nordicsim.SmallScenario(_dir.FullName);
        var one = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "out1", "--silos", "1");
        var three = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "out3", "--silos", "3");
        Assert.True(one.ExitCode == 0, one.Output);
        Assert.True(three.ExitCode == 0, three.Output);

        var m1 = await File.ReadAllBytesAsync(Path.Combine(_dir.FullName, "out1", "metrics.csv"));
        var m3 = await File.ReadAllBytesAsync(Path.Combine(_dir.FullName, "out3", "metrics.csv"));
        Assert.True(m1.Length > 10_000);
        Assert.Equal(m1, m3);

        var lines = await File.ReadAllLinesAsync(Path.Combine(_dir.FullName, "out1", "metrics.csv"));
        Assert.Equal("scenario,replication,year,period,tick,region,destination,sector,metric,aggregate,value", lines[0]);
        foreach (var family in new[] { ",fdi.", ",jobs.", ",talent.", ",rdcentres.", ",capability.", ",window." })
            Assert.Contains(lines, l => l.Contains(family));

        var summary = await File.ReadAllLinesAsync(Path.Combine(_dir.FullName, "out1", "summary.csv"));
        Assert.Equal("metric,year,region,destination,sector,aggregate,n,mean,sd,ci95_low,ci95_high,p2_5,p97_5,sd_stochastic,sd_parametric,share_parametric,seed,program_version", summary[0]);
        Assert.Contains(summary, l => l.StartsWith("fdi.total.value,2021,all,,all,true,2,"));
        Assert.Contains(summary, l => l.StartsWith("talent.flow,2021,BJS,USA,all,false,2,"));

        using var run = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir.FullName, "out3", "run.json")));
        var root = run.RootElement;
        Assert.Equal(3, root.GetProperty("silos").GetInt32());
        Assert.Equal(2, root.GetProperty("replications").GetInt32());
        Assert.Equal(12, root.GetProperty("ticks").GetInt32());
        Assert.True(root.GetProperty("agents").GetInt32() > 500);
        Assert.True(root.GetProperty("agent_steps").GetInt64() > 12 * 500);
        Assert.Equal(64, root.GetProperty("content_hash").GetString()!.Length);
        Assert.True(root.GetProperty("wall_seconds").GetDouble() > 0);
        string version = root.GetProperty("program_version").GetString()!;
        AssertVersionIsThisCommit(version);
        Assert.All(summary.Skip(1), l => Assert.EndsWith("," + version, l));

        // datapackage.json (checked rule by rule in Grains.Tests DataPackageTests): written by the command, with its provenance.
        using var package = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir.FullName, "out3", "datapackage.json")));
        var provenance = package.RootElement.GetProperty("provenance");
        Assert.Equal(version, provenance.GetProperty("program_version").GetString());
        Assert.Equal(root.GetProperty("content_hash").GetString(), provenance.GetProperty("content_hash").GetString());
        Assert.Contains("run", provenance.GetProperty("command_line").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["headlines.csv", "metrics.csv", "metrics.parquet", "summary.csv", "window.csv"], package.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()));

        // p2_5 and p97_5 are R-7 quantiles: for two replications x1 <= x2 they are x1 + 0.025(x2 - x1) and
        // x1 + 0.975(x2 - x1), 0.95 |x2 - x1| = 0.95 * sqrt(2) * sd apart (R-8, MathNet's default, gave x1 and x2).
        int checkedRows = 0;
        foreach (var f in summary.Skip(1).Select(l => l.Split(',')).Where(f => f[6] == "2" && f[8].Length > 0 && double.Parse(f[8], System.Globalization.CultureInfo.InvariantCulture) > 0)) // n, sd
        {
            double sd = double.Parse(f[8], System.Globalization.CultureInfo.InvariantCulture);
            double lo = double.Parse(f[11], System.Globalization.CultureInfo.InvariantCulture); // p2_5
            double hi = double.Parse(f[12], System.Globalization.CultureInfo.InvariantCulture); // p97_5
            Assert.Equal(0.95 * Math.Sqrt(2) * sd, hi - lo, 1e-9 * Math.Max(1, Math.Abs(hi)));
            checkedRows++;
        }
        Assert.True(checkedRows > 10, $"only {checkedRows} summary rows with spread");

        Assert.Contains("Chinese FDI into the host", one.Stdout);
        Assert.Contains("Heavy-industry window", one.Stdout);
    }

    [Fact]
    public async Task Seed_option_changes_the_results_and_replications_option_is_honoured()
    {
        var scenario = Nordicsim.SmallScenario(_dir.FullName, years: 2, replications: 1);
        var a = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "a", "--seed", "1", "--replications", "2");
        var b = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "b", "--seed", "2", "--replications", "2");
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a.Output + b.Output);
        var ma = await File.ReadAllTextAsync(Path.Combine(_dir.FullName, "a", "metrics.csv"));
        Assert.NotEqual(ma, await File.ReadAllTextAsync(Path.Combine(_dir.FullName, "b", "metrics.csv")));
        Assert.Contains("\nsmall,1,2021,", ma);
    }

    [Fact]
    public async Task Otel_console_exports_the_project_meter_and_orleans_meter()
    {
        var scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 1);
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "o", "--otel", "console", "--quiet");
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Contains("nordicsim.ticks", r.Stdout);
        Assert.Contains("orleans-", r.Stdout);
        // The resource: nordicsim, its version with the commit, the embedded silo's name, the default environment.
        Assert.Contains("service.name: nordicsim", r.Stdout);
        Assert.DoesNotContain("unknown_service", r.Stdout);
        Assert.Contains("service.instance.id: silo0", r.Stdout);
        Assert.Contains("deployment.environment: local", r.Stdout);
        var version = System.Text.RegularExpressions.Regex.Match(r.Stdout, @"service\.version: (\S+)");
        Assert.True(version.Success, r.Stdout);
        AssertVersionIsThisCommit(version.Groups[1].Value);
    }
    /// <summary>The version recorded is the informational version with the commit the build came from:
    /// semver + "+" + the short hash of HEAD (the tests run from the git checkout they were built in).</summary>
    internal static void AssertVersionIsThisCommit(string version)
    {
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+[0-9a-f]{7,40}$", version);
        var psi = new System.Diagnostics.ProcessStartInfo("git", "rev-parse --short HEAD") { WorkingDirectory = Nordicsim.RepoRoot, RedirectStandardOutput = true };
        using var git = System.Diagnostics.Process.Start(psi)!;
        string head = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        Assert.Equal(head, version[(version.IndexOf('+') + 1)..]);
    }
}
