using System.Diagnostics;
using System.Text;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>A nordicsim process (silo or client) with its output captured, as an operator would run it.</summary>
public sealed class NordicsimProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private NordicsimProcess(Process process) => _process = process;

    public string Name { get; private init; } = "";

    public static NordicsimProcess Start(string name, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Repo.NordicsimDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment.Remove(PostgresServer.EnvironmentVariable);
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        var p = new NordicsimProcess(Process.Start(psi)!) { Name = name };
        p._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (p._gate) p._stdout.AppendLine(e.Data); };
        p._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (p._gate) p._stderr.AppendLine(e.Data); };
        p._process.BeginOutputReadLine();
        p._process.BeginErrorReadLine();
        return p;
    }

    public string Stdout { get { lock (_gate) return _stdout.ToString(); } }
    public string Stderr { get { lock (_gate) return _stderr.ToString(); } }
    public string Output => $"--- {Name} stdout ---\n{Stdout}--- {Name} stderr ---\n{Stderr}";

    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <summary>Waits until <paramref name="text"/> appears on standard output; fails with the output if the
    /// process exits or the time runs out first.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Stdout.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited) throw new Xunit.Sdk.XunitException($"{Name} exited ({_process.ExitCode}) before printing '{text}':\n{Output}");
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"{Name} did not print '{text}' within {timeout}:\n{Output}");
            await Task.Delay(100);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { throw new Xunit.Sdk.XunitException($"{Name} did not finish within {timeout}:\n{Output}"); }
        _process.WaitForExit();   // drain the output handlers
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to clean up.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
