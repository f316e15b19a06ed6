using System.Globalization;
using NordicChina.Sim.Model.Parameters;
using YamlDotNet.RepresentationModel;

namespace NordicChina.Sim.Scenarios;

/// <summary>Reads a calibration spec (<see cref="CalibrationSpec"/>), reporting every problem with file, line and field.</summary>
public static class CalibrationSpecLoader
{
    public static readonly string[] Keys =
        ["name", "seed", "targets", "parameters", "replications", "waves", "design_points", "candidates", "cutoff", "ensemble", "fit_years", "match", "twin_budget", "design_seeds", "implausibility_rank", "confirm", "prediction_factor"];

    /// <summary>Whether the file is a calibration spec (a mapping with a 'targets' list) rather than a targets file.</summary>
    public static bool IsSpec(string path) =>
        SafeYaml.Load(path, path).Root is YamlMappingNode m && m.Children.ContainsKey(new YamlScalarNode("targets"));

    public static CalibrationSpec Load(string path)
    {
        var errors = new List<ScenarioError>();
        void Error(YamlNode node, string field, string message) =>
            errors.Add(new ScenarioError(path, (int)node.Start.Line, (int)node.Start.Column, field, message));

        if (SafeYaml.Load(path, path).Root is not YamlMappingNode root)
            throw new ScenarioException([new ScenarioError(path, 1, 1, "calibration", "the file must be a mapping with name, targets and parameters")]);
        foreach (var k in root.Children.Keys)
            if (k is not YamlScalarNode { Value: { } key } || !Keys.Contains(key))
                Error(k, SafeYaml.Quote((k as YamlScalarNode)?.Value ?? "?"), $"unknown key (allowed: {string.Join(", ", Keys)})");

        YamlNode? Node(YamlMappingNode m, string key) => m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
        string? Str(YamlMappingNode m, string key, string field, bool required)
        {
            var n = Node(m, key);
            if (n is null) { if (required) Error(m, field, "is required"); return null; }
            if (n is YamlScalarNode s) return s.Value;
            Error(n, field, "expected a single value");
            return null;
        }
        double? Num(YamlMappingNode m, string key, string field)
        {
            var s = Str(m, key, field, false);
            if (s is null) return null;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            Error(Node(m, key)!, field, $"expected a number, got '{SafeYaml.Quote(s)}'");
            return null;
        }
        // A whole number from min to max under key of mapping m; null when absent or wrong (the error reported).
        int? WholeIn(YamlMappingNode m, string key, string field, int min, int max)
        {
            var v = Num(m, key, field);
            if (v is null) return null;
            if (v != Math.Floor(v.Value) || v < min || v > max) { Error(Node(m, key)!, field, $"must be a whole number from {min} to {max}"); return null; }
            return (int)v.Value;
        }
        int Int(string key, int fallback, int min, int max) => WholeIn(root, key, key, min, max) ?? fallback;

        string name = Str(root, "name", "name", true) ?? "calibration";
        ulong seed = 1;
        if (Str(root, "seed", "seed", true) is { } seedText && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            Error(Node(root, "seed")!, "seed", $"expected a whole number from 0 to {ulong.MaxValue}, got '{SafeYaml.Quote(seedText)}'");

        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var targets = new List<string>();
        var targetReplications = new List<int?>();
        if (Node(root, "targets") is not YamlSequenceNode ts || ts.Children.Count == 0)
            Error(Node(root, "targets") ?? root, "targets", "expected a non-empty list of targets files");
        else
        {
            int i = 0;
            foreach (var item in ts.Children)
            {
                string field = $"targets[{i++}]";
                // A path, or { file: path, replications: N } for a file that runs its own number of replications per point.
                YamlNode fileNode = item;
                string fileField = field;
                int? fileReplications = null;
                if (item is YamlMappingNode tm)
                {
                    foreach (var k in tm.Children.Keys)
                        if (k is not YamlScalarNode { Value: "file" or "replications" })
                            Error(k, $"{field}.{SafeYaml.Quote((k as YamlScalarNode)?.Value ?? "?")}", "unknown key (allowed: file, replications)");
                    fileNode = Node(tm, "file") ?? tm;
                    fileField = field + ".file";
                    fileReplications = WholeIn(tm, "replications", field + ".replications", 2, 1000);
                }
                if (fileNode is not YamlScalarNode { Value: { Length: > 0 } file }) { Error(fileNode, fileField, "expected a file path"); continue; }
                string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, file));
                if (!File.Exists(full)) Error(fileNode, fileField, $"no such file '{SafeYaml.Quote(file)}' (paths are relative to this file)");
                else { targets.Add(full); targetReplications.Add(fileReplications); }
            }
        }

