namespace NordicChina.Sim.Cli.Tests;

/// <summary>Issue 11: hostile and careless input and failing disks, each end to end through the program: foreign files
/// in a results folder, symbolic links, unbounded experiment sizes, unwritable output locations, a folder that cannot
/// be renamed (a mount point), option values that do not convert, damaged result and point files, bad cluster
/// configuration, and every command's --help.</summary>
public sealed class OutputHardeningTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-hostile-");

    public void Dispose()
    {
        if (OperatingSystem.IsWindows()) { _dir.Delete(true); return; }
        foreach (var d in _dir.EnumerateDirectories("*", SearchOption.AllDirectories))
            try { File.SetUnixFileMode(d.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        _dir.Delete(true);
    }

    private string P(params string[] parts) => Path.Combine([_dir.FullName, .. parts]);

    private string Tiny(string name = "small") => Nordicsim.SmallScenario(_dir.FullName, name, years: 2, replications: 1);

    private static void NoTrace(Nordicsim.Result r)
    {
        Assert.DoesNotContain("   at ", r.Output);
        Assert.DoesNotContain("Exception", r.Stderr);
    }

    private static bool IsRoot => Environment.UserName == "root";

    [Fact]
    public async Task A_results_folder_holding_files_nordicsim_did_not_write_is_refused_naming_them_and_left_alone()
    {
        string scenario = Tiny();
        var first = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "results/small", "--quiet");
        Assert.True(first.ExitCode == 0, first.Output);
        string marker = File.ReadAllText(P("results", "small", ".nordicsim-results"));
        foreach (var f in new[] { "metrics.csv", "metrics.parquet", "summary.csv", "run.json", "datapackage.json" }) Assert.Contains("\n" + f + "\n", marker);

        File.WriteAllText(P("results", "small", "NOTES.txt"), "my notes");
        File.Copy(scenario, P("results", "small", "my-scenario.yaml"));
        var nested = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "results/small/nested", "--quiet");
        Assert.True(nested.ExitCode == 0, nested.Output);

        var r = await Nordicsim.RunAsync(_dir.FullName, "run", "results/small/my-scenario.yaml", "--out", "results/small", "--quiet");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("NOTES.txt", r.Stderr);
        Assert.Contains("my-scenario.yaml", r.Stderr);
        Assert.Contains("nested/", r.Stderr);
        NoTrace(r);
        Assert.Equal("my notes", File.ReadAllText(P("results", "small", "NOTES.txt")));
        Assert.True(File.Exists(P("results", "small", "my-scenario.yaml")));
        Assert.True(File.Exists(P("results", "small", "nested", "metrics.csv")));
        Assert.True(File.Exists(P("results", "small", "metrics.csv")), "the earlier results are untouched");

        // Without the foreign files, nordicsim's own results are replaced (also one a later 'report' added).
        File.Delete(P("results", "small", "NOTES.txt"));
        File.Delete(P("results", "small", "my-scenario.yaml"));
        Directory.Delete(P("results", "small", "nested"), true);
        Assert.Equal(0, (await Nordicsim.RunAsync(_dir.FullName, "report", "results/small")).ExitCode);
        var again = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "results/small", "--quiet");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.False(File.Exists(P("results", "small", "report.html")), "report.html was nordicsim's and is replaced with the folder");
    }

    [Fact]
    public async Task Report_replaces_a_symbolic_link_instead_of_writing_through_it()
    {
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", Tiny(), "--out", "X", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);
        File.WriteAllText(P("precious.txt"), "do not overwrite");
        File.CreateSymbolicLink(P("X", "report.html"), P("precious.txt"));

        var r = await Nordicsim.RunAsync(_dir.FullName, "report", "X");
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Equal("do not overwrite", File.ReadAllText(P("precious.txt")));
        Assert.Null(new FileInfo(P("X", "report.html")).LinkTarget);
        Assert.Contains("<html", File.ReadAllText(P("X", "report.html")));
        Assert.Empty(Directory.GetFiles(P("X"), ".report.html.tmp-*"));
    }

    public static TheoryData<string[], string> Oversized => new()
    {
        { ["compare", "{s}", "{s}", "--replications", "2000000"], "--replications must be between 2 and 100000" },
        { ["sweep", "{s}", "--vary", "catchup.rate.CN.heavy=0:4.9:0.00005", "--vary", "logit.nest_lambda=0.05:1:0.00001"], "a sweep has at most 100,000 points" },
        { ["sweep", "{s}", "--vary", "catchup.rate.CN.heavy=0:4.9:0.0005", "--vary", "logit.nest_lambda=0.05:1:0.001"], "a sweep has at most 100,000 points" },
        { ["sweep", "{s}", "--vary", "catchup.rate.CN.heavy=0:4.9:0.0000000001"], "a sweep has at most 100,000 points" },
        { ["sensitivity", "{s}", "--samples", "2000000000", "--all"], "an analysis has at most 100,000 points" },
        { ["sensitivity", "{s}", "--method", "sobol", "--samples", "2000000000", "--all"], "an analysis has at most 100,000 points" },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task An_oversized_experiment_is_refused_before_anything_is_allocated(string[] args, string expected)
    {
        string scenario = Tiny();
        var started = DateTime.UtcNow;
        var r = await Nordicsim.RunAsync(_dir.FullName, [.. args.Select(a => a == "{s}" ? scenario : a), "--out", "big", "--quiet"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Stderr);
        NoTrace(r);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), "refused at once");
        Assert.False(Directory.Exists(P("big")));
        Assert.Empty(Directory.GetDirectories(_dir.FullName));
    }

    [Theory]
    [InlineData("/proc/nordicsim-out")]
    [InlineData("a-file/out")]
    [InlineData("")]
    [InlineData("long")]
    public async Task An_unwritable_out_is_refused_before_the_run_in_one_line_with_exit_2(string @out)
    {
        File.WriteAllText(P("a-file"), "a regular file");
        if (@out == "long") @out = new string('d', 300) + "/out";
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", Tiny(), "--out", @out, "--quiet");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error: --out", r.Stderr);
        Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains("nothing was run", r.Stderr);
        Assert.DoesNotContain("agent-steps", r.Stdout);
        NoTrace(r);
        Assert.Empty(Directory.GetDirectories(_dir.FullName));
    }

    [Fact]
    public async Task A_read_only_folder_is_refused_for_out_report_and_catalogue()
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("the command line's file checks are POSIX ones");
        string scenario = Tiny();
        Assert.Equal(0, (await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "ro/results", "--quiet")).ExitCode);
        // Root writes into folders without write permission, so as root the folder is made read-only by a read-only
        // bind mount of itself (the kernel then refuses every write, EROFS); otherwise by its mode bits.
        using var readOnly = IsRoot ? Mounts.ReadOnlyBind(P("ro")) : null;
        if (!IsRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(P("ro", "results"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
            File.SetUnixFileMode(P("ro"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var run = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "ro/new", "--quiet");
        Assert.Equal(2, run.ExitCode);
        Assert.True(run.Stderr.Contains("permission denied", StringComparison.OrdinalIgnoreCase) || run.Stderr.Contains("read-only", StringComparison.OrdinalIgnoreCase), run.Stderr);
        NoTrace(run);
        var report = await Nordicsim.RunAsync(_dir.FullName, "report", "ro/results");
        Assert.Equal(2, report.ExitCode);
        NoTrace(report);
        var catalogue = await Nordicsim.RunAsync(_dir.FullName, "catalogue", "--docs", "ro/docs");
        Assert.Equal(2, catalogue.ExitCode);
        NoTrace(catalogue);
    }

    [Fact]
    public async Task A_disk_that_fills_during_the_run_fails_in_one_line_and_leaves_nothing_behind()
    {
        if (!IsRoot) return;   // mounting a small file system needs root (as in CI); the other write failures are tested above
        using var small = Mounts.SmallTmpfs(P("full"), kilobytes: 256);
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", Tiny(), "--out", "full/results", "--quiet");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("space", run.Stderr, StringComparison.OrdinalIgnoreCase);
        NoTrace(run);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(P("full")), e => !Path.GetFileName(e).EndsWith(".lock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_and_catalogue_that_cannot_write_exit_2_in_one_line()
    {
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", Tiny(), "--out", "X", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);
        Directory.CreateDirectory(P("X", "report.html"));   // report.html cannot be renamed over a folder
        var report = await Nordicsim.RunAsync(_dir.FullName, "report", "X");
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("cannot write report.html", report.Stderr);
        NoTrace(report);

        File.WriteAllText(P("a-file"), "x");
        var catalogue = await Nordicsim.RunAsync(_dir.FullName, "catalogue", "--docs", "a-file/docs");
        Assert.Equal(2, catalogue.ExitCode);
        Assert.Contains("cannot write the catalogues", catalogue.Stderr);
        NoTrace(catalogue);
    }

    [Fact]
    public async Task Results_go_into_the_folder_itself_when_it_cannot_be_renamed_replacing_only_nordicsims_files()
    {
        // NORDICSIM_TEST_RENAME_BUSY makes renaming the existing results folder fail with EBUSY, as at a mount point.
        var busy = new Dictionary<string, string> { ["NORDICSIM_TEST_RENAME_BUSY"] = "1" };
        string scenario = Tiny();
        var compare = await Nordicsim.RunAsync(_dir.FullName, "compare", scenario, scenario, "--replications", "2", "--out", "mnt", "--quiet");
        Assert.True(compare.ExitCode == 0, compare.Output);
        Assert.True(File.Exists(P("mnt", "comparison.csv")));

        var run = await Nordicsim.RunWithEnvironmentAsync(_dir.FullName, busy, "run", scenario, "--out", "mnt", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);
        var names = Directory.GetFileSystemEntries(P("mnt")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([".nordicsim-results", "datapackage.json", "headlines.csv", "metrics.csv", "metrics.parquet", "run.json", "summary.csv", "window.csv"], names);
        Assert.Equal(["mnt", "small.yaml"], Directory.GetFileSystemEntries(_dir.FullName).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        Assert.True(new FileInfo(P("mnt", "metrics.csv")).Length > 1000);

        File.WriteAllText(P("mnt", "NOTES.txt"), "mine");
        var refused = await Nordicsim.RunWithEnvironmentAsync(_dir.FullName, busy, "run", scenario, "--out", "mnt", "--quiet");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("NOTES.txt", refused.Stderr);
        Assert.Equal("mine", File.ReadAllText(P("mnt", "NOTES.txt")));
    }

    [Theory]
    [InlineData("--seed", "99999999999999999999", "from 0 to 9223372036854775807")]
    [InlineData("--seed", "1.5", "from 0 to 9223372036854775807")]
    [InlineData("--seed", null, "--seed: needs a value")]
    [InlineData("--replications", "2147483648", "from 1 to 100000")]
    [InlineData("--silos", "x", "from 1 to 16")]
    public async Task An_option_value_that_does_not_convert_names_the_option_and_its_range(string option, string? value, string expected)
    {
        string[] args = value is null ? ["run", Tiny(), option] : ["run", Tiny(), option, value];
        var r = await Nordicsim.RunAsync(_dir.FullName, args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(option, r.Stderr);
        Assert.Contains(expected, r.Stderr);
        Assert.DoesNotContain("Nullable", r.Stderr);
        Assert.DoesNotContain("__default_command", r.Stderr);
    }

    [Fact]
    public async Task Report_refuses_a_truncated_summary_or_an_array_run_json_naming_file_and_line()
    {
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", Tiny(), "--out", "X", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);
        string summary = P("X", "summary.csv");
        string text = File.ReadAllText(summary);
        int cut = text.IndexOf('\n', text.Length / 2) + 4;   // three characters into a line: its first field only
        File.WriteAllText(summary, text[..cut]);
        int line = text[..cut].Count(c => c == '\n') + 1;
        var r = await Nordicsim.RunAsync(_dir.FullName, "report", "X");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"summary.csv:{line}:", r.Stderr);
        Assert.False(File.Exists(P("X", "report.html")));

        File.WriteAllText(summary, text);
        File.WriteAllText(P("X", "run.json"), "[1, 2, 3]\n");
        var a = await Nordicsim.RunAsync(_dir.FullName, "report", "X");
        Assert.Equal(2, a.ExitCode);
        Assert.Contains("run.json:1:", a.Stderr);
        Assert.Contains("JSON object", a.Stderr);
        NoTrace(a);
    }

    [Fact]
    public async Task A_resumed_sweep_names_a_damaged_point_file_and_runs_that_point_again()
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 3, replications: 3);
        // Thirty points, so the sweep is still running when the test, slowed by the rest of the suite, looks for its
        // first point files.
        string[] vary = ["--vary", "outbound.hazard.manufacturer=0.02:0.31:0.01", "--quiet"];
        var straight = await Nordicsim.RunAsync(_dir.FullName, ["sweep", scenario, .. vary, "--out", "straight"]);
        Assert.True(straight.ExitCode == 0, straight.Output);

        using var victim = Nordicsim.Start(_dir.FullName, ["sweep", scenario, .. vary, "--out", "killed"]);
        string points = P("killed.partial", "points");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !victim.HasExited && !(Directory.Exists(points) && Directory.GetFiles(points, "*.csv").Length >= 2))
            await Task.Delay(20);
        Assert.False(victim.HasExited, "the sweep finished before it could be interrupted");
        victim.Kill(entireProcessTree: true);
        await victim.WaitForExitAsync();
        string damaged = Directory.GetFiles(points, "*.csv").Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(damaged);
        File.WriteAllText(damaged, string.Join('\n', lines.Take(3)) + "\n" + lines[3][..(lines[3].Length / 2)]);

        var resumed = await Nordicsim.RunAsync(_dir.FullName, ["sweep", scenario, .. vary, "--out", "killed", "--resume"]);
        Assert.True(resumed.ExitCode == 0, resumed.Output);
        Assert.Contains($"{Path.GetFileName(damaged)}:4:", resumed.Stderr);
        Assert.Contains("run again", resumed.Stderr);
        Assert.Equal(File.ReadAllText(P("straight", "sweep.csv")), File.ReadAllText(P("killed", "sweep.csv")));
    }

    [Theory]
    [InlineData("""{ "Silo": { "AdvertisedAddress": "not an address" } }""", "Silo:AdvertisedAddress")]
    [InlineData("""{ "Cluster": { "ClusterId": "" } }""", "Cluster:ClusterId")]
    [InlineData("""{ "Cluster": { "ClusterId": "  " } }""", "Cluster:ClusterId")]
    public async Task A_bad_cluster_configuration_exits_2_naming_the_key(string json, string key)
    {
        File.WriteAllText(P("cluster.json"), json);
        var silo = await Nordicsim.RunAsync(_dir.FullName, "silo", "--config", "cluster.json");
        Assert.Equal(2, silo.ExitCode);
        Assert.Contains(key, silo.Stderr);
        Assert.DoesNotContain("Invalid argument", silo.Output);
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", Tiny(), "--cluster", "cluster.json", "--quiet");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(key, run.Stderr);
    }

    [Fact]
    public async Task The_one_replication_table_says_n_a_instead_of_NaN()
    {
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", Tiny(), "--out", "X", "--quiet");
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Contains("n/a (1 replication)", r.Stdout);
        Assert.DoesNotContain("NaN", r.Stdout);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("silo")]
    [InlineData("resume")]
    [InlineData("validate")]
    [InlineData("bench")]
    [InlineData("compare")]
    [InlineData("sweep")]
    [InlineData("sensitivity")]
    [InlineData("calibrate")]
    [InlineData("report")]
    [InlineData("catalogue")]
    public async Task Help_of_every_command_exits_0_and_prints_its_usage(string command)
    {
        var r = await Nordicsim.RunAsync(_dir.FullName, command, "--help");
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Contains("USAGE", r.Stdout);
        Assert.Contains($"nordicsim {command}", r.Stdout);
        Assert.Empty(r.Stderr);
    }

    [Fact]
    public async Task Verbose_is_a_global_option_accepted_by_every_command()
    {
        var r = await Nordicsim.RunAsync(_dir.FullName, "validate", Tiny(), "--verbose");
        Assert.True(r.ExitCode == 0, r.Output);
        var bad = await Nordicsim.RunAsync(_dir.FullName, "--verbose", "run", Tiny(), "--out", "", "--quiet");
        Assert.Equal(2, bad.ExitCode);
    }
}
