using System.Globalization;
using System.Text;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>
/// A library scenario with the explorer's edits (its own policy entries and parameter overrides replaced by the
/// form's, Going Out intensity over the whole horizon, replications, seed), written as YAML that <c>nordicsim run</c>
/// accepts, and loaded by the same <see cref="ScenarioLoader"/> as every command (so its errors are those of
/// <c>nordicsim validate</c> on the downloaded file).
/// </summary>
public sealed record ScenarioEdit(string File, string? GoingOut, string? Replications, string? Seed)
{
    /// <summary>The form's policy entries (<see cref="LeverEntry.Decode"/>), replacing the file's own <c>policies:</c>
    /// (those of a <c>base:</c> scenario stay, before them); null keeps the file's.</summary>
    public string? Levers { get; init; }

    /// <summary>The form's parameter overrides (<see cref="ParameterEntry.Decode"/>), replacing the file's own
    /// <c>parameters:</c>; null keeps the file's.</summary>
    public string? Overrides { get; init; }

    /// <summary>Whether anything beyond the library file itself was changed.</summary>
    public bool Edited => Present(GoingOut) || Present(Replications) || Present(Seed) || Levers is not null || Overrides is not null;

    /// <summary>The name of the downloaded file, which is also the file name in validation messages.</summary>
    public string DownloadName => Path.GetFileNameWithoutExtension(File) + "-explore.yaml";

    /// <summary>The library files a user may pick: *.yaml directly in the library folder.</summary>
    public static IReadOnlyList<string> LibraryFiles(string library) =>
        Directory.EnumerateFiles(library, "*.yaml", SearchOption.TopDirectoryOnly).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The edited scenario's YAML and the loaded scenario, or the errors (file:line:column: field: message).</summary>
    public (string? Yaml, ScenarioDefinition? Scenario, IReadOnlyList<string> Errors) Build(string library)
    {
        if (!LibraryFiles(library).Contains(File)) return (null, null, [$"scenario: '{File}' is not in the scenario library"]);
        string path = Path.Combine(library, File);
        ScenarioDefinition original;
        try { original = ScenarioLoader.Load(path); }
        catch (ScenarioException ex) { return (null, null, Messages(ex)); }

        var stream = new YamlStream();
        using (var reader = new StringReader(SafeYaml.Decode(SafeYaml.ReadFile(path, File), File))) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        // A relative base scenario is resolved against the library, so the downloaded file runs from anywhere here.
        if (root.Children.TryGetValue(new YamlScalarNode("base"), out var b) && b is YamlScalarNode { Value: { } basePath } && !Path.IsPathRooted(basePath))
            root.Children[new YamlScalarNode("base")] = new YamlScalarNode(Path.GetFullPath(Path.Combine(library, basePath)));
        var (levers, leversError) = Levers is null ? (null, null) : LeverEntry.Decode(Levers);
        var (overrides, overridesError) = Overrides is null ? (null, null) : ParameterEntry.Decode(Overrides);
        if (leversError is not null || overridesError is not null) return (null, null, [.. new[] { leversError, overridesError }.OfType<string>()]);
        if (levers is not null) root.Children[new YamlScalarNode("policies")] = PoliciesNode(levers);
        if (overrides is not null) root.Children[new YamlScalarNode("parameters")] = ParametersNode(overrides);
        if (Present(Seed)) root.Children[new YamlScalarNode("seed")] = new YamlScalarNode(Seed!.Trim());
        if (Present(Replications)) root.Children[new YamlScalarNode("replications")] = new YamlScalarNode(Replications!.Trim());
        if (Present(GoingOut))
        {
            if (!root.Children.TryGetValue(new YamlScalarNode("policies"), out var p) || p is not YamlSequenceNode policies)
                root.Children[new YamlScalarNode("policies")] = policies = new YamlSequenceNode();
            // Later entries override earlier ones where they overlap: this one sets Going Out over the whole horizon.
            policies.Add(new YamlMappingNode(
                new YamlScalarNode("lever"), new YamlScalarNode("going_out"),
                new YamlScalarNode("start"), new YamlScalarNode(original.StartYear.ToString(CultureInfo.InvariantCulture)),
                new YamlScalarNode("end"), new YamlScalarNode(original.EndYear.ToString(CultureInfo.InvariantCulture)),
                new YamlScalarNode("intensity"), new YamlScalarNode(GoingOut!.Trim())) { Style = MappingStyle.Flow });
        }
        var text = new StringBuilder();
        text.Append("# Written by nordicsim explore from ").Append(File).Append("; run it with: nordicsim run ").Append(DownloadName).Append('\n');
        using (var writer = new StringWriter(text) { NewLine = "\n" }) stream.Save(writer, assignAnchors: false);
        string yaml = text.ToString();
        if (yaml.EndsWith("...\n", StringComparison.Ordinal)) yaml = yaml[..^4];
        try
        {
            var scenario = ScenarioLoader.Parse(yaml, DownloadName, Encoding.UTF8.GetBytes(yaml), library);
            if (ScenarioLoader.CheckSize(scenario) is { } tooLarge)
                return (yaml, null, [$"{DownloadName}: population with replications {scenario.Replications}: {tooLarge}"]);
            return (yaml, scenario, []);
        }
        catch (ScenarioException ex) { return (yaml, null, Messages(ex)); }
    }

