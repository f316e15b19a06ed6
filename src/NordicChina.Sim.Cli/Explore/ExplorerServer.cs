using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NordicChina.Sim.Cli.Commands;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>
/// The explorer's web server (Kestrel, minimal APIs, static page from embedded resources): a client of the same
/// services as the command line: <see cref="ScenarioLoader"/>, the runner and output of <c>run</c>
/// (<see cref="RunCommand.RunAndWriteAsync"/>), the <see cref="ComparisonRunner"/> of <c>compare</c>. One run at a
/// time; others wait in a queue. Bound to loopback unless told otherwise, and then every request needs the token.
/// </summary>
public sealed class ExplorerServer(ISimulationCluster cluster, ExplorerOptions options)
{
    /// <summary>The longest request line (address) accepted, 64 KiB.</summary>
    public const int MaxAddress = 64 * 1024;

    public const string TokenCookie = "nordicsim_explorer_token", TokenHeader = "X-Explorer-Token";
    // Runs one at a time, in the order asked for; the rest wait (state "waiting").
    private readonly System.Threading.Channels.Channel<(ExplorerJob Job, ScenarioDefinition Scenario, ScenarioDefinition? Baseline)> _queue =
        System.Threading.Channels.Channel.CreateUnbounded<(ExplorerJob, ScenarioDefinition, ScenarioDefinition?)>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<string, ExplorerJob> _jobs = new();
    private int _jobCounter;

    /// <summary>The access token when bound to a non-loopback address; null on loopback.</summary>
    public string? Token { get; } = IsLoopback(options.Host) ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>The address to open (with the token when one is needed), once started.</summary>
    public string Url { get; private set; } = "";

