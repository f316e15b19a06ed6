using System.Diagnostics;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>Runs the built nordicsim program as a separate process, as a user would.</summary>
public static class Nordicsim
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Output => Stdout + Stderr;
    }

    public static string RepoRoot { get; } = FindRoot();

    internal static string Dll
    {
        get
        {
            // Same configuration as this test assembly (Debug or Release).
            string config = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            string path = Path.Combine(RepoRoot, "src", "NordicChina.Sim.Cli", "bin", config, "net10.0", "nordicsim.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first.", path);
        }
    }

    public static Task<Result> RunAsync(string workingDirectory, IEnumerable<string> args) => RunAsync(workingDirectory, args.ToArray());

    public static Task<Result> RunAsync(string workingDirectory, params string[] args) => RunWithEnvironmentAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs nordicsim with extra environment variables (e.g. a test seam).</summary>
    public static async Task<Result> RunWithEnvironmentAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // Through env(1), which resets SIGINT to its default and then execs dotnet in the same process (same id): a
        // test suite started as a background job without job control inherits SIGINT ignored, and the tests that
        // interrupt a command with SIGINT, as Ctrl+C at a terminal does, need it delivered.
        var psi = new ProcessStartInfo("env") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("--default-signal=INT");
        psi.ArgumentList.Add("dotnet");
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await p.WaitForExitAsync(timeout.Token);
        return new Result(p.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts nordicsim without waiting for it (for tests that kill it).</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        // Through env(1), which resets SIGINT to its default and then execs dotnet in the same process (same id): a
        // test suite started as a background job without job control inherits SIGINT ignored, and the tests that
        // interrupt a command with SIGINT, as Ctrl+C at a terminal does, need it delivered.
        var psi = new ProcessStartInfo("env") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("--default-signal=INT");
        psi.ArgumentList.Add("dotnet");
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    /// <summary>A small variant of the baseline: a tenth of the population over a few years.</summary>
    public static string SmallScenario(string dir, string name = "small", int years = 3, int replications = 2, string extra = "")
    {
        string text = File.ReadAllText(Path.Combine(RepoRoot, "scenarios", "baseline.yaml"))
            .Replace("name: baseline", $"name: {name}")
            .Replace("  end: 2040 ", $"  end: {2020 + years - 1} ")
            .Replace("replications: 20 ", $"replications: {replications} ")
            .Replace("  scale: 1.0 ", "  scale: 0.1 ")
            + extra;
        string path = Path.Combine(dir, name + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NordicChina.Sim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
