using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>Interruption and concurrent runs: SIGINT and SIGTERM cancel a long command within seconds (exit 130 or
/// 143) leaving earlier results byte-identical and no temporary folder; stale temporaries of killed runs are removed
/// by the next run; a second run into the same --out is refused while the first goes on.</summary>
public sealed class InterruptionTests : IDisposable
{
    private const int SIGINT = 2, SIGTERM = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-int-");
    public void Dispose() => _dir.Delete(true);

    private string Baseline => Path.Combine(Nordicsim.RepoRoot, "scenarios", "baseline.yaml");

    public static TheoryData<int, int> Signals => new() { { SIGINT, 130 }, { SIGTERM, 143 } };

    [Theory]
    [MemberData(nameof(Signals))]
    public async Task A_signal_cancels_run_within_seconds_keeping_earlier_results_and_no_temporary(int signal, int exitCode)
    {
        var earlier = await Nordicsim.RunAsync(_dir.FullName, "run", Baseline, "--replications", "2", "--out", "X", "--quiet");
        Assert.True(earlier.ExitCode == 0, earlier.Output);
        var before = Hashes("X");

        using var p = Nordicsim.Start(_dir.FullName, "run", Baseline, "--replications", "200", "--out", "X", "--quiet");
        try
        {
            await SignalWhenWritingAsync(p, ".X.tmp-", signal);
            var watch = Stopwatch.StartNew();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await p.WaitForExitAsync(timeout.Token);
            Assert.Equal(exitCode, p.ExitCode);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        }
        finally { if (!p.HasExited) p.Kill(entireProcessTree: true); }

        Assert.Equal(before, Hashes("X"));
        Assert.Empty(Temporaries(".X."));
    }

    [Fact]
    public async Task SIGINT_cancels_compare_keeping_earlier_results_and_no_temporary()
    {
        string other = Path.Combine(Nordicsim.RepoRoot, "scenarios", "wasp-doubled.yaml");
        var earlier = await Nordicsim.RunAsync(_dir.FullName, "compare", Baseline, other, "--replications", "2", "--out", "cmp", "--quiet", "--no-report");
        Assert.True(earlier.ExitCode == 0, earlier.Output);
        var before = Hashes("cmp");

        using var p = Nordicsim.Start(_dir.FullName, "compare", Baseline, other, "--replications", "200", "--out", "cmp", "--quiet");
        try
        {
            await SignalWhenWritingAsync(p, ".cmp.tmp-", SIGINT);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await p.WaitForExitAsync(timeout.Token);
            Assert.Equal(130, p.ExitCode);
        }
        finally { if (!p.HasExited) p.Kill(entireProcessTree: true); }

        Assert.Equal(before, Hashes("cmp"));
        Assert.Empty(Temporaries(".cmp."));
    }

    [Fact]
    public async Task The_next_run_removes_stale_temporaries_of_dead_processes_and_keeps_a_live_ones()
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 1);
        int dead;
        using (var gone = Process.Start(new ProcessStartInfo("true"))!)
        {
            gone.WaitForExit();
            dead = gone.Id;
        }
        Assert.False(Directory.Exists($"/proc/{dead}"));
        string stale = Path.Combine(_dir.FullName, $".X.tmp-{dead}-12345");
        string live = Path.Combine(_dir.FullName, $".X.tmp-{Environment.ProcessId}-12345");
        string otherOutput = Path.Combine(_dir.FullName, $".Y.tmp-{dead}-12345");
        foreach (var d in new[] { stale, live, otherOutput })
        {
            Directory.CreateDirectory(d);
            File.WriteAllText(Path.Combine(d, "metrics.csv"), "partial");
        }

        var r = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "X", "--quiet");
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.False(Directory.Exists(stale), "the temporary of a dead process is removed");
        Assert.True(Directory.Exists(live), "the temporary of a live process is kept");
        Assert.True(Directory.Exists(otherOutput), "another output's temporaries are not touched");
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "X", "summary.csv")));
    }

    [Fact]
    public async Task A_second_run_into_the_same_out_is_refused_while_the_first_completes()
    {
        using var first = Nordicsim.Start(_dir.FullName, "run", Baseline, "--replications", "24", "--out", "X", "--quiet");
        try
        {
            await WaitForAsync(() => Temporaries(".X.tmp-").Length > 0, first);
            var second = await Nordicsim.RunAsync(_dir.FullName, "run", Baseline, "--replications", "2", "--out", "X", "--quiet");
            Assert.False(first.HasExited, "the first run was still running when the second was refused");
            Assert.Equal(2, second.ExitCode);
            Assert.Contains("another nordicsim process is writing", second.Stderr);
            Assert.Contains("--out X", second.Stderr);
            Assert.Single(second.Stderr.Trim().Split('\n'));

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await first.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, first.ExitCode);
        }
        finally { if (!first.HasExited) first.Kill(entireProcessTree: true); }
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "X", "run.json")));
        Assert.Empty(Temporaries(".X."));
    }

    /// <summary>Waits until the command is writing its temporary folder and has run a moment, then signals it.</summary>
    private async Task SignalWhenWritingAsync(Process p, string temporaryPrefix, int signal)
    {
        await WaitForAsync(() => Temporaries(temporaryPrefix).Length > 0, p);
        await Task.Delay(1000);
        Assert.False(p.HasExited, "the command ended before it was signalled; give it more work");
        Assert.Equal(0, Kill(p.Id, signal));
    }

    private static async Task WaitForAsync(Func<bool> condition, Process p)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.False(p.HasExited, "the command ended early");
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the command to start writing");
            await Task.Delay(50);
        }
    }

    private string[] Temporaries(string prefix) =>
        Directory.GetDirectories(_dir.FullName, prefix + "*").Where(d => !d.EndsWith(".lock")).ToArray();

    private SortedDictionary<string, string> Hashes(string folder)
    {
        string root = Path.Combine(_dir.FullName, folder);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(root, f)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)));
        Assert.NotEmpty(result);
        return result;
    }
}
