using System.Diagnostics;
using System.Text;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>Hostile and careless input files (issue 11), end to end: exit code 2, one error line in the form
/// <c>file:line:column: field: message</c> (or <c>file: file: ...</c>), no stack trace, nothing written, quickly.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Valid = "name: t\nyears:\n  start: 2020\n  end: 2021\nseed: 1\nreplications: 1\n";
    private const string Targets = "name: x\nparameters:\n  - { name: outbound.pandemic_effect }\nmoments:\n  - { metric: fdi.total.value, years: [2020, 2021], target: 1 }\n";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20); // a process start on a busy machine; the loader itself answers in well under a second

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-hostile-");
    public void Dispose() => _dir.Delete(true);

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Deep => "description: " + new string('[', 30_000) + new string(']', 30_000) + "\n";

    private static string Laughs()
    {
        var sb = new StringBuilder("a0: &a0 [lol]\n");
        for (int i = 1; i <= 10; i++) sb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        return sb.Append("? *a10\n: 1\n").ToString();
    }

    /// <summary>Runs the command and checks the refusal; returns the single error line.</summary>
    private async Task<string> Refused(params string[] args)
    {
        var sw = Stopwatch.StartNew();
        var r = await Nordicsim.RunAsync(_dir.FullName, args);
        Assert.True(sw.Elapsed < Bound, $"took {sw.Elapsed}");
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}: {r.Output[..Math.Min(2000, r.Output.Length)]}");
        Assert.DoesNotContain("   at ", r.Output);
        Assert.DoesNotContain("Exception", r.Output);
        Assert.DoesNotContain("overflow", r.Output, StringComparison.OrdinalIgnoreCase);
        var errors = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 1, r.Stderr);
        Assert.True(errors[0].Length < 300, errors[0]);
        Assert.Empty(Directory.GetDirectories(_dir.FullName));
        return errors[0];
    }

    private Task<string> Scenario(string file) => Refused("run", file, "--out", "out");
    private Task<string> TargetsFile(string file) => Refused("calibrate", Write("ok.yaml", Valid), "--targets", file, "--out", "out");

    [Fact]
    public async Task Deep_nesting_exits_2_instead_of_overflowing_the_stack()
    {
        Assert.Contains("deep.yaml:7:", await Scenario(Write("deep.yaml", Valid + Deep)));
        Assert.Contains("deep-targets.yaml:6:", await TargetsFile(Write("deep-targets.yaml", Targets + Deep)));
        Assert.Contains("nested more than 64 levels", await Scenario(Write("deep.yaml", Valid + Deep)));
    }

    [Fact]
    public async Task Aliases_are_refused_at_once()
    {
        string line = await Scenario(Write("laughs.yaml", Valid + Laughs()));
        Assert.Contains("laughs.yaml:7:", line);
        Assert.Contains("yaml: anchors and aliases", line);
        Assert.Contains("anchors and aliases", await TargetsFile(Write("laughs-targets.yaml", Targets + Laughs())));
    }

    [Fact]
    public async Task Special_files_are_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows()) return;
        string fifo = Path.Combine(_dir.FullName, "fifo.yaml");
        using (var mk = Process.Start("mkfifo", fifo)) await mk.WaitForExitAsync();
        File.CreateSymbolicLink(Path.Combine(_dir.FullName, "loop1.yaml"), Path.Combine(_dir.FullName, "loop2.yaml"));
        File.CreateSymbolicLink(Path.Combine(_dir.FullName, "loop2.yaml"), Path.Combine(_dir.FullName, "loop1.yaml"));
        foreach (var (path, reason) in new[] { (fifo, "FIFO"), ("/dev/zero", "character device"), ("/dev/urandom", "character device"), ("loop1.yaml", "symbolic links") })
        {
            Assert.Contains($"error: {path}: file: cannot read '{path}': ", await Scenario(path));
            Assert.Contains(reason, await Scenario(path));
            Assert.Contains(reason, await TargetsFile(path));
            Assert.Contains(reason, await Scenario(Write("over.yaml", $"base: {path}\nname: over\n")));
        }
        Assert.Contains("larger than 1 MiB", await Scenario(Write("large.yaml", Valid + new string('#', 2 << 20))));
    }

    [Fact]
    public async Task A_base_that_is_not_a_scenario_is_not_echoed()
    {
        const string secret = "root:$6$do-not-print-this-hash:19000:0:99999:7:::";
        Write("shadow", secret + "\ndaemon:*:19000:0:99999:7:::\n");
        string line = await Scenario(Write("over.yaml", "base: shadow\nname: over\n"));
        Assert.Contains("over.yaml:1:7: base: base scenario 'shadow' is not a scenario file", line);
        Assert.DoesNotContain("do-not-print", line);
    }

    [Fact]
    public async Task Byte_order_marks_and_other_encodings()
    {
        var ok = await Nordicsim.RunAsync(_dir.FullName, "validate", Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)]));
        Assert.True(ok.ExitCode == 0, ok.Output);
        Assert.Contains("utf16.yaml:1:1: encoding: the file is UTF-16", await Scenario(Write("utf16.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Valid)])));
        Assert.Contains("encoding: the file is UTF-32", await TargetsFile(Write("utf32.yaml", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Targets)])));
    }

    [Fact]
    public async Task Many_errors_are_capped_and_long_keys_cut()
    {
        var sb = new StringBuilder(Valid + "parameters:\n");
        for (int i = 0; i < 20_000; i++) sb.Append($"  no.such.parameter.{i}: 1\n");
        sb.Append(new string('k', 1000)).Append(": 1\n");
        var sw = Stopwatch.StartNew();
        var r = await Nordicsim.RunAsync(_dir.FullName, "validate", Write("keys.yaml", sb.ToString()));
        Assert.True(sw.Elapsed < Bound, $"took {sw.Elapsed}");
        Assert.Equal(2, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Count(l => l.StartsWith("error: ", StringComparison.Ordinal)));
        Assert.Contains("... and 19981 more errors", lines);
        Assert.Contains(lines, l => l.EndsWith("keys.yaml: 20001 problem(s); nothing was run.", StringComparison.Ordinal));
        Assert.True(lines.Length == 22, r.Stderr);
        Assert.All(lines, l => Assert.True(l.Length < 400, l));
        // a long key is cut in its message
        var one = await Scenario(Write("key.yaml", Valid + new string('k', 1000) + ": 1\n"));
        Assert.Contains(new string('k', 59) + "…", one);
    }

    [Fact]
    public async Task A_second_document_is_refused()
    {
        Assert.Contains("two.yaml:7:1: yaml: a scenario file holds one YAML document", await Scenario(Write("two.yaml", Valid + "---\nname: other\n")));
        Assert.Contains("holds one YAML document", await TargetsFile(Write("two-targets.yaml", Targets + "---\nname: other\n")));
    }

    [Fact]
    public async Task Tab_indentation_is_reported_at_its_line()
    {
        Assert.Contains("tab.yaml:8:1: yaml: malformed YAML:", await Scenario(Write("tab.yaml", Valid + "population:\n\tscale: 1\n")));
    }
}
