using System.Globalization;
using NordicChina.Sim.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace NordicChina.Sim.Scenarios;

/// <summary>
/// What is valid in a scenario but probably not meant (validate and the commands that run a scenario print these as
/// warnings, file:line:column: field: message): a policy entry whose years lie wholly outside the simulated years
/// (it has no effect), and a horizon that runs past every policy entry (from the year after, every lever is at its
/// default, whatever the scenario did before).
/// </summary>
public static class ScenarioWarnings
{
    /// <summary>The warnings of the scenario file at <paramref name="path"/>, already loaded as <paramref name="loaded"/>.</summary>
    public static IReadOnlyList<ScenarioError> Of(string path, ScenarioDefinition loaded)
    {
        var warnings = new List<ScenarioError>();
        YamlMappingNode? root;
        try { root = SafeYaml.Parse(SafeYaml.Decode(SafeYaml.ReadFile(path, path), path), path) as YamlMappingNode; }
        catch (ScenarioException) { return warnings; }
        if (root is null) return warnings;

        if (Child(root, "policies") is YamlSequenceNode policies)
        {
            int i = 0;
            foreach (var item in policies.Children)
            {
                string field = $"policies[{i++}]";
                if (item is not YamlMappingNode entry || Year(entry, "start") is not int start || Year(entry, "end") is not int end) continue;
                if (end < loaded.StartYear || start > loaded.EndYear)
                    warnings.Add(new ScenarioError(path, (int)entry.Start.Line, (int)entry.Start.Column, field,
                        $"years {start}-{end} lie outside the simulated years {loaded.StartYear}-{loaded.EndYear}: the entry has no effect"));
            }
        }

        if (loaded.Policies.Count > 0 && loaded.Policies.Max(p => p.EndYear) is var last && last < loaded.EndYear)
        {
            var node = (Child(root, "years") as YamlMappingNode) is { } years ? Child(years, "end") ?? years : null;
            warnings.Add(new ScenarioError(path, node is null ? 0 : (int)node.Start.Line, node is null ? 0 : (int)node.Start.Column, "years.end",
                $"the run goes on to {loaded.EndYear}, past the last year of every policy entry ({last}): from {last + 1} every lever is at its default"));
        }
        return warnings;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static int? Year(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null;
}
