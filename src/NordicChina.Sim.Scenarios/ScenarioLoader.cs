using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;
using YamlDotNet.RepresentationModel;

namespace NordicChina.Sim.Scenarios;

/// <summary>
/// Reads and validates a scenario file (YAML). Every problem is reported with the file, line, column and the
/// field's path; nothing is run until the whole file is valid. The keys are documented in docs/scenarios.md.
/// </summary>
public static class ScenarioLoader
{
    private static readonly string[] TopKeys = ["base", "name", "description", "years", "ticks_per_year", "seed", "replications", "population", "parameters", "policies"];
    private const int MaxBaseDepth = 8;
    private static readonly int[] AllowedTicksPerYear = [1, 2, 4, 12];
    public const int MinYear = 1990, MaxYear = 2100, MaxReplications = 100_000;

    public static ScenarioDefinition Load(string path) => Load(path, 0);

    private static ScenarioDefinition Load(string path, int depth)
    {
        string display = path;
        var bytes = SafeYaml.ReadFile(path, display);
        return Parse(SafeYaml.Decode(bytes, display), display, bytes, Path.GetDirectoryName(Path.GetFullPath(path)), depth);
    }

    /// <summary>Parses scenario text. <paramref name="directory"/> resolves a relative <c>base:</c> path (default: the
    /// current directory). A scenario with <c>base:</c> is an overlay: it starts from the base scenario, overrides
    /// what it sets, applies its parameters on top of the base's and appends its policies to the base's.</summary>
    public static ScenarioDefinition Parse(string text, string file, byte[]? bytes = null, string? directory = null, int depth = 0)
    {
        var errors = new List<ScenarioError>();
        if (SafeYaml.Parse(text, file) is not YamlMappingNode root)
            throw new ScenarioException([new ScenarioError(file, 1, 1, "scenario", "the file must be a YAML mapping with keys such as name, years, seed")]);
        // A base scenario is read on the word of another file: unless it looks like a scenario, nothing of it is quoted.
        if (depth > 0 && (root.Children.Keys.Any(k => k is not YamlScalarNode { Value: { } key } || !TopKeys.Contains(key))
                          || !root.Children.ContainsKey(new YamlScalarNode("name"))))
            throw new ScenarioException([new ScenarioError(file, 1, 1, "scenario", "not a scenario file")]);

        var ctx = new Context(file, errors);
        ctx.CheckKeys(root, "", TopKeys);

        ScenarioDefinition? baseScenario = null;
        if (ctx.String(root, "base", "", required: false) is { } basePath)
        {
            var baseNode = ctx.Node(root, "base")!;
            string full = Path.Combine(directory ?? Directory.GetCurrentDirectory(), basePath);
            if (depth >= MaxBaseDepth)
                ctx.Error(baseNode, "base", $"more than {MaxBaseDepth} nested base scenarios (a cycle?)");
            else
            {
                try { baseScenario = Load(full, depth + 1); }
                catch (ScenarioException ex)
                {
                    var first = ex.Errors[0];
                    ctx.Error(baseNode, "base", first.Field switch
                    {
                        // Reading errors name the file and the reason only; the others would quote a foreign file.
                        "file" => $"base scenario '{SafeYaml.Quote(basePath)}': {first.Message}",
                        "yaml" or "encoding" => $"base scenario '{SafeYaml.Quote(basePath)}' is not a scenario file ({first.Field} problem at line {first.Line}, column {first.Column})",
                        "scenario" => $"base scenario '{SafeYaml.Quote(basePath)}' is not a scenario file",
                        _ => $"base scenario '{SafeYaml.Quote(basePath)}' is invalid: {first}",
                    });
                }
            }
            if (errors.Count > 0) throw new ScenarioException(errors);
        }
        bool own = baseScenario is null;

        string name = ctx.String(root, "name", "", required: true) ?? "unnamed";
        if (ctx.Node(root, "name") is { } nameNode && !IsSafeName(name))
            ctx.Error(nameNode, "name", "must start with a letter or digit and use only letters, digits, '-', '_' or '.' (it names the output folder)");
        string description = ctx.String(root, "description", "", required: false) ?? baseScenario?.Description ?? "";

        int start = baseScenario?.StartYear ?? 0, end = baseScenario?.EndYear ?? 0;
        if (ctx.Mapping(root, "years", "", required: own) is { } years)
        {
            ctx.CheckKeys(years, "years", ["start", "end"]);
            start = ctx.Int(years, "start", "years", MinYear, MaxYear, required: true) ?? 0;
            end = ctx.Int(years, "end", "years", MinYear, MaxYear, required: true) ?? 0;
            if (start > 0 && end > 0 && end < start)
                ctx.Error(ctx.Node(years, "end")!, "years.end", $"end year {end} is before start year {start}");
        }
        int ticksPerYear = ctx.Int(root, "ticks_per_year", "", 1, 12, required: false) ?? baseScenario?.TicksPerYear ?? 4;
        if (!AllowedTicksPerYear.Contains(ticksPerYear))
            ctx.Error(ctx.Node(root, "ticks_per_year")!, "ticks_per_year", "must be 1, 2, 4 or 12");
        long seed = ctx.Long(root, "seed", "", 0, long.MaxValue, required: own) ?? (long)(baseScenario?.Seed ?? 0);
        int replications = ctx.Int(root, "replications", "", 1, MaxReplications, required: false) ?? baseScenario?.Replications ?? 1;

        var overrides = new List<KeyValuePair<string, double>>();
        var overrideNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        void Override(string parameter, string field, YamlNode node)
        {
            var def = ParameterCatalogue.Find(parameter);
            if (def is null)
            {
                // Suggestions cost a comparison with every catalogue name: only for the errors that are reported.
                var hint = errors.Count < ScenarioException.MaxReported && parameter.Length <= 100 ? ParameterCatalogue.Suggest(parameter) : [];
                ctx.Error(node, field, $"unknown parameter '{SafeYaml.Quote(parameter)}'" + (hint.Count > 0 ? $" (did you mean {string.Join(", ", hint)}?)" : ""));
                return;
            }
            var value = ctx.Number(node, field);
            if (value is null) return;
            var problem = def.Check(value.Value);
            if (problem is not null) { ctx.Error(node, field, $"{parameter} {problem}"); return; }
            overrides.Add(new(parameter, value.Value));
            overrideNodes[parameter] = node;
        }

        if (ctx.Mapping(root, "population", "", required: false) is { } population)
        {
            foreach (var (keyNode, valueNode) in population.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key }) { ctx.Error(keyNode, "population", "keys must be plain names"); continue; }
                string field = $"population.{SafeYaml.Quote(key)}";
                if (key == "scale") { Override("population.scale", field, valueNode); continue; }
                if (valueNode is not YamlMappingNode group)
                {
                    ctx.Error(valueNode, field, key == "funds" || Regions.TryByCode(key, out _)
                        ? "expected a mapping of counts, e.g. { incumbents: 500, startups: 400 }"
                        : $"unknown key '{SafeYaml.Quote(key)}' (expected scale, funds or a region code: {string.Join(", ", Regions.All.Select(r => r.Code))})");
                    continue;
                }
                foreach (var (k, v) in group.Children)
                {
                    if (k is not YamlScalarNode { Value: { } sub }) { ctx.Error(k, field, "keys must be plain names"); continue; }
                    string parameter = key == "funds" ? $"population.funds.{sub}" : $"population.{key.ToUpperInvariant()}.{sub}";
                    Override(parameter, $"{field}.{SafeYaml.Quote(sub)}", v);
                }
            }
        }
        if (ctx.Mapping(root, "parameters", "", required: false) is { } parameters)
        {
            foreach (var (k, v) in parameters.Children)
            {
                if (k is not YamlScalarNode { Value: { } parameter }) { ctx.Error(k, "parameters", "keys must be parameter names"); continue; }
                Override(parameter, $"parameters.{SafeYaml.Quote(parameter)}", v);
            }
        }

        var policies = new List<PolicySetting>(baseScenario?.Policies ?? []);
        if (ctx.Node(root, "policies") is { } policiesNode)
        {
            if (policiesNode is not YamlSequenceNode seq)
                ctx.Error(policiesNode, "policies", "expected a list of entries with lever, start, end and intensity");
            else
            {
                int i = 0;
                foreach (var item in seq.Children)
                {
                    string field = $"policies[{i++}]";
                    if (item is not YamlMappingNode entry) { ctx.Error(item, field, "expected a mapping with lever, start, end and intensity"); continue; }
                    ctx.CheckKeys(entry, field, ["lever", "start", "end", "intensity", "regions"]);
                    string? leverName = ctx.String(entry, "lever", field, required: true);
                    PolicyLever? lever = null;
                    if (leverName is not null && !PolicyLevers.TryByName(leverName, out lever))
                        ctx.Error(ctx.Node(entry, "lever")!, $"{field}.lever", $"unknown lever '{SafeYaml.Quote(leverName)}'"
                            + (PolicyLevers.Suggest(leverName) is { Count: > 0 } near ? $" (did you mean {string.Join(", ", near)}?)" : "")
                            + $" (known: {string.Join(", ", PolicyLevers.All.Select(l => l.Name))})");
                    int? ps = ctx.Int(entry, "start", field, MinYear, MaxYear, required: true);
                    int? pe = ctx.Int(entry, "end", field, MinYear, MaxYear, required: true);
                    if (ps is not null && pe is not null && pe < ps)
                        ctx.Error(ctx.Node(entry, "end")!, $"{field}.end", $"end year {pe} is before start year {ps}");
                    double? intensity = ctx.Double(entry, "intensity", field, 0, lever?.MaxIntensity ?? double.MaxValue, required: true);
                    var regions = new List<string>();
                    if (ctx.Node(entry, "regions") is { } regionsNode)
                    {
                        if (lever is { HostScoped: false })
                            ctx.Error(regionsNode, $"{field}.regions", $"lever '{lever.Name}' applies everywhere and takes no regions");
                        else if (regionsNode is not YamlSequenceNode list)
                            ctx.Error(regionsNode, $"{field}.regions", "expected a list of region codes, e.g. [GSR, WSE]");
                        else
                            foreach (var r in list.Children)
                            {
                                string code = (r as YamlScalarNode)?.Value ?? "";
                                if (Regions.TryByCode(code, out var region) && region.IsHost)
                                {
                                    if (regions.Contains(region.Code)) ctx.Error(r, $"{field}.regions", $"'{SafeYaml.Quote(code)}' is listed twice");
                                    else regions.Add(region.Code);
                                }
                                else ctx.Error(r, $"{field}.regions", $"'{SafeYaml.Quote(code)}' is not a host region ({string.Join(", ", Regions.Hosts.Select(h => h.Code))})");
                            }
                    }
                    if (lever is not null && ps is not null && pe is not null && intensity is not null)
                        policies.Add(new PolicySetting(lever.Name, ps.Value, pe.Value, intensity.Value, regions));
                }
            }
        }

        ParameterSet set = baseScenario?.Parameters ?? ParameterSet.Defaults;
        if (errors.Count == 0)
        {
            set = set.With(overrides);
            CheckPopulation(ctx, root, set, replications, (end - start + 1) * ticksPerYear, overrideNodes);
        }
        if (errors.Count > 0) throw new ScenarioException(errors);

        var ownBytes = bytes ?? Encoding.UTF8.GetBytes(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(baseScenario is null ? ownBytes : [.. ownBytes, .. Encoding.UTF8.GetBytes(baseScenario.ContentHash)]));
        var explicitNames = new HashSet<string>(baseScenario?.ExplicitParameters ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        explicitNames.UnionWith(overrides.Select(o => o.Key));
        return new ScenarioDefinition(name, description, start, end, ticksPerYear, (ulong)seed, replications, set, policies, hash)
        {
            ExplicitParameters = explicitNames,
        };
    }

    private static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 100 && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Refuses populations beyond engine.max_agents or larger than this machine's memory can hold.</summary>
    private static void CheckPopulation(Context ctx, YamlMappingNode root, ParameterSet set, int replications, int ticks, Dictionary<string, YamlNode> nodes)
    {
        var node = nodes.GetValueOrDefault("population.scale") ?? ctx.Node(root, "population") ?? root;
        if (CheckMachine(set, replications) is { } problem) ctx.Error(node, "population", problem);
        else if (CheckResults(replications, ticks) is { } tooMany) ctx.Error(ctx.Node(root, "replications") ?? root, "replications", tooMany);
    }

    /// <summary>Null when a scenario fits this machine (agents and results in memory), with every member of its
    /// parameter ensemble if it has one; otherwise why not.</summary>
    public static string? CheckSize(ScenarioDefinition s) =>
        CheckMachine(s.Parameters, s.Replications)
        ?? (s.Uncertainty is { } u
            ? Enumerable.Range(0, u.Members).Select(m => CheckMachine(u.Apply(s.Parameters, s.ExplicitParameters, m), s.Replications) is { } p ? $"ensemble member {m}: {p}" : null).FirstOrDefault(p => p is not null)
            : null)
        ?? CheckResults(s.Replications, s.Clock.TotalTicks);

    /// <summary>Metric points a tick writes, rounded up (about 800 with the 12 regions and 8 sectors).</summary>
    public const long MetricPointsPerTick = 1000;

    /// <summary>Null when a run's results (kept in memory until written: replications x ticks x metric points of
    /// 24 bytes) fit in a quarter of this machine's memory; otherwise why not.</summary>
    public static string? CheckResults(long replications, long ticks)
    {
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        double needed = (double)replications * ticks * MetricPointsPerTick * 24;   // double: no overflow for any inputs
        return needed > available / 4
            ? $"{replications:N0} replications x {ticks:N0} ticks need about {needed / (1L << 20):N0} MiB of results in memory; this machine has {available / (1L << 20):N0} MiB (use fewer replications or a shorter horizon)"
            : null;
    }

    /// <summary>Null when a population fits engine.max_agents and this machine's memory with the given
    /// replications in flight; otherwise why not. Also used after command-line overrides.</summary>
    public static string? CheckMachine(ParameterSet set, int replications)
    {
        var p = new ModelParameters(set);
        long agents = Population.InitialAgents(p);
        if (agents > p.MaxAgents)
            return $"{agents:N0} agents per replication exceeds engine.max_agents ({p.MaxAgents:N0})";
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        long concurrent = Math.Min(replications, Environment.ProcessorCount * 2L);
        long needed = Population.EstimatedBytes(p) * concurrent;
        return needed > available / 2
            ? $"{agents:N0} agents per replication need about {needed / (1L << 20):N0} MiB with {concurrent} replications in flight; this machine has {available / (1L << 20):N0} MiB"
            : null;
    }

    private sealed class Context(string file, List<ScenarioError> errors)
    {
        public void Error(YamlNode node, string field, string message) =>
            errors.Add(new ScenarioError(file, (int)node.Start.Line, (int)node.Start.Column, field, message));

        public YamlNode? Node(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        private static string Path(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

        public void CheckKeys(YamlMappingNode map, string parent, IReadOnlyCollection<string> allowed)
        {
            foreach (var key in map.Children.Keys)
            {
                string k = (key as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(k))
                    Error(key, Path(parent, SafeYaml.Quote(k)), $"unknown key '{SafeYaml.Quote(k)}' (allowed here: {string.Join(", ", allowed)})");
            }
        }

        private YamlScalarNode? Scalar(YamlMappingNode map, string key, string parent, bool required)
        {
            var node = Node(map, key);
            if (node is null)
            {
                if (required) Error(map, Path(parent, key), "is required");
                return null;
            }
            if (node is YamlScalarNode s) return s;
            Error(node, Path(parent, key), "expected a single value");
            return null;
        }

        public string? String(YamlMappingNode map, string key, string parent, bool required) => Scalar(map, key, parent, required)?.Value;

        public YamlMappingNode? Mapping(YamlMappingNode map, string key, string parent, bool required)
        {
            var node = Node(map, key);
            if (node is null) { if (required) Error(map, Path(parent, key), "is required"); return null; }
            if (node is YamlMappingNode m) return m;
            Error(node, Path(parent, key), "expected a mapping");
            return null;
        }

        public double? Number(YamlNode node, string field)
        {
            if (node is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
                return v;
            Error(node, field, $"expected a number, got '{SafeYaml.Quote((node as YamlScalarNode)?.Value ?? node.NodeType.ToString())}'");
            return null;
        }

        public double? Double(YamlMappingNode map, string key, string parent, double min, double max, bool required)
        {
            var s = Scalar(map, key, parent, required);
            if (s is null) return null;
            var v = Number(s, Path(parent, key));
            if (v is null) return null;
            if (v < min || v > max) { Error(s, Path(parent, key), $"must be between {min:G} and {max:G}, got {v:G}"); return null; }
            return v;
        }

        public long? Long(YamlMappingNode map, string key, string parent, long min, long max, bool required)
        {
            var s = Scalar(map, key, parent, required);
            if (s is null) return null;
            if (!long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            {
                Error(s, Path(parent, key), $"expected a whole number, got '{SafeYaml.Quote(s.Value)}'");
                return null;
            }
            if (v < min || v > max) { Error(s, Path(parent, key), $"must be between {min} and {max}, got {v}"); return null; }
            return v;
        }

        public int? Int(YamlMappingNode map, string key, string parent, int min, int max, bool required) =>
            (int?)Long(map, key, parent, min, max, required);
    }
}
