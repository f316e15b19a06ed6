using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>nordicsim explore's window view and downloads, on a real server: the view's numbers are those of the
/// run's window.csv and summary.csv, what moves the window is read from docs/sensitivity.md, the zip holds the run's
/// files byte for byte and the report is the one nordicsim report makes.</summary>
public sealed class ExplorerWindowTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-explore-window-");

    public void Dispose() => _dir.Delete(true);

    /// <summary>The window scenario's threshold: between the heavy-industry gaps of its four replications at the end of 2022
    /// (0.2025, 0.2121, 0.2179 and 0.2220 at the seventh calibration's defaults), so the window closes in two of them.</summary>
    internal const string Threshold = "0.215";

    /// <summary>A three-year scenario whose threshold closes the window in some replications and sectors and not in others.</summary>
    internal static void AddWindowScenario(string library)
    {
        string path = Nordicsim.SmallScenario(library, "window", years: 3, replications: 4);
        string text = File.ReadAllText(path);
        Assert.Contains("parameters: {}", text);
        File.WriteAllText(path, text.Replace("parameters: {}", $"parameters: {{ window.threshold: {Threshold} }}"));
    }

    private static double? N(string field) => field == "" ? null : double.Parse(field, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_window_view_gives_window_csv_and_summary_csv_of_the_run_as_replications_arrive()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        AddWindowScenario(explorer.Library);
        string id = await explorer.StartRunAsync("scenario=window.yaml&replications=4");
        var partial = new List<JsonElement>();
        JsonElement status;
        var until = DateTime.UtcNow.AddMinutes(3);
        do
        {
            status = await explorer.StatusAsync(id);
            var w = JsonDocument.Parse(await explorer.Http.GetStringAsync($"api/runs/{id}/window")).RootElement;
            if (w.GetProperty("replicationsDone").GetInt32() is > 0 and < 4) partial.Add(w);
            await Task.Delay(50);
        } while (status.GetProperty("state").GetString() is "waiting" or "running" && DateTime.UtcNow < until);
        Assert.Equal("done", status.GetProperty("state").GetString());
        // While the run goes on, the closing-year table counts the replications finished so far.
        Assert.NotEmpty(partial);
        Assert.All(partial, w => Assert.All(w.GetProperty("closing").EnumerateArray(), r => Assert.Equal(w.GetProperty("replicationsDone").GetInt32(), r.GetProperty("n").GetInt32())));

        var view = JsonDocument.Parse(await explorer.Http.GetStringAsync($"api/runs/{id}/window")).RootElement;
        string results = status.GetProperty("results").GetString()!;
        Assert.Equal(4, view.GetProperty("replicationsDone").GetInt32());
        Assert.Equal(double.Parse(Threshold, CultureInfo.InvariantCulture), view.GetProperty("threshold").GetDouble());

        // The closing-year table is window.csv, row for row.
        var csv = File.ReadAllLines(Path.Combine(results, "window.csv"));
        Assert.Equal("sector,year,n,closed,share_closed,not_closed,median_closing_year", csv[0]);
        var rows = view.GetProperty("closing").EnumerateArray().ToList();
        Assert.Equal(csv.Length - 1, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var f = csv[i + 1].Split(',');
            var r = rows[i];
            Assert.Equal(f[0], r.GetProperty("sector").GetString());
            Assert.Equal(int.Parse(f[1], CultureInfo.InvariantCulture), r.GetProperty("year").GetInt32());
            Assert.Equal(int.Parse(f[2], CultureInfo.InvariantCulture), r.GetProperty("n").GetInt32());
            Assert.Equal(int.Parse(f[3], CultureInfo.InvariantCulture), r.GetProperty("closed").GetInt32());
            Assert.Equal(N(f[4]), r.GetProperty("shareClosed").GetDouble());
            Assert.Equal(int.Parse(f[5], CultureInfo.InvariantCulture), r.GetProperty("notClosed").GetInt32());
            Assert.Equal(N(f[6]), r.GetProperty("medianClosingYear").ValueKind == JsonValueKind.Null ? null : r.GetProperty("medianClosingYear").GetDouble());
        }
        // The scenario is one where the count matters: some heavy-industry replications closed by the end, not all.
        var heavyEnd = rows.Last(r => r.GetProperty("sector").GetString() == "heavy");
        Assert.InRange(heavyEnd.GetProperty("closed").GetInt32(), 1, 3);

        // The capability and lead series are summary.csv's rows (mean and 95% CI) for every heavy-industry sector and their mean.
        var summary = File.ReadAllLines(Path.Combine(results, "summary.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] is "capability.se" or "capability.cn" or "window.gap" && f[2] == "all")
            .ToDictionary(f => (f[0], f[4], int.Parse(f[1], CultureInfo.InvariantCulture)));
        var sectors = view.GetProperty("sectors").EnumerateArray().ToList();
        Assert.Equal(["heavy", "manufacturing", "paper", "energy", "construction", "lifescience", "telecom", "transport"], sectors.Select(s => s.GetProperty("code").GetString()));
        int compared = 0;
        foreach (var s in sectors)
            foreach (var (metric, series) in new[] { ("capability.se", "sweden"), ("capability.cn", "china"), ("window.gap", "gap") })
            {
                var points = s.GetProperty(series).EnumerateArray().ToList();
                Assert.Equal([2020, 2021, 2022], points.Select(p => p.GetProperty("year").GetInt32()));
                foreach (var p in points)
                {
                    var f = summary[(metric, s.GetProperty("code").GetString()!, p.GetProperty("year").GetInt32())];
                    Assert.Equal(int.Parse(f[6], CultureInfo.InvariantCulture), p.GetProperty("n").GetInt32());
                    Assert.Equal(N(f[7])!.Value, p.GetProperty("mean").GetDouble(), 12);
                    Assert.Equal(N(f[9])!.Value, p.GetProperty("low").GetDouble(), 12);
                    Assert.Equal(N(f[10])!.Value, p.GetProperty("high").GetDouble(), 12);
                    compared++;
                }
            }
        Assert.Equal(8 * 3 * 3, compared);
    }

    [Fact]
    public async Task What_moves_the_window_is_read_from_the_committed_screening()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        var d = JsonDocument.Parse(await explorer.Http.GetStringAsync("api/window/drivers")).RootElement;
        Assert.Equal(JsonValueKind.Null, d.GetProperty("error").ValueKind);
        Assert.Equal("docs/sensitivity.md", d.GetProperty("source").GetString());
        var outputs = d.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Contains("window.closing_year@heavy", outputs);
        Assert.Contains("window.gap@heavy", outputs);

        // The strongest family on each window output is the one the document's "What drives each output" table names first.
        string doc = File.ReadAllText(Path.Combine(Nordicsim.RepoRoot, "docs", "sensitivity.md"));
        var families = d.GetProperty("families").EnumerateArray().ToList();
        for (int o = 0; o < outputs.Count; o++)
        {
            var first = Regex.Match(doc, $@"^\| O\d+ \| `{Regex.Escape(outputs[o]!)}` \| `([^`]+)` \(1\.00\)", RegexOptions.Multiline);
            Assert.True(first.Success, outputs[o]);
            var best = families.MaxBy(f => f.GetProperty("scores")[o].GetDouble());
            Assert.Equal(first.Groups[1].Value, best.GetProperty("family").GetString());
            Assert.Equal(1.0, best.GetProperty("scores")[o].GetDouble());
        }
        // Ranked: the families in order of their largest effect on the window.
        var scores = families.Select(f => f.GetProperty("scores").EnumerateArray().Max(x => x.GetDouble())).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains(families, f => f.GetProperty("parameters").EnumerateArray().Any(p => p.GetString() == "catchup.rate.CN.heavy"));

        // ai_plan acts through catchup.ai_plan_boost, and its tested direction on the lead is down.
        var aiPlan = d.GetProperty("levers").EnumerateArray().Single(l => l.GetProperty("lever").GetString() == "ai_plan");
        Assert.Contains(aiPlan.GetProperty("through").EnumerateArray(), t => t.GetProperty("parameter").GetString() == "catchup.ai_plan_boost");
        Assert.Contains(aiPlan.GetProperty("tested").EnumerateArray(), t => t.GetProperty("metric").GetString() == "window.gap" && t.GetProperty("direction").GetString() == "down");
        Assert.Equal(0.05, d.GetProperty("threshold").GetProperty("default").GetDouble());
    }

    [Fact]
    public async Task The_results_zip_holds_the_runs_files_byte_for_byte_and_the_report_is_html()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        string running = await explorer.StartRunAsync("scenario=small.yaml&replications=2&seed=3");
        Assert.Equal(HttpStatusCode.NotFound, (await explorer.Http.GetAsync($"api/runs/{running}/results.zip")).StatusCode);
        var last = (await explorer.WaitAsync(running))[^1];
        Assert.Equal("done", last.GetProperty("state").GetString());
        string results = last.GetProperty("results").GetString()!;

        var zip = await explorer.Http.GetAsync($"api/runs/{running}/results.zip");
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{running}.zip", zip.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var archive = new ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()));
        var files = Directory.GetFiles(results, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(results, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Contains("metrics.csv", files);
        Assert.Contains("window.csv", files);
        foreach (var entry in archive.Entries)
        {
            using var s = entry.Open();
            using var ms = new MemoryStream();
            await s.CopyToAsync(ms);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(results, entry.FullName)), ms.ToArray());
        }

        var report = await explorer.Http.GetAsync($"api/runs/{running}/report.html");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        string html = await report.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("Headline results, 2020", html);
        Assert.Contains("The window of opportunity in heavy industry", html);
        // The same report as nordicsim report writes for that folder (which the download leaves as it was).
        Assert.False(File.Exists(Path.Combine(results, "report.html")));
        string copy = Path.Combine(_dir.FullName, "copy");
        Directory.CreateDirectory(copy);
        foreach (var f in files) File.Copy(Path.Combine(results, f), Path.Combine(copy, f));
        var cli = await Nordicsim.RunAsync(_dir.FullName, "report", copy);
        Assert.True(cli.ExitCode == 0, cli.Output);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(copy, "report.html")), html.Replace(running, "copy"));
    }
}