        var parameters = new List<FittedParameter>();
        if (Node(root, "parameters") is not YamlSequenceNode ps || ps.Children.Count == 0)
            Error(Node(root, "parameters") ?? root, "parameters", "expected a non-empty list of { name, low, high }");
        else
        {
            int i = 0;
            foreach (var item in ps.Children)
            {
                string field = $"parameters[{i++}]";
                if (item is not YamlMappingNode m) { Error(item, field, "expected { name, low, high }"); continue; }
                string? pn = Str(m, "name", field + ".name", true);
                var def = pn is null ? null : ParameterCatalogue.Find(pn);
                if (pn is not null && def is null) { Error(Node(m, "name")!, field + ".name", $"unknown parameter '{SafeYaml.Quote(pn)}'"); continue; }
                if (def is not null && parameters.Any(p => p.Name == def.Name)) { Error(Node(m, "name")!, field + ".name", $"'{def.Name}' is listed twice"); continue; }
                // Explicit bounds: a range left to the catalogue (half to one and a half times the default) would move when
                // the calibrated medians become the defaults, and the calibration would no longer reproduce its ensemble.
                double? low = Num(m, "low", field + ".low");
                double? high = Num(m, "high", field + ".high");
                if (def is not null && (low is null || high is null))
                {
                    Error(m, field, $"give low and high (for example the catalogue's plausible range {def.PlausibleLow:G} to {def.PlausibleHigh:G}); a range taken from the default would move with it");
                    continue;
                }
                if (def is null || low is null || high is null) continue;
                if (low < def.Min || high > def.Max || low >= high)
                    Error(m, field, $"bounds {low:G}..{high:G} must satisfy {def.Min:G} <= low < high <= {def.Max:G} (catalogue bounds of {def.Name})");
                else parameters.Add(new FittedParameter(def.Name, low.Value, high.Value));
            }
        }

        int replications = Int("replications", 4, 2, 1000);
        int waves = Int("waves", 4, 1, 20);
        int design = Int("design_points", 10 * Math.Max(1, parameters.Count), 4, 100_000);
        int candidates = Int("candidates", 20_000, 100, 10_000_000);
        int ensemble = Int("ensemble", 200, 2, 100_000);
        double cutoff = Num(root, "cutoff", "cutoff") ?? 3.0;
        if (cutoff is <= 0 or > 100) Error(Node(root, "cutoff")!, "cutoff", "must be above 0 and at most 100");
        if (design < parameters.Count + 2 && parameters.Count > 0)
            Error(Node(root, "design_points") ?? root, "design_points", $"must be at least the number of parameters + 2 ({parameters.Count + 2})");

        int fitFrom = ScenarioLoader.MinYear, fitTo = ScenarioLoader.MaxYear;
        if (Node(root, "fit_years") is { } fy)
        {
            if (fy is YamlSequenceNode { Children.Count: 2 } seq
                && int.TryParse((seq[0] as YamlScalarNode)?.Value, out int a) && int.TryParse((seq[1] as YamlScalarNode)?.Value, out int b) && a <= b)
                (fitFrom, fitTo) = (a, b);
            else Error(fy, "fit_years", "expected [first year, last year] with first <= last");
        }
        // A key with a few named values: the first is the default; an unknown value is reported with the expected ones.
        T Choice<T>(string key, string expected, params (string Word, T Value)[] options)
        {
            if (Node(root, key) is not { } node) return options[0].Value;
            string? word = (node as YamlScalarNode)?.Value;
            foreach (var (w, v) in options)
                if (w == word) return v;
            Error(node, key, "expected " + expected);
            return options[0].Value;
        }
        var match = Choice("match", "mean (the model's mean over replications) or realisation (one replication)",
            ("mean", TargetMatch.Mean), ("realisation", TargetMatch.Realisation));
        var twinBudget = Choice("twin_budget", "half (at most 2 waves of half the design points, an ensemble of at most 60) or full (the calibration's own budget)",
            ("half", TwinBudget.Half), ("full", TwinBudget.Full));
        var designSeeds = Choice("design_seeds", "common (the scenario's seeds at every design point) or independent (seeds of its own for every point)",
            ("common", DesignSeeds.Common), ("independent", DesignSeeds.Independent));
        int rank = Int("implausibility_rank", 1, 1, 1000);
        int confirm = Int("confirm", 0, 0, 100);
        int predictionFactor = Int("prediction_factor", 1, 1, 100);
        if (errors.Count > 0) throw new ScenarioException(errors);
        return new CalibrationSpec(name, System.IO.Path.GetFullPath(path), seed, targets, parameters, replications, waves, design, candidates, cutoff, ensemble, fitFrom, fitTo)
        {
            Match = match,
            TwinBudget = twinBudget,
            DesignSeeds = designSeeds,
            ImplausibilityRank = rank,
            Confirm = confirm,
            PredictionFactor = predictionFactor,
            TargetReplications = targetReplications,
        };
    }
}
