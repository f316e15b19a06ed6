using System.Globalization;
using System.Text;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>
/// A library scenario with the explorer's edits (Going Out intensity over the whole horizon, replications, seed),
/// written as YAML that <c>nordicsim run</c> accepts, and loaded by the same <see cref="ScenarioLoader"/> as every
/// command (so its errors are those of <c>nordicsim validate</c> on the downloaded file).
/// </summary>
public sealed record ScenarioEdit(string File, string? GoingOut, string? Replications, string? Seed)
{
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

    private static bool Present(string? s) => !string.IsNullOrWhiteSpace(s);

    private static IReadOnlyList<string> Messages(ScenarioException ex) =>
        [.. ex.Errors.Select(e => e.ToString()), .. ex.MoreLine is { } more ? new[] { more } : []];
}