    /// <summary>What the form edits: the file's own policy entries and parameter overrides (or the edited ones), and
    /// the entries of its base scenario, which the form shows but does not edit. Empty when the file does not load.</summary>
    public (IReadOnlyList<LeverEntry> Own, IReadOnlyList<PolicySetting> FromBase, IReadOnlyList<ParameterEntry> Overrides) Editable(string library)
    {
        if (!LibraryFiles(library).Contains(File)) return ([], [], []);
        string path = Path.Combine(library, File);
        ScenarioDefinition original;
        YamlMappingNode root;
        try
        {
            original = ScenarioLoader.Load(path);
            var stream = new YamlStream();
            using (var reader = new StringReader(SafeYaml.Decode(SafeYaml.ReadFile(path, File), File))) stream.Load(reader);
            root = (YamlMappingNode)stream.Documents[0].RootNode;
        }
        catch (ScenarioException) { return ([], [], []); }
        static string Text(YamlMappingNode m, string key) => m.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { } t } ? t : "";
        var own = new List<LeverEntry>();
        if (root.Children.TryGetValue(new YamlScalarNode("policies"), out var p) && p is YamlSequenceNode seq)
            foreach (var e in seq.Children.OfType<YamlMappingNode>())
                own.Add(new LeverEntry(Text(e, "lever"), Text(e, "start"), Text(e, "end"), Text(e, "intensity"),
                    e.Children.TryGetValue(new YamlScalarNode("regions"), out var r) && r is YamlSequenceNode codes
                        ? [.. codes.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? "")] : []));
        var overrides = new List<ParameterEntry>();
        if (root.Children.TryGetValue(new YamlScalarNode("parameters"), out var q) && q is YamlMappingNode parameters)
            foreach (var (k, v) in parameters.Children)
                if (k is YamlScalarNode { Value: { } name } && v is YamlScalarNode { Value: { } value }) overrides.Add(new ParameterEntry(name, value));
        var fromBase = original.Policies.Take(Math.Max(0, original.Policies.Count - own.Count)).ToArray();
        if (Levers is not null && LeverEntry.Decode(Levers).Entries is { } edited) own = [.. edited];
        if (Overrides is not null && ParameterEntry.Decode(Overrides).Entries is { } editedOverrides) overrides = [.. editedOverrides];
        return (own, fromBase, overrides);
    }

    /// <summary>The form's entries as a <c>policies:</c> list, one flow mapping each; an empty field is left out (so
    /// the loader says it is required).</summary>
    private static YamlSequenceNode PoliciesNode(IEnumerable<LeverEntry> entries)
    {
        var list = new YamlSequenceNode();
        foreach (var e in entries)
        {
            var m = new YamlMappingNode { Style = MappingStyle.Flow };
            foreach (var (key, value) in new[] { ("lever", e.Lever), ("start", e.Start), ("end", e.End), ("intensity", e.Intensity) })
                if (value.Length > 0) m.Add(key, new YamlScalarNode(value));
            if (e.Regions.Count > 0)
                m.Add("regions", new YamlSequenceNode(e.Regions.Select(r => new YamlScalarNode(r))) { Style = SequenceStyle.Flow });
            list.Add(m);
        }
        return list;
    }

    /// <summary>The form's overrides as a <c>parameters:</c> mapping (<c>{}</c> when there are none).</summary>
    private static YamlMappingNode ParametersNode(IEnumerable<ParameterEntry> entries)
    {
        var map = new YamlMappingNode();
        foreach (var e in entries) map.Add(new YamlScalarNode(e.Name), new YamlScalarNode(e.Value));
        if (map.Children.Count == 0) map.Style = MappingStyle.Flow;
        return map;
    }

    private static bool Present(string? s) => !string.IsNullOrWhiteSpace(s);

    private static IReadOnlyList<string> Messages(ScenarioException ex) =>
        [.. ex.Errors.Select(e => e.ToString()), .. ex.MoreLine is { } more ? new[] { more } : []];
}