    public static bool IsLoopback(string host) => host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    public async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host), options.Port);
            k.Limits.MaxRequestBodySize = SafeYaml.MaxBytes;
            // The edited scenario travels in the address (levers, overrides): room for hundreds of entries.
            k.Limits.MaxRequestLineSize = MaxAddress;
        });
        var app = builder.Build();
        if (Token is not null) app.Use(RequireToken);
        Map(app);
        await app.StartAsync();
        _ = Task.Run(WorkAsync);
        string address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = address.TrimEnd('/') + "/" + (Token is null ? "" : "?token=" + Token);
        return app;
    }

    private async Task RequireToken(HttpContext http, Func<Task> next)
    {
        string? given = http.Request.Query["token"].FirstOrDefault() ?? http.Request.Headers[TokenHeader].FirstOrDefault() ?? http.Request.Cookies[TokenCookie];
        if (given is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(Token!)))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsync("access token required: open the address nordicsim explore printed at start (it ends in ?token=...)\n");
            return;
        }
        if (http.Request.Cookies[TokenCookie] != Token)
            http.Response.Cookies.Append(TokenCookie, Token!, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict });
        await next();
    }

    private static ScenarioEdit EditFrom(HttpRequest r) => new(
        r.Query["scenario"].FirstOrDefault() ?? "baseline.yaml", r.Query["going_out"].FirstOrDefault(), r.Query["replications"].FirstOrDefault(), r.Query["seed"].FirstOrDefault())
    {
        Levers = r.Query.ContainsKey("levers") ? r.Query["levers"].FirstOrDefault() ?? "" : null,
        Overrides = r.Query.ContainsKey("overrides") ? r.Query["overrides"].FirstOrDefault() ?? "" : null,
    };

    private void Map(WebApplication app)
    {
        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/explorer.js", () => Asset("explorer.js", "text/javascript; charset=utf-8"));
        app.MapGet("/explorer.css", () => Asset("explorer.css", "text/css; charset=utf-8"));

        app.MapGet("/api/scenarios", () => Results.Json(ScenarioEdit.LibraryFiles(options.Library).Select(f =>
        {
            try
            {
                var s = ScenarioLoader.Load(Path.Combine(options.Library, f));
                return new { file = f, name = s.Name, description = s.Description, error = (string?)null };
            }
            catch (ScenarioException ex) { return new { file = f, name = f, description = "", error = (string?)ex.Errors[0].ToString() }; }
        })));

        CatalogueApi.Map(app);

        // The edited scenario: its levers with the catalogue's ranges, or the validation errors; with the entries the
        // form edits either way.
        app.MapGet("/api/scenario", (HttpRequest r) =>
        {
            var edit = EditFrom(r);
            var (_, s, errors) = edit.Build(options.Library);
            var editable = Editable(edit);
            if (s is null) return Results.Json(new { errors, editable }, statusCode: 400);
            return Results.Json(new
            {
                errors,
                editable,
                name = s.Name,
                description = s.Description,
                startYear = s.StartYear,
                endYear = s.EndYear,
                seed = s.Seed.ToString(CultureInfo.InvariantCulture),
                replications = s.Replications,
                goingOut = s.Policies.LastOrDefault(p => p.Lever == PolicyLevers.GoingOut.Name)?.Intensity ?? 0,
                goingOutMax = PolicyLevers.GoingOut.MaxIntensity,
                maxReplications = ScenarioLoader.MaxReplications,
                download = edit.DownloadName,
                levers = s.Policies.Select(p =>
                {
                    PolicyLevers.TryByName(p.Lever, out var l);
                    return new { lever = p.Lever, start = p.StartYear, end = p.EndYear, intensity = p.Intensity, regions = p.Regions, max = l?.MaxIntensity, description = l?.Description, mechanism = l?.Mechanism, source = l?.Source };
                }),
            });
        });

        app.MapGet("/api/yaml", (HttpRequest r) =>
        {
            var edit = EditFrom(r);
            var (yaml, s, errors) = edit.Build(options.Library);
            if (s is null || yaml is null) return Results.Json(new { errors }, statusCode: 400);
            return Results.File(Encoding.UTF8.GetBytes(yaml), "application/yaml", edit.DownloadName);
        });

        app.MapPost("/api/runs", (HttpRequest r) =>
        {
            string kind = r.Query["kind"].FirstOrDefault() ?? "run";
            string? against = r.Query["against"].FirstOrDefault() is { Length: > 0 } a ? a : null;
            if (kind is not ("run" or "compare")) return Results.Json(new { errors = new[] { $"kind: '{kind}' is neither run nor compare" } }, statusCode: 400);
            var edit = EditFrom(r);
            var (_, scenario, errors) = edit.Build(options.Library);
            if (scenario is null) return Results.Json(new { errors }, statusCode: 400);
            ScenarioDefinition? baseline = null;
            if (kind == "compare")
            {
                (baseline, errors) = against is null ? Baseline(scenario) : Reference(scenario, against);
                if (baseline is null) return Results.Json(new { errors }, statusCode: 400);
            }
            string id = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Interlocked.Increment(ref _jobCounter)}";
            var job = new ExplorerJob(id, kind, edit) { Scenario = scenario, Against = kind == "compare" ? against ?? "baseline" : null };
            _jobs[id] = job;
            _queue.Writer.TryWrite((job, scenario, baseline));
            return Results.Json(new { id }, statusCode: 202);
        });

        app.MapGet("/api/runs", () => Results.Json(FinishedRuns()));
        app.MapGet("/api/runs/{id}", (string id) => _jobs.TryGetValue(id, out var job) ? Results.Json(job.Snapshot()) : Results.NotFound());
        app.MapGet("/api/runs/{id}/metrics.csv", (string id) =>
            _jobs.TryGetValue(id, out var job) && job is { State: "done", Kind: "run", OutDir: { } dir } && File.Exists(Path.Combine(dir, "metrics.csv"))
                ? Results.File(Path.Combine(dir, "metrics.csv"), "text/csv", "metrics.csv") : Results.NotFound());
        app.MapPost("/api/runs/{id}/cancel", (string id) =>
        {
            if (!_jobs.TryGetValue(id, out var job)) return Results.NotFound();
            job.Cancel.Cancel();
            if (job.State == "waiting") job.State = "cancelled";
            return Results.Json(job.Snapshot());
        });
        ExplorerWindow.Map(app, id => _jobs.GetValueOrDefault(id));
    }

    /// <summary>The entries the form edits: the file's own policy entries and parameter overrides (or the edited
    /// ones, as typed), each override with its catalogue entry when the name is known, and the base scenario's entries.</summary>
    private object Editable(ScenarioEdit edit)
    {
        var (own, fromBase, overrides) = edit.Editable(options.Library);
        return new
        {
            levers = own.Select(e => new { lever = e.Lever, start = e.Start, end = e.End, intensity = e.Intensity, regions = e.Regions }),
            fromBase = fromBase.Select(p => new { lever = p.Lever, start = p.StartYear, end = p.EndYear, intensity = p.Intensity, regions = p.Regions }),
            overrides = overrides.Select(o => new
            {
                name = o.Name,
                value = o.Value,
                parameter = Model.Parameters.ParameterCatalogue.Find(o.Name) is { } d ? CatalogueApi.Describe(d) : null,
            }),
        };
    }

    /// <summary>The library's baseline.yaml with the scenario's seed and replications (as compare gives every
    /// scenario the baseline's), over the same horizon, or why not.</summary>
    private (ScenarioDefinition?, IReadOnlyList<string>) Baseline(ScenarioDefinition scenario)
    {
        string path = Path.Combine(options.Library, "baseline.yaml");
        if (!File.Exists(path)) return (null, [$"compare: the scenario library {options.Library} has no baseline.yaml"]);
        ScenarioDefinition b;
        try { b = ScenarioLoader.Load(path); }
        catch (ScenarioException ex) { return (null, [.. ex.Errors.Select(e => e.ToString())]); }
        return SameFooting(b, scenario, "baseline.yaml");
    }

    /// <summary>The scenario of a finished run of this session as the reference of a comparison, with the compared
    /// scenario's seed and replications (common random numbers), or why not.</summary>
    private (ScenarioDefinition?, IReadOnlyList<string>) Reference(ScenarioDefinition scenario, string against)
    {
        if (!_jobs.TryGetValue(against, out var job) || job is not { Kind: "run", State: "done", Scenario: { } reference })
            return (null, [$"against: '{SafeYaml.Quote(against)}' is not a finished run of this explorer"]);
        return SameFooting(reference, scenario, $"run {against}");
    }

    /// <summary>The runs finished so far, newest first: what a comparison may be made against.</summary>
    private object FinishedRuns() => _jobs.Values.Where(j => j is { Kind: "run", State: "done", Scenario: not null })
        .OrderByDescending(j => int.Parse(j.Id[(j.Id.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture))   // the session's counter
        .Select(j => new
        {
            id = j.Id,
            scenario = j.Edit.File,
            name = j.Scenario!.Name,
            replications = j.Scenario.Replications,
            seed = j.Scenario.Seed.ToString(CultureInfo.InvariantCulture),
            edited = j.Edit.Edited,
            policies = j.Scenario.Policies.Count,
            overrides = j.Scenario.ExplicitParameters.Count,
        }).ToArray();

    /// <summary>The comparison's reference with the scenario's seed and replications, when it has the same horizon
    /// and fits this machine; otherwise why not.</summary>
    private static (ScenarioDefinition?, IReadOnlyList<string>) SameFooting(ScenarioDefinition reference, ScenarioDefinition scenario, string what)
    {
        var b = reference.WithSeed(scenario.Seed).WithReplications(scenario.Replications);
        if (b.StartYear != scenario.StartYear || b.EndYear != scenario.EndYear || b.TicksPerYear != scenario.TicksPerYear)
            return (null, [$"compare: years {scenario.StartYear}-{scenario.EndYear} x {scenario.TicksPerYear} differ from {what}'s {b.StartYear}-{b.EndYear} x {b.TicksPerYear}; compare scenarios over the same horizon."]);
        if (ScenarioLoader.CheckSize(b) is { } tooLarge) return (null, [$"{what}: population with replications {b.Replications}: {tooLarge}"]);
        return (b, []);
    }

    private async Task WorkAsync()
    {
        await foreach (var (job, scenario, baseline) in _queue.Reader.ReadAllAsync())
            if (!job.Cancel.IsCancellationRequested) await ExecuteAsync(job, scenario, baseline);
    }

    private async Task ExecuteAsync(ExplorerJob job, ScenarioDefinition scenario, ScenarioDefinition? baseline)
    {
        var cancel = job.Cancel.Token;
        try
        {
            job.State = "running";
            string outDir = Path.Combine(options.Out, job.Id);
            Directory.CreateDirectory(options.Out);
            if (baseline is null)
            {
                job.Live = new LiveSink(scenario);
                job.Window = new WindowLive(scenario);
                // One replication at a time, so the chart's band narrows as each arrives (the output is the same).
                var runner = new ScenarioRunner(cluster.GrainFactory) { Concurrency = 1, MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log };
                await RunCommand.RunAndWriteAsync(runner, scenario, cluster.Silos, outDir, true, r => r, cancel, null, true, TeeSink.Of(job.Live, job.Window),
                    new InlineProgress<RunProgress>(p => job.Progress = p));
            }
            else
            {
                var groups = HeadlineTable.Groups([]);
                var names = await new ComparisonRunner(cluster.GrainFactory, cluster.Silos) { Groups = groups, MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log }
                    .RunAsync(baseline, [scenario], outDir, new InlineProgress<ExperimentProgress>(p => job.Runs(p.PointsDone, p.Points)), cancel);
                job.Comparison = ComparisonLines(outDir, names[1], scenario.EndYear);
                job.ComparisonYears = ComparisonYears(outDir, names[1], scenario.EndYear);
            }
            job.OutDir = outDir;
            job.State = "done";
        }
        catch (OperationCanceledException) { job.State = "cancelled"; }
        catch (Exception ex) { job.Error = ex.Message; job.State = "failed"; }
    }

    /// <summary>The headline rows of comparison-horizon.csv (the file compare's console table reads).</summary>
    private static IReadOnlyList<ComparisonLine> ComparisonLines(string outDir, string name, int until)
    {
        var file = CsvOut.ReadFile(Path.Combine(outDir, ComparisonRunner.HorizonFile));
        int Col(string c) => Array.IndexOf(file[0], c);
        int sc = Col("scenario"), me = Col("metric"), re = Col("region"), de = Col("destination"), se = Col("sector"),
            bm = Col("baseline_mean"), sm = Col("scenario_mean"), diff = Col("difference"), lo = Col("ci95_low"), hi = Col("ci95_high");
        var rows = file.Skip(1).ToLookup(f => (f[sc], f[me], f[re], f[de], f[se]));
        var lines = new List<ComparisonLine>();
        foreach (var (title, unit, metric, region, destination, sector) in HeadlineTable.Definitions([], until))
        {
            var f = rows[(name, metric, region, destination, sector)].FirstOrDefault();
            double? N(int i) => f is null || !double.TryParse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) ? null : v;
            string text = f is null ? "-" : $"{Signed(N(diff))} ({Signed(N(lo))} .. {Signed(N(hi))})";
            lines.Add(new ComparisonLine(title, unit, N(bm), N(sm), N(diff), N(lo), N(hi), text));
        }
        return lines;
    }

    /// <summary>Per headline indicator, the difference from the reference in each year (comparison.csv, the file of
    /// compare's per-year rows: a flow's amount in that year, a stock at the year's end) with its 95% CI.</summary>
    private static IReadOnlyList<LiveSeries> ComparisonYears(string outDir, string name, int until)
    {
        var file = CsvOut.ReadFile(Path.Combine(outDir, ComparisonRunner.File));
        int Col(string c) => Array.IndexOf(file[0], c);
        int sc = Col("scenario"), me = Col("metric"), ye = Col("year"), re = Col("region"), de = Col("destination"), se = Col("sector"),
            n = Col("n"), diff = Col("difference"), lo = Col("ci95_low"), hi = Col("ci95_high");
        var rows = file.Skip(1).ToLookup(f => (f[sc], f[me], f[re], f[de], f[se]));
        static double? N(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
        return HeadlineTable.Definitions([], until).Select(d => new LiveSeries(d.Title, d.Unit,
            rows[(name, d.Metric, d.Region, d.Destination, d.Sector)]
                .Select(f => new LivePoint(int.Parse(f[ye], CultureInfo.InvariantCulture), int.Parse(f[n], CultureInfo.InvariantCulture), N(f[diff]), N(f[lo]), N(f[hi])))
                .OrderBy(p => p.Year).ToList())).ToList();
    }

    private static string Signed(double? v) => v is { } x ? Reporting.Fmt.Signed(x) : "n/a";

    internal static IResult Asset(string name, string contentType)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("explorer/" + name)
            ?? throw new InvalidOperationException($"explorer asset {name} is not in the build");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return Results.Bytes(ms.ToArray(), contentType);
    }
}
