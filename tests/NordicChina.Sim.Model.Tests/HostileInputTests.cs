using System.Diagnostics;
using System.Text;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Model.Tests;

/// <summary>Hostile and careless input (issue 11): the scenario and targets loaders refuse it with a located
/// <see cref="ScenarioException"/>, quickly, without quoting foreign content.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Valid = "name: t\nyears:\n  start: 2020\n  end: 2021\nseed: 1\n";
    private const string ValidTargets = "name: x\nparameters:\n  - { name: outbound.pandemic_effect }\nmoments:\n  - { metric: fdi.total.value, years: [2020, 2021], target: 1 }\n";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-hostile-");
    public void Dispose() => _dir.Delete(true);

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs a load on another thread and fails if it takes longer than <paramref name="seconds"/>.</summary>
    private static ScenarioException Refused(Action load, double seconds = 20)   // a hang detector: the refused loads took minutes or never ended
    {
        var task = Task.Run(() => { try { load(); return null; } catch (ScenarioException ex) { return ex; } });
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"the load did not end within {seconds} s");
        var ex = task.Result;
        Assert.NotNull(ex);
        return ex!;
    }

    private ScenarioException Scenario(string text) => Refused(() => ScenarioLoader.Load(Write("s.yaml", text)));
    private ScenarioException Targets(string text) => Refused(() => TargetsLoader.Load(Write("t.yaml", text)));

    public static string Deep(int levels) => "description: " + new string('[', levels) + new string(']', levels) + "\n";

    public static string BillionLaughs()
    {
        var sb = new StringBuilder("a0: &a0 [lol]\n");
        for (int i = 1; i <= 10; i++)
            sb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        return sb.Append("? *a10\n: 1\n").ToString();
    }

    [Fact]
    public void Deep_nesting_is_refused_before_any_node_is_built()
    {
        foreach (var ex in new[] { Scenario(Valid + Deep(30_000)), Targets(ValidTargets + Deep(30_000)) })
        {
            var e = Assert.Single(ex.Errors);
            Assert.Equal("yaml", e.Field);
            Assert.Equal(6, e.Line);
            Assert.Contains($"nested more than {SafeYaml.MaxDepth} levels", e.Message);
        }
        // the limit itself is accepted as a value (a scalar description is checked afterwards)
        var atLimit = Scenario(Valid + "description: " + new string('[', SafeYaml.MaxDepth - 1) + new string(']', SafeYaml.MaxDepth - 1) + "\n");
        Assert.Equal("description", Assert.Single(atLimit.Errors).Field);
    }

    [Fact]
    public void Anchors_and_aliases_are_refused_at_once()
    {
        var sw = Stopwatch.StartNew();
        foreach (var ex in new[] { Scenario(Valid + BillionLaughs()), Targets(ValidTargets + BillionLaughs()) })
        {
            var e = Assert.Single(ex.Errors);
            Assert.Equal("yaml", e.Field);
            Assert.Equal(6, e.Line);
            Assert.Contains("anchors and aliases", e.Message);
        }
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");   // a hang detector: expanding the aliases took minutes
        Assert.Contains("anchors", Scenario(Valid + "parameters: &p\n  catchup.rate.CN.heavy: 0.1\n").Errors[0].Message);
        Assert.Contains("aliases", Scenario(Valid + "description: *x\n").Errors[0].Message);
    }

    [Fact]
    public void Special_files_are_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows()) return; // Unix special files
        string fifo = Path.Combine(_dir.FullName, "fifo.yaml");
        using (var mk = Process.Start("mkfifo", fifo)) mk.WaitForExit();
        string loop1 = Path.Combine(_dir.FullName, "loop1.yaml"), loop2 = Path.Combine(_dir.FullName, "loop2.yaml");
        File.CreateSymbolicLink(loop1, loop2);
        File.CreateSymbolicLink(loop2, loop1);
        string dangling = Path.Combine(_dir.FullName, "dangling.yaml");
        File.CreateSymbolicLink(dangling, Path.Combine(_dir.FullName, "nowhere.yaml"));
        string large = Write("large.yaml", Valid + new string('#', SafeYaml.MaxBytes) + "\n");

        var cases = new (string Path, string Reason)[]
        {
            (fifo, "FIFO"), ("/dev/zero", "character device"), ("/dev/urandom", "character device"),
            (loop1, "symbolic links"), (dangling, "symbolic link to nothing"), (_dir.FullName, "directory"), (large, "larger than 1 MiB"),
        };
        foreach (var (path, reason) in cases)
        {
            foreach (var ex in new[] { Refused(() => ScenarioLoader.Load(path)), Refused(() => TargetsLoader.Load(path)) })
            {
                var e = Assert.Single(ex.Errors);
                Assert.Equal("file", e.Field);
                Assert.StartsWith($"{path}: file: cannot read '{path}': ", e.ToString());
                Assert.Contains(reason, e.Message);
            }
            // the same file named as a base scenario
            var b = Assert.Single(Scenario(Valid.Replace("name: t\n", "") + $"base: {path}\n").Errors);
            Assert.Equal("base", b.Field);
            Assert.Contains(reason, b.Message);
        }
        // a symbolic link to a regular file is read as that file
        string link = Path.Combine(_dir.FullName, "link.yaml");
        File.CreateSymbolicLink(link, Write("real.yaml", Valid));
        Assert.Equal("t", ScenarioLoader.Load(link).Name);
    }

    [Fact]
    public void An_unreadable_file_is_refused_with_the_reason()
    {
        if (OperatingSystem.IsWindows()) return; // Unix special files
        string path = Write("secret.yaml", Valid);
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            File.ReadAllBytes(path);
            return; // running as root: every file is readable, nothing to check
        }
        catch (UnauthorizedAccessException) { }
        var e = Assert.Single(Refused(() => ScenarioLoader.Load(path)).Errors);
        Assert.Equal($"{path}: file: cannot read '{path}': permission denied", e.ToString());
    }

    [Fact]
    public void A_base_that_is_not_a_scenario_is_never_quoted()
    {
        const string secret = "root:$6$secret-hash-do-not-print:19000:0:99999:7:::";
        string[] foreign =
        [
            secret + "\n" + secret + "\n",                // a shadow-like file: one plain scalar
            $"{secret}: 1\nname: x\n",                     // a mapping, but not a scenario
            $"name: t\nseed: [{secret}\n",                 // malformed YAML
            $"name: t\n\tseed: {secret}\n",                // tab indentation (YamlDotNet's message quotes nothing, but still)
        ];
        foreach (var text in foreign)
        {
            Write("foreign.txt", text);
            var ex = Scenario("base: foreign.txt\nname: t2\n");
            var e = Assert.Single(ex.Errors);
            Assert.Equal("base", e.Field);
            Assert.Equal(1, e.Line);
            Assert.Contains("'foreign.txt' is not a scenario file", e.Message);
            Assert.DoesNotContain("secret", ex.Message);
        }
        // a base that is a scenario is reported with its own first error
        Write("base.yaml", Valid + "replications: 0\n");
        var invalid = Assert.Single(Scenario("base: base.yaml\nname: t2\n").Errors);
        Assert.Contains("is invalid", invalid.Message);
        Assert.Contains("replications", invalid.Message);
    }

    [Fact]
    public void A_base_is_an_overlay_resolved_beside_the_file()
    {
        Directory.CreateDirectory(Path.Combine(_dir.FullName, "lib"));
        Write("lib/base.yaml", Valid + "replications: 3\nparameters:\n  catchup.rate.CN.heavy: 0.1\n");
        var s = ScenarioLoader.Load(Write("lib/over.yaml", "base: base.yaml\nname: over\nseed: 9\n"));
        Assert.Equal(("over", 9UL, 3, 2020), (s.Name, s.Seed, s.Replications, s.StartYear));
        Assert.Single(s.Parameters.Overrides());
        // a cycle stops at the depth limit with an error
        Write("lib/a.yaml", "base: b.yaml\nname: a\n");
        Write("lib/b.yaml", "base: a.yaml\nname: b\n");
        var cycle = Refused(() => ScenarioLoader.Load(Path.Combine(_dir.FullName, "lib", "a.yaml")));
        Assert.Equal("base", Assert.Single(cycle.Errors).Field);
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_accepted_and_other_encodings_are_named()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Valid);
        Assert.Equal("t", ScenarioLoader.Load(Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. utf8])).Name);
        Assert.Equal("t", ScenarioLoader.Parse("\uFEFF" + Valid, "bom.yaml").Name);
        Assert.NotNull(TargetsLoader.Load(Write("bom-targets.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ValidTargets)])));

        var cases = new (byte[] Bytes, string Named)[]
        {
            ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Valid)], "UTF-16"),
            ([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Valid)], "UTF-16"),
            ([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Valid)], "UTF-32"),
            ([0, 0, 0xFE, 0xFF, .. new UTF32Encoding(true, false).GetBytes(Valid)], "UTF-32"),
            (Encoding.Unicode.GetBytes(Valid), "NUL bytes (UTF-16 or UTF-32"),
            ([.. utf8, 0xC3, 0x28, (byte)'\n'], "not UTF-8"),
        };
        foreach (var (bytes, named) in cases)
            foreach (var ex in new[] { Refused(() => ScenarioLoader.Load(Write("enc.yaml", bytes))), Refused(() => TargetsLoader.Load(Write("enc.yaml", bytes))) })
            {
                var e = Assert.Single(ex.Errors);
                Assert.Equal("encoding", e.Field);
                Assert.Contains(named, e.Message);
                Assert.True(e.Line > 0);
            }
    }

    [Fact]
    public void Many_unknown_keys_are_capped_and_long_keys_cut()
    {
        var sb = new StringBuilder(Valid + "parameters:\n");
        for (int i = 0; i < 30_000; i++) sb.Append($"  no.such.parameter.{i}: 1\n");
        var sw = Stopwatch.StartNew();
        var ex = Refused(() => ScenarioLoader.Load(Write("keys.yaml", sb.ToString())), seconds: 30);
        Assert.Equal(ScenarioException.MaxReported, ex.Errors.Count);
        Assert.Equal(30_000, ex.Total);
        Assert.Equal($"... and {30_000 - ScenarioException.MaxReported} more errors", ex.MoreLine);
        Assert.EndsWith(ex.MoreLine, ex.Message);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");   // a hang detector, not a speed check

        // a key may be up to 1,024 characters in YAML; a value has no such limit
        string key = new('k', 1000), value = new('k', 500_000);
        var errors = Scenario(Valid.Replace("seed: 1", $"seed: {value}") + $"{key}: 1\nparameters:\n  {key}x: 1\n").Errors
            .Concat(Targets(ValidTargets.Replace("name: x\n", $"name: x\nreplications: {value}\n{key}: 1\n")).Errors).ToList();
        Assert.Equal(5, errors.Count);
        foreach (var e in errors)
        {
            Assert.True(e.ToString().Length < 400, $"{e.ToString().Length} characters: {SafeYaml.Quote(e.ToString(), 200)}");
            Assert.Contains("k…", e.ToString());
        }
        Assert.Equal(new string('k', 59) + "…", SafeYaml.Quote(value));
        Assert.Equal("a?b", SafeYaml.Quote("a\u001bb"));
    }

    [Fact]
    public void A_second_document_is_refused()
    {
        foreach (var ex in new[] { Scenario(Valid + "---\nname: other\n"), Targets(ValidTargets + "---\nname: other\n") })
        {
            var e = Assert.Single(ex.Errors);
            Assert.Contains("holds one YAML document", e.Message);
            Assert.True(e.Line >= 6, e.ToString());
        }
        Assert.Equal("t", ScenarioLoader.Parse("---\n" + Valid + "...\n", "one.yaml").Name);
    }

    [Fact]
    public void Tab_indentation_is_reported_at_its_line()
    {
        var e = Assert.Single(Scenario(Valid + "population:\n\tscale: 1\n").Errors);
        Assert.Equal(("yaml", 7, 1), (e.Field, e.Line, e.Column));
        Assert.Contains("tab", e.Message);
        var t = Assert.Single(Targets(ValidTargets + "extra:\n\ta: 1\n").Errors);
        Assert.True((t.Line, t.Column) == (7, 1), t.ToString());
        // A tab after a line of the same mapping: YamlDotNet blames the scalar on the line before; the error names the tab's line.
        var after = Assert.Single(Scenario(Valid + "population:\n  scale: 1\n\tfirms: 3\n").Errors);
        Assert.Equal(("yaml", 8, 1), (after.Field, after.Line, after.Column));
        Assert.Contains("a tab used as indentation", after.Message);
    }
}
