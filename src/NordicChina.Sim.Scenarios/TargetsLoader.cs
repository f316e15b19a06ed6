using System.Globalization;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.World;
using YamlDotNet.RepresentationModel;

namespace NordicChina.Sim.Scenarios;

/// <summary>
/// Reads a calibration or validation targets file (docs/experiments.md, docs/targets.md), reporting every problem with
/// file, line and field. A file that declares <c>use</c> (calibration or validation) must give every moment an
/// <c>sd</c> and a <c>source</c>; files without <c>use</c> are calibration files of the older, undocumented form.
/// </summary>
public static class TargetsLoader
{
    public static CalibrationTargets Load(string path)
    {
        var errors = new List<ScenarioError>();
        void Error(YamlNode node, string field, string message) =>
            errors.Add(new ScenarioError(path, (int)node.Start.Line, (int)node.Start.Column, field, message));

        if (SafeYaml.Load(path, path).Root is not YamlMappingNode root)
            throw new ScenarioException([new ScenarioError(path, 1, 1, "targets", "the file must be a mapping with name, parameters and moments")]);

        string[] allowed = ["name", "use", "scenario", "replications", "max_evaluations", "parameters", "moments"];
        foreach (var k in root.Children.Keys)
            if (k is not YamlScalarNode { Value: { } key } || !allowed.Contains(key))
                Error(k, SafeYaml.Quote((k as YamlScalarNode)?.Value ?? "?"), $"unknown key (allowed: {string.Join(", ", allowed)})");

        YamlNode? Node(YamlMappingNode m, string key) => m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
        string? Str(YamlMappingNode m, string key, string field, bool required)
        {
            var n = Node(m, key);
            if (n is null) { if (required) Error(m, field, "is required"); return null; }
            if (n is YamlScalarNode s) return s.Value;
            Error(n, field, "expected a single value");
            return null;
        }
        double? Num(YamlMappingNode m, string key, string field, bool required)
        {
            var s = Str(m, key, field, required);
            if (s is null) return null;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            Error(Node(m, key)!, field, $"expected a number, got '{SafeYaml.Quote(s)}'");
            return null;
        }
        (int, int)? Years(YamlMappingNode m, string key, string field, bool required)
        {
            var n = Node(m, key);
            if (n is null) { if (required) Error(m, field, "is required"); return null; }
            if (n is YamlSequenceNode { Children.Count: 2 } seq
                && int.TryParse((seq[0] as YamlScalarNode)?.Value, out int a) && int.TryParse((seq[1] as YamlScalarNode)?.Value, out int b)
                && a <= b && a >= ScenarioLoader.MinYear && b <= ScenarioLoader.MaxYear)
                return (a, b);
            Error(n, field, "expected [first year, last year] with first <= last");
            return null;
        }

        string name = Str(root, "name", "name", true) ?? "targets";
        string? useText = Str(root, "use", "use", false);
        bool documented = useText is not null;
        var use = TargetsUse.Calibration;
        if (useText is "validation") use = TargetsUse.Validation;
        else if (useText is not (null or "calibration")) Error(Node(root, "use")!, "use", $"expected calibration or validation, got '{SafeYaml.Quote(useText)}'");
        bool CheckRegion(YamlMappingNode m, string key, string field, string region)
        {
            if (region is "all" or "*" || RegionGroup.Parse(region, out _) is not null) return true;
            Error(Node(m, key)!, field, $"unknown region '{SafeYaml.Quote(region)}' (a code, {RegionGroup.Syntax}, '*' or 'all')");
            return false;
        }
        bool CheckSector(YamlMappingNode m, string key, string field, string sector)
        {
            if (sector is "all" or "heavy" || Sectors.TryByCode(sector, out _)) return true;
            Error(Node(m, key)!, field, $"unknown sector '{SafeYaml.Quote(sector)}'");
            return false;
        }
        string? scenario = Str(root, "scenario", "scenario", false);
        int replications = (int)(Num(root, "replications", "replications", false) ?? 4);
        if (replications < 1 || replications > 1000) Error(Node(root, "replications") ?? root, "replications", "must be between 1 and 1000");
        int maxEvaluations = (int)(Num(root, "max_evaluations", "max_evaluations", false) ?? 80);
        if (maxEvaluations < 2 || maxEvaluations > 100_000) Error(Node(root, "max_evaluations") ?? root, "max_evaluations", "must be between 2 and 100000");

        var parameters = new List<FittedParameter>();
        if (use == TargetsUse.Validation)
        {
            if (Node(root, "parameters") is { } vp) Error(vp, "parameters", "a validation file is never fitted: remove parameters (or set use: calibration)");
        }
        else if (Node(root, "parameters") is not YamlSequenceNode ps || ps.Children.Count == 0)
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
                double? low = Num(m, "low", field + ".low", false) ?? def?.PlausibleLow;
                double? high = Num(m, "high", field + ".high", false) ?? def?.PlausibleHigh;
                if (def is null || low is null || high is null) continue;
                if (low < def.Min || high > def.Max || low >= high)
                    Error(m, field, $"bounds {low:G}..{high:G} must satisfy {def.Min:G} <= low < high <= {def.Max:G} (catalogue bounds of {def.Name})");
                else parameters.Add(new FittedParameter(def.Name, low.Value, high.Value));
            }
        }

        var moments = new List<TargetMoment>();
        if (Node(root, "moments") is not YamlSequenceNode ms || ms.Children.Count == 0)
            Error(Node(root, "moments") ?? root, "moments", "expected a non-empty list of moments");
        else
        {
            int i = 0;
            var names = new HashSet<string>(StringComparer.Ordinal);
            string[] momentKeys = ["name", "metric", "region", "sector", "years", "relative_to", "denominator", "target", "sd", "weight", "source", "record"];
            foreach (var item in ms.Children)
            {
                string field = $"moments[{i++}]";
                if (item is not YamlMappingNode m) { Error(item, field, "expected a mapping"); continue; }
                string mn = Str(m, "name", field + ".name", false) ?? field;
                if (!names.Add(mn)) Error(Node(m, "name") ?? m, field + ".name", $"duplicate moment name '{SafeYaml.Quote(mn)}'");
                foreach (var k in m.Children.Keys)
                    if (k is not YamlScalarNode { Value: { } mk } || !momentKeys.Contains(mk))
                        Error(k, field + "." + SafeYaml.Quote((k as YamlScalarNode)?.Value ?? "?"), $"unknown key (allowed: {string.Join(", ", momentKeys)})");
                string? metric = Str(m, "metric", field + ".metric", true);
                if (metric is not null && !MetricCatalogue.TryGet(metric, out _)) Error(Node(m, "metric")!, field + ".metric", $"unknown metric '{SafeYaml.Quote(metric)}'{MetricCatalogue.Hint(metric)}");
                string region = Str(m, "region", field + ".region", false) ?? "all";
                CheckRegion(m, "region", field + ".region", region);
                string sector = Str(m, "sector", field + ".sector", false) ?? "all";
                CheckSector(m, "sector", field + ".sector", sector);
                var years = Years(m, "years", field + ".years", true);
                var relative = Years(m, "relative_to", field + ".relative_to", false);
                double? target = Num(m, "target", field + ".target", true);
                double weight = Num(m, "weight", field + ".weight", false) ?? 1.0;
                if (weight < 0) Error(Node(m, "weight")!, field + ".weight", "must be 0 or more");
                double? sd = Num(m, "sd", field + ".sd", documented);
                if (sd is <= 0) Error(Node(m, "sd")!, field + ".sd", "must be more than 0 (the target's uncertainty in its own units)");
                string? source = Str(m, "source", field + ".source", documented);
                if (source is not null && string.IsNullOrWhiteSpace(source)) Error(Node(m, "source")!, field + ".source", "must not be empty (publisher, title/table, year)");
                string? record = Str(m, "record", field + ".record", false);
                MomentDenominator? denominator = null;
                if (Node(m, "denominator") is { } dn)
                {
                    string df = field + ".denominator";
                    if (dn is not YamlMappingNode d) Error(dn, df, "expected { metric, region, sector }");
                    else
                    {
                        foreach (var k in d.Children.Keys)
                            if (k is not YamlScalarNode { Value: "metric" or "region" or "sector" })
                                Error(k, df + "." + SafeYaml.Quote((k as YamlScalarNode)?.Value ?? "?"), "unknown key (allowed: metric, region, sector)");
                        string? dm = Str(d, "metric", df + ".metric", true);
                        bool ok = dm is not null;
                        foreach (var part in dm?.Split('+') ?? [])
                            if (!MetricCatalogue.TryGet(part, out _)) { Error(Node(d, "metric")!, df + ".metric", $"unknown metric '{SafeYaml.Quote(part)}' (a metric, or metrics joined by '+'){MetricCatalogue.Hint(part)}"); ok = false; }
                        string dr = Str(d, "region", df + ".region", false) ?? region;
                        ok &= CheckRegion(d, "region", df + ".region", dr);
                        string ds = Str(d, "sector", df + ".sector", false) ?? sector;
                        ok &= CheckSector(d, "sector", df + ".sector", ds);
                        if (ok) denominator = new MomentDenominator(dm!, dr, ds);
                    }
                    if (relative is not null) Error(dn, df, "cannot be combined with relative_to (a share moment is over the moment's own years)");
                }
                if (metric is not null && years is { } y && target is { } t)
                    moments.Add(new TargetMoment(mn, metric, region, sector, y.Item1, y.Item2, relative?.Item1, relative?.Item2, t, weight, sd, source, record, denominator));
            }
        }
        if (errors.Count > 0) throw new ScenarioException(errors);
        string? scenarioPath = scenario is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, scenario);
        return new CalibrationTargets(name, scenarioPath, replications, maxEvaluations, parameters, moments, use, documented);
    }
}
