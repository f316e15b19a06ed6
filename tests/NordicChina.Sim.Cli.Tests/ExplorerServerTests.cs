using System.Net;
using System.Text.Json;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>nordicsim explore's HTTP API, on a real server (the command started as a process on a free loopback port).</summary>
public sealed class ExplorerServerTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-explore-");

    public void Dispose() => _dir.Delete(true);

    [Fact]
    public async Task A_run_streams_headlines_by_replication_and_its_yaml_reproduces_metrics_csv_byte_for_byte()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        Assert.StartsWith("http://127.0.0.1:", explorer.Url);
        const string edits = "scenario=small.yaml&going_out=2.5&replications=3&seed=11";
        string first = await explorer.StartRunAsync(edits);
        // The queue runs one at a time: a second run waits until the first ends.
        string second = await explorer.StartRunAsync("scenario=small.yaml&replications=1");
        Assert.Equal("waiting", (await explorer.StatusAsync(second)).GetProperty("state").GetString());

        var seen = await explorer.WaitAsync(first);
        var last = seen[^1];
        Assert.Equal("done", last.GetProperty("state").GetString());
        // Headline series after fewer replications than the run has: the page updates before the run ends.
        Assert.Contains(seen, s => s.GetProperty("state").GetString() == "running" && s.GetProperty("series").ValueKind == JsonValueKind.Array
            && s.GetProperty("replicationsDone").GetInt32() < 3
            && s.GetProperty("series")[0].GetProperty("points")[0].GetProperty("n").GetInt32() < 3);
        var series = last.GetProperty("series");
        Assert.True(series.GetArrayLength() >= 5);
        var fdi = series[0];
        Assert.Equal([2020, 2021], fdi.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
        Assert.All(fdi.GetProperty("points").EnumerateArray(), p => Assert.Equal(3, p.GetProperty("n").GetInt32()));

        // The downloaded YAML, run by nordicsim run, writes the same metrics.csv as the explorer's run.
        var yaml = await explorer.Http.GetAsync("api/yaml?" + edits);
        Assert.Equal(HttpStatusCode.OK, yaml.StatusCode);
        Assert.Equal("small-explore.yaml", yaml.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        string path = Path.Combine(_dir.FullName, "small-explore.yaml");
        await File.WriteAllBytesAsync(path, await yaml.Content.ReadAsByteArrayAsync());
        Assert.Contains("{lever: going_out, start: 2020, end: 2021, intensity: 2.5}", await File.ReadAllTextAsync(path));
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", path, "--out", "cli", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);
        byte[] fromPage = await explorer.Http.GetByteArrayAsync($"api/runs/{first}/metrics.csv");
        Assert.Equal(fromPage, await File.ReadAllBytesAsync(Path.Combine(_dir.FullName, "cli", "metrics.csv")));
        Assert.Equal("done", (await explorer.WaitAsync(second))[^1].GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_chart_grows_year_by_year_while_a_replication_runs_and_its_running_values_are_the_final_ones()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        // Twenty years, one replication: nothing finishes before the end, so any line before then comes from the
        // years the running replication has completed. The raised threshold closes the window early (the closing year
        // of a running replication comes from its ticks).
        string text = File.ReadAllText(Nordicsim.SmallScenario(_dir.FullName, "long", years: 21, replications: 1));
        Assert.Contains("parameters: {}", text);
        File.WriteAllText(Path.Combine(explorer.Library, "long.yaml"), text.Replace("parameters: {}", "parameters: { window.threshold: 0.232 }"));
        string id = await explorer.StartRunAsync("scenario=long.yaml");
        var seen = await explorer.WaitAsync(id);
        var last = seen[^1];
        Assert.Equal("done", last.GetProperty("state").GetString());
        var running = seen.Where(s => s.GetProperty("state").GetString() == "running" && s.GetProperty("replicationsDone").GetInt32() == 0
            && s.GetProperty("series").ValueKind == JsonValueKind.Array).ToList();
        Assert.NotEmpty(running);
        var final = last.GetProperty("series").EnumerateArray().ToList();
        var years = new HashSet<int>();
        foreach (var snapshot in running)
        {
            var series = snapshot.GetProperty("series").EnumerateArray().ToList();
            Assert.Equal(final.Count, series.Count);
            // The years reached so far have the one replication, the rest none, and each reached year's value is the
            // final run's (flows summed, stocks, the closing year censored at the year).
            var points = series[0].GetProperty("points").EnumerateArray().ToList();
            int reached = points.Count(p => p.GetProperty("n").GetInt32() == 1);
            Assert.InRange(reached, 1, 21);   // 21: finished, counted as done just after
            Assert.All(points.Skip(reached), p => Assert.Equal(0, p.GetProperty("n").GetInt32()));
            years.Add(reached);
            for (int i = 0; i < final.Count; i++)
            {
                var now = series[i].GetProperty("points").EnumerateArray().Take(reached).Select(p => p.GetProperty("mean").ToString()).ToList();
                var end = final[i].GetProperty("points").EnumerateArray().Take(reached).Select(p => p.GetProperty("mean").ToString()).ToList();
                Assert.True(end.SequenceEqual(now), $"{final[i].GetProperty("title")}: running {string.Join(",", now)} against final {string.Join(",", end)}");
            }
        }
        Assert.Contains(years, y => y < 21);   // seen part-way through the replication
        Assert.True(last.GetProperty("seriesUpdates").GetInt32() > 1, "the chart was updated before the replication ended");
        // The window closed while the run went on (so the running closing year was checked against a real one).
        var closing = final.Single(s => s.GetProperty("title").GetString()!.Contains("window", StringComparison.OrdinalIgnoreCase)
            && s.GetProperty("unit").GetString() == "year");
        Assert.True(closing.GetProperty("points").EnumerateArray().Last().GetProperty("mean").GetDouble() <= 2040);
    }

    [Fact]
    public async Task A_bad_value_is_refused_with_the_message_validate_gives_for_the_downloaded_file()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        var refused = await explorer.Http.PostAsync("api/runs?scenario=small.yaml&going_out=9", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        string error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetString()!;
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: policies\[\d+\]\.intensity: must be between 0 and 5, got 9$", error);

        // The same edit written out (with a valid value, then made bad by hand) gives validate's identical line.
        string yaml = await explorer.Http.GetStringAsync("api/yaml?scenario=small.yaml&going_out=1.5");
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "small-explore.yaml"), yaml.Replace("intensity: 1.5}", "intensity: 9}"));
        var validate = await Nordicsim.RunAsync(_dir.FullName, "validate", "small-explore.yaml");
        Assert.Equal(2, validate.ExitCode);
        Assert.Contains("error: " + error, validate.Stderr);

        var seed = JsonDocument.Parse(await explorer.Http.GetStringAsync("api/scenarios")).RootElement;
        Assert.Equal(["baseline.yaml", "small.yaml"], seed.EnumerateArray().Select(s => s.GetProperty("file").GetString()));
        var unknown = await explorer.Http.GetAsync("api/scenario?scenario=../small.yaml");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Compare_gives_the_difference_from_the_baseline_with_its_interval_per_headline()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        string id = await explorer.StartRunAsync("scenario=small.yaml&going_out=3&replications=2&seed=5&kind=compare");
        var last = (await explorer.WaitAsync(id))[^1];
        Assert.Equal("done", last.GetProperty("state").GetString());
        var lines = last.GetProperty("comparison").EnumerateArray().ToList();
        Assert.True(lines.Count >= 5);
        var fdi = lines[0];
        double diff = fdi.GetProperty("difference").GetDouble();
        Assert.Equal(fdi.GetProperty("scenarioMean").GetDouble() - fdi.GetProperty("baselineMean").GetDouble(), diff, 6);
        Assert.InRange(diff, fdi.GetProperty("low").GetDouble(), fdi.GetProperty("high").GetDouble());
        Assert.Matches(@"^[+-]?[\d.,]+ \([+-]?[\d.,]+ \.\. [+-]?[\d.,]+\)$", fdi.GetProperty("text").GetString());

        // Year by year too: each headline's difference per year is comparison.csv's row for that year.
        var years = last.GetProperty("comparisonYears").EnumerateArray().ToList();
        Assert.Equal(lines.Count, years.Count);
        var csv = File.ReadAllLines(Path.Combine(last.GetProperty("results").GetString()!, "comparison.csv")).Select(l => l.Split(',')).ToList();
        int Col(string c) => Array.IndexOf(csv[0], c);
        var fdiRows = csv.Skip(1).Where(f => f[Col("metric")] == "fdi.total.value" && f[Col("region")] == "all" && f[Col("sector")] == "all"
            && f[Col("scenario")] != "baseline").OrderBy(f => f[Col("year")]).ToList();
        var fdiYears = years[0].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(fdiRows.Select(f => int.Parse(f[Col("year")])), fdiYears.Select(p => p.GetProperty("year").GetInt32()));
        for (int i = 0; i < fdiRows.Count; i++)
        {
            Assert.Equal(double.Parse(fdiRows[i][Col("difference")], System.Globalization.CultureInfo.InvariantCulture), fdiYears[i].GetProperty("mean").GetDouble());
            Assert.Equal(double.Parse(fdiRows[i][Col("ci95_low")], System.Globalization.CultureInfo.InvariantCulture), fdiYears[i].GetProperty("low").GetDouble());
        }
        // Summed over the years, the per-year differences of a flow make the horizon's.
        Assert.Equal(diff, fdiYears.Sum(p => p.GetProperty("mean").GetDouble()), 6);
    }

    [Fact]
    public async Task Off_loopback_every_request_needs_the_token_printed_at_start()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName, "--host", "0.0.0.0");
        var token = System.Text.RegularExpressions.Regex.Match(explorer.Url, @"\?token=([0-9a-f]{48})$");
        Assert.True(token.Success, explorer.Url);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{new Uri(explorer.Url).Port}/") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("api/scenarios")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("?token=" + new string('0', 48))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("api/runs?scenario=small.yaml", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/scenarios?token=" + token.Groups[1].Value)).StatusCode);
        var withHeader = new HttpRequestMessage(HttpMethod.Get, "api/scenarios");
        withHeader.Headers.Add("X-Explorer-Token", token.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(withHeader)).StatusCode);
    }

    [Fact]
    public async Task Cancel_stops_a_running_run_and_drops_a_waiting_one_leaving_no_results()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        string running = await explorer.StartRunAsync("scenario=small.yaml&replications=40");
        string waiting = await explorer.StartRunAsync("scenario=small.yaml&replications=1");
        var until = DateTime.UtcNow.AddMinutes(1);
        while ((await explorer.StatusAsync(running)).GetProperty("state").GetString() != "running" && DateTime.UtcNow < until) await Task.Delay(50);

        var dropped = await explorer.Http.PostAsync($"api/runs/{waiting}/cancel", null);
        Assert.Equal("cancelled", JsonDocument.Parse(await dropped.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString());
        await explorer.Http.PostAsync($"api/runs/{running}/cancel", null);
        var last = (await explorer.WaitAsync(running))[^1];
        Assert.Equal("cancelled", last.GetProperty("state").GetString());
        Assert.True(last.GetProperty("replicationsDone").GetInt32() < 40);
        Assert.False(Directory.Exists(Path.Combine(explorer.Out, running)));
        Assert.False(Directory.Exists(Path.Combine(explorer.Out, waiting)));
        // The queue goes on: a run after the cancelled ones completes.
        string next = await explorer.StartRunAsync("scenario=small.yaml&replications=1");
        Assert.Equal("done", (await explorer.WaitAsync(next))[^1].GetProperty("state").GetString());
    }
}
