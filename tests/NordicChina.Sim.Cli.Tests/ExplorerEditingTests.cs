using System.Net;
using System.Text.Json;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>nordicsim explore's editing of every policy entry and of parameter overrides, its catalogue search, its
/// comparison against another run and its --cluster option, on a real server (the command started as a process).</summary>
public sealed class ExplorerEditingTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-explore-edit-");

    public void Dispose() => _dir.Delete(true);

    /// <summary>The page's <c>levers</c> parameter (fields percent-encoded, as the page's encodeURIComponent does).</summary>
    internal static string Levers(params (string Lever, string Start, string End, string Intensity, string Regions)[] entries) =>
        Uri.EscapeDataString(string.Join(';', entries.Select(e =>
            string.Join(',', new[] { e.Lever, e.Start, e.End, e.Intensity, e.Regions }.Select(Uri.EscapeDataString)))));

    /// <summary>The page's <c>overrides</c> parameter.</summary>
    internal static string Overrides(params (string Name, string Value)[] entries) =>
        Uri.EscapeDataString(string.Join(';', entries.Select(e => Uri.EscapeDataString(e.Name) + "," + Uri.EscapeDataString(e.Value))));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(ExplorerProcess explorer, string query)
    {
        var r = await explorer.Http.GetAsync(query);
        return (r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement);
    }

    private static string FirstError(JsonElement body) => body.GetProperty("errors")[0].GetString()!;

    /// <summary>Writes <paramref name="yaml"/> as the downloaded file and returns the error lines of nordicsim validate on it.</summary>
    private async Task<string> ValidateAsync(string yaml)
    {
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "small-explore.yaml"), yaml);
        var validate = await Nordicsim.RunAsync(_dir.FullName, "validate", "small-explore.yaml");
        Assert.Equal(2, validate.ExitCode);
        return validate.Stderr;
    }

    [Fact]
    public async Task Every_policy_entry_and_parameter_override_is_edited_through_the_loader_and_refused_with_validate_messages()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);

        // The lever catalogue as the form shows it: every lever, with its range, description and whether it takes regions.
        var (_, catalogue) = await GetJsonAsync(explorer, "api/levers");
        var levers = catalogue.GetProperty("levers").EnumerateArray().ToList();
        Assert.Equal(PolicyLevers.All.Select(l => l.Name), levers.Select(l => l.GetProperty("name").GetString()));
        var screening = levers.Single(l => l.GetProperty("name").GetString() == "fdi_screening");
        Assert.True(screening.GetProperty("hostScoped").GetBoolean());
        Assert.Equal(1, screening.GetProperty("max").GetDouble());
        Assert.Equal(PolicyLevers.FdiScreening.Description, screening.GetProperty("description").GetString());
        Assert.Contains("GSR", catalogue.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("code").GetString()));

        // The scenario's own entries, as the form edits them (small.yaml is the baseline's eleven entries).
        var (status, small) = await GetJsonAsync(explorer, "api/scenario?scenario=small.yaml");
        Assert.Equal(HttpStatusCode.OK, status);
        var own = small.GetProperty("editable").GetProperty("levers").EnumerateArray().ToList();
        Assert.Equal(11, own.Count);
        Assert.Equal("fdi_screening", own[8].GetProperty("lever").GetString());
        Assert.Equal(["FIN", "DNK", "DEU", "NLD"], own[8].GetProperty("regions").EnumerateArray().Select(r => r.GetString()));

        // Edited: WASP doubled, screening moved to other regions, the pandemic entry removed, a treaty entry added, and
        // an override from the catalogue. The loaded scenario (the one that runs) has exactly these.
        (string, string, string, string, string)[] entries =
        [
            ("going_out", "2020", "2021", "1.0", ""), ("wasp", "2020", "2021", "2", ""),
            ("fdi_screening", "2020", "2021", "0.6", "GSR FIN"), ("eu_china_treaty", "2021", "2021", "0.5", "DEU"),
        ];
        string Edits() => "scenario=small.yaml&replications=2&levers=" + Levers(entries) + "&overrides=" + Overrides(("catchup.ai_plan_boost", "0.2"));
        string edits = Edits();
        var (okStatus, edited) = await GetJsonAsync(explorer, "api/scenario?" + edits);
        Assert.Equal(HttpStatusCode.OK, okStatus);
        var policies = edited.GetProperty("levers").EnumerateArray().ToList();
        Assert.Equal(["going_out", "wasp", "fdi_screening", "eu_china_treaty"], policies.Select(p => p.GetProperty("lever").GetString()));
        Assert.Equal(2, policies[1].GetProperty("intensity").GetDouble());
        Assert.Equal(["GSR", "FIN"], policies[2].GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(2021, policies[3].GetProperty("start").GetInt32());
        var overrides = edited.GetProperty("editable").GetProperty("overrides").EnumerateArray().ToList();
        Assert.Equal("catchup.ai_plan_boost", Assert.Single(overrides).GetProperty("name").GetString());
        Assert.Equal(ParameterCatalogue.Find("catchup.ai_plan_boost")!.Unit, overrides[0].GetProperty("parameter").GetProperty("unit").GetString());

        string yaml = await explorer.Http.GetStringAsync("api/yaml?" + edits);
        Assert.Contains("{lever: wasp, start: 2020, end: 2021, intensity: 2}", yaml);
        Assert.Contains("{lever: fdi_screening, start: 2020, end: 2021, intensity: 0.6, regions: [GSR, FIN]}", yaml);
        Assert.Contains("catchup.ai_plan_boost: 0.2", yaml);
        Assert.DoesNotContain("pandemic", yaml);
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "small-explore.yaml"), yaml);
        var valid = await Nordicsim.RunAsync(_dir.FullName, "validate", "small-explore.yaml");
        Assert.True(valid.ExitCode == 0, valid.Output);

        // Refused with validate's messages on the same file: a lever intensity outside the lever's range, an unknown
        // parameter, a parameter value outside its range, regions for a lever that takes none.
        entries[2].Item4 = "3";
        var (bad, refused) = await GetJsonAsync(explorer, "api/scenario?" + Edits());
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        string error = FirstError(refused);
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: policies\[2\]\.intensity: must be between 0 and 1, got 3$", error);
        Assert.Equal(4, refused.GetProperty("editable").GetProperty("levers").GetArrayLength());   // the form keeps what was typed
        Assert.Contains("error: " + error, await ValidateAsync(yaml.Replace("intensity: 0.6,", "intensity: 3,")));
        var run = await explorer.Http.PostAsync("api/runs?" + Edits(), null);
        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);

        entries[2].Item4 = "0.6";
        var (_, unknown) = await GetJsonAsync(explorer, "api/scenario?" + Edits().Replace("ai_plan_boost", "ai_plan_bost"));
        error = FirstError(unknown);
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: parameters\.catchup\.ai_plan_bost: unknown parameter 'catchup\.ai_plan_bost' \(did you mean catchup\.ai_plan_boost\?\)$", error);
        Assert.Contains("error: " + error, await ValidateAsync(yaml.Replace("catchup.ai_plan_boost: 0.2", "catchup.ai_plan_bost: 0.2")));

        var (_, outside) = await GetJsonAsync(explorer, "api/scenario?" + Edits().Replace("0.2", "-1"));
        error = FirstError(outside);
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: parameters\.catchup\.ai_plan_boost: catchup\.ai_plan_boost must be between 0 and 10 \(relative speed-up at intensity 1\)$", error);
        Assert.Contains("error: " + error, await ValidateAsync(yaml.Replace("catchup.ai_plan_boost: 0.2", "catchup.ai_plan_boost: -1")));

        var (_, noRegions) = await GetJsonAsync(explorer, "api/scenario?scenario=small.yaml&levers=" + Levers(("wasp", "2020", "2021", "1", "GSR")));
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: policies\[0\]\.regions: lever 'wasp' applies everywhere and takes no regions$", FirstError(noRegions));

        // A missing field is left out of the file, so the loader says it is required; a malformed address is refused.
        var (_, missing) = await GetJsonAsync(explorer, "api/scenario?scenario=small.yaml&levers=" + Levers(("wasp", "", "2021", "1", "")));
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: policies\[0\]\.start: is required$", FirstError(missing));
        var (malformedStatus, malformed) = await GetJsonAsync(explorer, "api/scenario?scenario=small.yaml&levers=wasp,2020");
        Assert.Equal(HttpStatusCode.BadRequest, malformedStatus);
        Assert.Equal("levers: entry 1 has 2 fields; expected lever,start,end,intensity,regions", FirstError(malformed));

        // Hundreds of entries fit in the address (beyond Kestrel's default 8 KiB request line).
        var many = Enumerable.Range(0, 300).Select(i => ("wasp", "2020", "2021", (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture), "")).ToArray();
        string longQuery = "api/scenario?scenario=small.yaml&levers=" + Levers(many);
        Assert.True(longQuery.Length > 8192, $"{longQuery.Length}");
        var (manyStatus, manyBody) = await GetJsonAsync(explorer, longQuery);
        Assert.Equal(HttpStatusCode.OK, manyStatus);
        Assert.Equal(300, manyBody.GetProperty("levers").GetArrayLength());

        // No entries at all: the file's policies are replaced by an empty list, and its overrides by none.
        string empty = await explorer.Http.GetStringAsync("api/yaml?scenario=small.yaml&levers=&overrides=");
        Assert.Contains("policies: []", empty);
        Assert.Contains("parameters: {}", empty);
    }

    [Fact]
    public async Task The_catalogue_search_finds_parameters_by_name_unit_and_source_with_their_ranges()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        var (status, found) = await GetJsonAsync(explorer, "api/parameters?q=ai_plan");
        Assert.Equal(HttpStatusCode.OK, status);
        var list = found.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(found.GetProperty("total").GetInt32(), list.Count);
        Assert.All(list, p => Assert.Contains("ai_plan", p.GetProperty("name").GetString()!.ToLowerInvariant() + p.GetProperty("description").GetString()!.ToLowerInvariant()
                                                         + p.GetProperty("source").GetString()!.ToLowerInvariant() + p.GetProperty("unit").GetString()!.ToLowerInvariant()));
        var boost = list.Single(p => p.GetProperty("name").GetString() == "catchup.ai_plan_boost");
        var def = ParameterCatalogue.Find("catchup.ai_plan_boost")!;
        Assert.Equal(def.Unit, boost.GetProperty("unit").GetString());
        Assert.Equal(def.Source, boost.GetProperty("source").GetString());
        Assert.Equal(def.Default, boost.GetProperty("default").GetDouble());
        Assert.Equal(def.PlausibleLow, boost.GetProperty("plausibleLow").GetDouble());
        Assert.Equal(def.PlausibleHigh, boost.GetProperty("plausibleHigh").GetDouble());
        Assert.Equal(def.Max, boost.GetProperty("max").GetDouble());

        // Every word must match (any case), in the name, unit, source or description; names containing the text first.
        var (_, words) = await GetJsonAsync(explorer, "api/parameters?q=" + Uri.EscapeDataString("PhDs WASP"));
        var names = words.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("talent.wasp_phds", names);
        Assert.All(names, n => Assert.True(ParameterCatalogue.Find(n!) is { } d && (d.Name + d.Unit + d.Source + d.Description).Contains("phd", StringComparison.OrdinalIgnoreCase)
                                                                        && (d.Name + d.Unit + d.Source + d.Description).Contains("wasp", StringComparison.OrdinalIgnoreCase)));
        var (_, byUnit) = await GetJsonAsync(explorer, "api/parameters?q=" + Uri.EscapeDataString("PhDs per year"));
        Assert.Contains("talent.wasp_phds", byUnit.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        var (_, none) = await GetJsonAsync(explorer, "api/parameters?q=zzqqxx");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var (_, all) = await GetJsonAsync(explorer, "api/parameters?q=");
        Assert.Equal(ParameterCatalogue.All.Count, all.GetProperty("total").GetInt32());
        Assert.Equal(40, all.GetProperty("parameters").GetArrayLength());
        var (tooLong, _) = await GetJsonAsync(explorer, "api/parameters?q=" + new string('a', 201));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong);
    }

    [Fact]
    public async Task Compare_against_another_finished_run_reruns_it_under_common_random_numbers()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        var refused = await explorer.Http.PostAsync("api/runs?kind=compare&against=nosuchrun&scenario=small.yaml", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("against: 'nosuchrun' is not a finished run of this explorer", FirstError(JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement));

        // A run with seed 5; then the same edits with seed 7 compared against it: the run's scenario is run again with
        // seed 7 (common random numbers), so the two are the same simulation and every difference is exactly zero.
        string edits = "scenario=small.yaml&replications=2&levers=" + Levers(("wasp", "2020", "2021", "3", "")) + "&overrides=" + Overrides(("catchup.ai_plan_boost", "0.9"));
        string first = await explorer.StartRunAsync(edits + "&seed=5");
        Assert.Equal("done", (await explorer.WaitAsync(first))[^1].GetProperty("state").GetString());
        var runs = (await GetJsonAsync(explorer, "api/runs")).Body.EnumerateArray().ToList();
        var listed = Assert.Single(runs);
        Assert.Equal(first, listed.GetProperty("id").GetString());
        Assert.Equal("5", listed.GetProperty("seed").GetString());
        Assert.True(listed.GetProperty("edited").GetBoolean());

        string same = await explorer.StartRunAsync(edits + "&seed=7&kind=compare&against=" + first);
        var last = (await explorer.WaitAsync(same))[^1];
        Assert.Equal("done", last.GetProperty("state").GetString());
        Assert.Equal(first, last.GetProperty("against").GetString());
        var lines = last.GetProperty("comparison").EnumerateArray().ToList();
        Assert.True(lines.Count >= 5);
        var defined = lines.Where(l => l.GetProperty("difference").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(defined);
        Assert.All(defined, l => Assert.Equal(0, l.GetProperty("difference").GetDouble()));

        // Against the baseline the same scenario differs (WASP and the override are not in the baseline).
        string baseline = await explorer.StartRunAsync(edits + "&seed=7&kind=compare");
        var vsBaseline = (await explorer.WaitAsync(baseline))[^1];
        Assert.Equal("baseline", vsBaseline.GetProperty("against").GetString());
        Assert.Contains(vsBaseline.GetProperty("comparison").EnumerateArray(), l => l.GetProperty("difference") is { ValueKind: JsonValueKind.Number } d && d.GetDouble() != 0);
        // Comparisons are not runs to compare against.
        Assert.Single((await GetJsonAsync(explorer, "api/runs")).Body.EnumerateArray());
    }

    [Fact]
    public async Task Explore_with_cluster_opens_it_as_run_does_a_bad_configuration_exits_2_a_closed_store_exits_1()
    {
        string library = ExplorerProcess.MakeLibrary(_dir.FullName);
        File.WriteAllText(Path.Combine(_dir.FullName, "cluster.json"), """{ "Cluster": { "ClusterId": "" } }""");
        var explore = await Nordicsim.RunAsync(_dir.FullName, "explore", "--cluster", "cluster.json", "--port", "0", "--scenarios", library);
        Assert.Equal(2, explore.ExitCode);
        Assert.Contains("Cluster:ClusterId", explore.Stderr);
        Assert.DoesNotContain("Explorer: ", explore.Stdout);
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", Path.Combine(library, "small.yaml"), "--cluster", "cluster.json", "--quiet");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(explore.Stderr.Trim(), run.Stderr);   // the same message, from the same code

        var missing = await Nordicsim.RunAsync(_dir.FullName, "explore", "--cluster", "no-such.json", "--port", "0", "--scenarios", library);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such.json", missing.Stderr);
        Assert.Contains("--cluster <CONFIG>", (await Nordicsim.RunAsync(_dir.FullName, "explore", "--help")).Stdout);

        // A valid configuration: explore goes on to connect as a client, through the cluster's store (here closed), and
        // stops before serving anything, as run does (exit 1).
        File.WriteAllText(Path.Combine(_dir.FullName, "closed.json"),
            """{ "Store": { "ConnectionString": "Host=127.0.0.1;Port=9;Username=u;Password=p;Database=d", "ConnectTimeoutSeconds": 1, "Retries": 0 } }""");
        var closed = await Nordicsim.RunAsync(_dir.FullName, "explore", "--cluster", "closed.json", "--port", "0", "--scenarios", library);
        Assert.Equal(1, closed.ExitCode);
        Assert.Contains("error: PostgreSQL at 127.0.0.1:9, database d: connecting failed", closed.Stderr);
        Assert.DoesNotContain("Explorer: ", closed.Stdout);
    }
}
