using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>
/// What moves the window, for the window view: read from the committed screening result, the generated part of
/// docs/sensitivity.md (written by <c>nordicsim sensitivity --screening</c>, embedded in the build), never typed in.
/// The families ranked by their scaled Morris μ* on the window's outputs (window.closing_year and window.gap,
/// heavy industry), the seed factor's noise level, and the policy levers through the catalogue parameters their
/// mechanism names (<see cref="PolicyLever.Mechanism"/>), with the directions <see cref="LeverExpectations"/> tests.
/// </summary>
public static partial class WindowDrivers
{
    public const string SourceFile = "docs/sensitivity.md";

    [GeneratedRegex(@"\b[a-z_]+(?:\.[A-Za-z_0-9]+)+\b")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"Screening of `([^`]+)` \((\d{4}-\d{4})")]
    private static partial Regex Screened();

    public static string? Embedded()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("explorer/sensitivity.md");
        if (s is null) return null;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    /// <summary>The drivers as JSON-ready object, or one with an error (and the source file to read) when the
    /// document is absent or its generated tables are not there.</summary>
    public static object Of(string? markdown, int top = 8)
    {
        var threshold = ParameterCatalogue.Find("window.threshold")!;
        object Threshold() => new { name = threshold.Name, @default = threshold.Default, unit = threshold.Unit, source = threshold.Source, description = threshold.Description };
        if (markdown is null) return new { source = SourceFile, error = $"{SourceFile} is not in this build", threshold = Threshold() };
        var outputs = Table(markdown, "### Outputs");
        var stage1 = Table(markdown, "### Stage 1: families ranked");
        var members = Table(markdown, "### Parameters of the families that matter");
        if (outputs is null || stage1 is null || outputs.Count < 2 || stage1.Count < 2)
            return new { source = SourceFile, error = $"{SourceFile} holds no screening tables", threshold = Threshold() };

        int oLabel = outputs[0].IndexOf("label"), oName = outputs[0].IndexOf("output"), oMeaning = outputs[0].IndexOf("meaning");
        var windowOutputs = outputs.Skip(1).Where(r => Code(r[oName]).StartsWith("window.", StringComparison.Ordinal))
            .Select(r => new { label = r[oLabel], name = Code(r[oName]), meaning = oMeaning >= 0 ? r[oMeaning] : "" }).ToList();
        var head = stage1[0];
        int fFamily = head.IndexOf("family"), fMatters = head.IndexOf("matters"), fParams = head.IndexOf("params");
        var columns = windowOutputs.Select(o => head.IndexOf(o.label)).ToArray();
        if (fFamily < 0 || columns.Any(c => c < 0)) return new { source = SourceFile, error = $"{SourceFile}: the stage-1 table lacks the window's outputs", threshold = Threshold() };

        var families = new Dictionary<string, (double?[] Scores, bool Matters, string Params)>(StringComparer.Ordinal);
        double?[] noise = new double?[columns.Length];
        foreach (var r in stage1.Skip(1))
        {
            var scores = columns.Select(c => Number(r[c])).ToArray();
            if (r[fFamily].Contains("(seed)", StringComparison.Ordinal)) { noise = scores; continue; }
            families[Code(r[fFamily])] = (scores, fMatters >= 0 && r[fMatters].Contains("yes", StringComparison.Ordinal), fParams >= 0 ? r[fParams] : "");
        }
        var byFamily = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (members is { Count: > 1 })
        {
            int mParam = members[0].IndexOf("parameter"), mFamily = members[0].IndexOf("family");
            if (mParam >= 0 && mFamily >= 0)
                foreach (var r in members.Skip(1))
                {
                    string f = Code(r[mFamily]);
                    if (!byFamily.TryGetValue(f, out var list)) byFamily[f] = list = [];
                    list.Add(Code(r[mParam]));
                }
        }
        double Best(double?[] s) => s.Max(x => x ?? 0);
        var ranked = families.OrderByDescending(kv => Best(kv.Value.Scores)).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top)
            .Select(kv => new
            {
                family = kv.Key,
                matters = kv.Value.Matters,
                scores = kv.Value.Scores,
                parameters = byFamily.TryGetValue(kv.Key, out var m) ? m : ParameterCatalogue.All.Where(p => ParameterFamilies.FamilyOf(p.Name) == kv.Key).Select(p => p.Name).ToList(),
            }).ToList();

        var levers = PolicyLevers.All.Select(l =>
        {
            var through = ParameterName().Matches(l.Mechanism).Select(m => m.Value).Where(n => ParameterCatalogue.Find(n) is not null).Distinct()
                .Select(n => (name: n, family: ParameterFamilies.FamilyOf(n), scores: families.TryGetValue(ParameterFamilies.FamilyOf(n), out var f) ? f.Scores : null))
                .ToList();
            var tested = LeverExpectations.All.Where(e => e.Lever == l.Name && (e.Metric.StartsWith("window.", StringComparison.Ordinal) || e.Metric.StartsWith("capability.", StringComparison.Ordinal)))
                .Select(e => new { metric = e.Metric, sector = e.Sector, intensity = e.Intensity, direction = e.Direction > 0 ? "up" : "down" }).ToList();
            double score = through.Count == 0 ? 0 : through.Max(t => t.scores is null ? 0 : Best(t.scores));
            return new
            {
                lever = l.Name,
                description = l.Description,
                mechanism = l.Mechanism,
                score,
                through = through.Select(t => new { parameter = t.name, t.family, t.scores }).ToList(),
                tested,
            };
        }).Where(l => l.score > 0 || l.tested.Count > 0).OrderByDescending(l => l.score).ThenBy(l => l.lever, StringComparer.Ordinal).ToList();

        var screened = Screened().Match(markdown);
        return new
        {
            source = SourceFile,
            error = (string?)null,
            screened = screened.Success ? $"{screened.Groups[1].Value}, {screened.Groups[2].Value}" : "",
            outputs = windowOutputs,
            noise,
            families = ranked,
            levers,
            threshold = Threshold(),
        };
    }

    /// <summary>The Markdown table after <paramref name="heading"/>: header then rows, cells trimmed (escaped pipes kept
    /// inside cells); null when the heading is absent.</summary>
    private static List<List<string>>? Table(string markdown, string heading)
    {
        int at = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (at < 0) return null;
        var rows = new List<List<string>>();
        bool started = false;
        foreach (var raw in markdown[(at + heading.Length + 2)..].Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith('|'))
            {
                started = true;
                if (line.StartsWith("|---", StringComparison.Ordinal)) continue;
                var cells = Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim().Replace("\\|", "|")).ToList();
                rows.Add(cells);
            }
            else if (started || line.StartsWith('#')) break;
        }
        return rows;
    }

    private static string Code(string cell) => cell.Trim().Trim('`').Trim();

    private static double? Number(string cell) => double.TryParse(cell.Replace("*", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
