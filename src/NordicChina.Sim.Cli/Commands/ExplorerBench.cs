using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NordicChina.Sim.Cli.Explore;
using NordicChina.Sim.Hosting;
using Spectre.Console;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>
/// nordicsim bench --explorer: the explorer's responsiveness. It starts the explorer's server in this process (on the
/// benchmark's embedded silo, a free loopback port), and drives it over HTTP as the page does: it presses Run (POST
/// api/runs) and polls the run's state every <see cref="PollMilliseconds"/> ms after each answer, as explorer.js does.
/// It measures the time from pressing Run to the first answer that carries chart data (the first chart update), and
/// the chart updates per second during the run (answers whose series differ from the last drawn), best of --repeat
/// runs after one warm-up run.
/// </summary>
public static class ExplorerBench
{
    /// <summary>explorer.js polls this long after each answer.</summary>
    public const int PollMilliseconds = 150;

    /// <summary>A first chart update within this, and at least this many updates a second, count as responsive.</summary>
    public const double FirstUpdateLimitSeconds = 1.0, FramesLimit = 2.0;

    public sealed record Measurement(double FirstUpdateSeconds, double RunSeconds, int Frames, int Polls, int Replications)
    {
        public double FramesPerSecond => Frames / RunSeconds;
    }

    public static async Task<int> RunAsync(ISimulationCluster cluster, BenchSettings settings, CancellationToken cancel)
    {
        string scenario = Path.GetFullPath(settings.Scenario);
        string outDir = Path.Combine(Path.GetTempPath(), $"nordicsim-bench-explorer-{Environment.ProcessId}");
        var server = new ExplorerServer(cluster, new ExplorerOptions("127.0.0.1", 0, Path.GetDirectoryName(scenario)!, outDir));
        await using var app = await server.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromMinutes(30) };
            string query = $"scenario={Uri.EscapeDataString(Path.GetFileName(scenario))}&replications={settings.Replications}";
            AnsiConsole.MarkupLine($"Explorer benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {Markup.Escape(Path.GetFileName(scenario))} with {settings.Replications} replications, driven over HTTP at {Markup.Escape(server.Url)} as the page drives it (a poll {PollMilliseconds} ms after each answer).");
            await MeasureAsync(http, query, cancel);   // warm-up: the JIT, the silo's grains
            var all = new List<Measurement>();
            for (int i = 0; i < settings.Repeat; i++) all.Add(await MeasureAsync(http, query, cancel));
            double firstBest = all.Min(m => m.FirstUpdateSeconds);
            var smoothest = all.MaxBy(m => m.FramesPerSecond)!;
            string F(double x, string f) => x.ToString(f, CultureInfo.InvariantCulture);
            var table = new Table().Title("nordicsim bench --explorer").AddColumn("Measure").AddColumn(new TableColumn("Explorer").RightAligned())
                .AddColumn(new TableColumn($"Each of {settings.Repeat} run(s)").RightAligned()).AddColumn("Limit");
            table.AddRow($"Press Run to the first chart update, {smoothest.Replications} replications (seconds; best)", F(firstBest, "F2"),
                string.Join(" ", all.Select(m => F(m.FirstUpdateSeconds, "F2"))), $"≤ {F(FirstUpdateLimitSeconds, "F1")}");
            table.AddRow("Chart updates per second during the run (best)", F(smoothest.FramesPerSecond, "F2"),
                string.Join(" ", all.Select(m => F(m.FramesPerSecond, "F2"))), $"≥ {F(FramesLimit, "F1")}");
            table.AddRow("  chart updates / polls / run seconds (best)", $"{smoothest.Frames} / {smoothest.Polls} / {F(smoothest.RunSeconds, "F2")}", "", "");
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        }
    }

    /// <summary>One run pressed and followed to its end as the page follows it.</summary>
    public static async Task<Measurement> MeasureAsync(HttpClient http, string query, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        using var started = await http.PostAsync("api/runs?" + query, null, cancel);
        string body = await started.Content.ReadAsStringAsync(cancel);
        if (!started.IsSuccessStatusCode) throw new InvalidOperationException($"the explorer refused the run: {body}");
        string id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        double first = double.NaN;
        int frames = 0, polls = 0, replications = 0;
        string? drawn = null;
        while (true)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync($"api/runs/{id}", cancel));
            polls++;
            var s = doc.RootElement;
            string state = s.GetProperty("state").GetString()!;
            if (s.GetProperty("series") is { ValueKind: JsonValueKind.Array } series)
            {
                string now = series.GetRawText();
                if (now != drawn)
                {
                    if (drawn is null) first = clock.Elapsed.TotalSeconds;
                    frames++;
                    drawn = now;
                }
            }
            if (state is "done" or "failed" or "cancelled")
            {
                if (state != "done") throw new InvalidOperationException($"the explorer's run ended {state}: {s.GetProperty("error")}");
                replications = s.GetProperty("replications").GetInt32();
                return new Measurement(first, clock.Elapsed.TotalSeconds, frames, polls, replications);
            }
            await Task.Delay(PollMilliseconds, cancel);
        }
    }
}
