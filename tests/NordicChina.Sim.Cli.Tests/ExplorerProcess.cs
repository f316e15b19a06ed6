using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>nordicsim explore started as a user starts it (a separate process on a free port), with its library in
/// <see cref="Library"/>: the small baseline (baseline.yaml) and a copy named small (small.yaml).</summary>
public sealed class ExplorerProcess : IAsyncDisposable
{
    private readonly Process _process;

    public string Url { get; }
    public string Library { get; }
    public string Out { get; }
    public HttpClient Http { get; }

    private ExplorerProcess(Process process, string url, string library, string outDir)
    {
        _process = process;
        Url = url;
        Library = library;
        Out = outDir;
        var root = new Uri(url);
        Http = new HttpClient { BaseAddress = new Uri(root.GetLeftPart(UriPartial.Authority) + "/"), Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>A library of two tiny scenarios (2 years, a tenth of the population, 2 replications) in <paramref name="dir"/>.</summary>
    public static string MakeLibrary(string dir)
    {
        string library = Path.Combine(dir, "library");
        Directory.CreateDirectory(library);
        Nordicsim.SmallScenario(library, "baseline", years: 2, replications: 2);
        Nordicsim.SmallScenario(library, "small", years: 2, replications: 2);
        return library;
    }

    public static async Task<ExplorerProcess> StartAsync(string dir, params string[] extra)
    {
        string library = MakeLibrary(dir), outDir = Path.Combine(dir, "explore-out");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Nordicsim.Dll, "explore", "--port", "0", "--scenarios", library, "--out", outDir }.Concat(extra)) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        var p = Process.Start(psi)!;
        var url = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderr = new System.Text.StringBuilder();
        p.OutputDataReceived += (_, e) => { if (e.Data?.StartsWith("Explorer: ", StringComparison.Ordinal) == true) url.TrySetResult(e.Data["Explorer: ".Length..].Trim()); };
        p.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        p.Exited += (_, _) => url.TrySetException(new InvalidOperationException($"nordicsim explore exited: {stderr}"));
        p.EnableRaisingEvents = true;
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        string address = await url.Task.WaitAsync(TimeSpan.FromMinutes(1));
        return new ExplorerProcess(p, address, library, outDir);
    }

    /// <summary>Starts a run or comparison and returns its id (fails on a refused request).</summary>
    public async Task<string> StartRunAsync(string query)
    {
        var r = await Http.PostAsync("api/runs?" + query, null);
        string body = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> StatusAsync(string id) => await Http.GetFromJsonAsync<JsonElement>($"api/runs/{id}");

    /// <summary>Polls until the job has ended; the snapshots seen on the way.</summary>
    public async Task<List<JsonElement>> WaitAsync(string id)
    {
        var seen = new List<JsonElement>();
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            var s = await StatusAsync(id);
            seen.Add(s);
            if (s.GetProperty("state").GetString() is "done" or "failed" or "cancelled") return seen;
            await Task.Delay(100);
        }
        throw new TimeoutException($"run {id} did not end");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
