using System.Diagnostics;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>The interpreters the README's loading snippets need, found on this machine (null when absent): a python3
/// that imports pandas (the PATH's, or Debian's /usr/bin/python3 with python3-pandas), and an Rscript that loads readr.
/// .ci/run installs python3-pandas and r-cran-readr from Debian when it can.</summary>
public static class Interpreters
{
    public static string? PythonWithPandas { get; } = Find(["python3", "/usr/bin/python3"], "-c", "import pandas");

    public static string? RscriptWithReadr { get; } = Find(["Rscript", "/usr/bin/Rscript"], "-e", "library(readr)");

    private static string? Find(string[] candidates, string flag, string probe)
    {
        foreach (string exe in candidates)
        {
            try
            {
                var (code, _) = Run(exe, Path.GetTempPath(), flag, probe);
                if (code == 0) return exe;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not installed
            }
        }
        return null;
    }

    /// <summary>Runs <paramref name="exe"/> with the arguments in <paramref name="workingDirectory"/>; exit code and
    /// stdout + stderr.</summary>
    public static (int ExitCode, string Output) Run(string exe, string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            return (-1, "timed out after 2 minutes");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
