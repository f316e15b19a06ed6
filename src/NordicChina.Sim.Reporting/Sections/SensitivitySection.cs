using NordicChina.Sim.Reporting.Charts;
using NordicChina.Sim.Reporting.Html;
using NordicChina.Sim.Reporting.Input;

namespace NordicChina.Sim.Reporting.Sections;

/// <summary>A global sensitivity analysis (Morris screening or Sobol indices): per output, bars of the indices with CIs and a table.</summary>
internal static class SensitivitySection
{
    public const string Anchor = "sensitivity";

    /// <summary>Parameters shown in one chart; the table lists them all.</summary>
    private const int MaxBars = 20;

    public static bool Applies(string folder) => File.Exists(Path.Combine(folder, "sensitivity.csv"));

    public static void Render(string folder, HtmlWriter html)
    {
        var rows = SensitivityRow.Load(Path.Combine(folder, "sensitivity.csv"));
        html.Heading(2, "Sensitivity analysis", Anchor);
        html.Paragraph(
            "Which model parameters (and policy levers, named lever.<name>[.<from>-<to>].intensity) drive the results? Each output below ranks them by their influence. " +
            "Error bars are 95% confidence intervals; a long bar with a short error bar is a robust finding.");
        var jsonPath = Path.Combine(folder, "sensitivity.json");
        if (File.Exists(jsonPath))
        {
            html.KeyValues(JsonFile.ScalarProperties(JsonFile.Load(jsonPath)).Select(p => (p.Name.Replace('_', ' '), p.Value)));
        }

        var methods = rows.Select(r => r.Method).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var method in methods)
        {
            html.Paragraph(Explanation(method), "note");
        }

        html.Line("<div class=\"grid\">");
        var tables = new List<Action>();
        foreach (var group in rows.GroupBy(r => (Method: r.Method.ToLowerInvariant(), r.Output)))
        {
            var (method, output) = group.Key;
            var indexNames = group.Select(r => r.Index).Distinct().ToList();
            var charted = ChartedIndices(method, indexNames);
            var primary = charted[0];
            var parameters = SensitivityRanking.Order(group.Select(r => r.Parameter).Distinct()
                .Select(p => (p, Value(group, p, primary)?.Value ?? double.NaN))).ToList();
            var shown = parameters.Take(MaxBars).ToList();
            var bars = charted.Select(index => new BarGroup(
                IndexLabel(index),
                shown.Select(p => Value(group, p, index)?.Value ?? double.NaN).ToArray(),
                shown.Select(p => Value(group, p, index)?.CiLow ?? double.NaN).ToArray(),
                shown.Select(p => Value(group, p, index)?.CiHigh ?? double.NaN).ToArray())).ToList();
            var title = OutputTitle(output);
            var plot = BarChart.Create(shown, bars, $"{MethodName(method)} index");
            var height = BarChart.HeightFor(shown.Count, bars.Count);
            var note = parameters.Count > shown.Count
                ? $"The {shown.Count} most influential of {parameters.Count} parameters by {IndexLabel(primary)}; the table lists all."
                : $"Parameters ordered by {IndexLabel(primary)}.";
            html.Figure(
                $"{MethodName(method)}: {title}",
                $"Influence of each parameter on {title} (output {output}).",
                null,
                ChartSvg.Render(html, plot, $"{MethodName(method)} sensitivity of {output}", ChartStyle.Width, height),
                note);
            tables.Add(() => Table(html, method, output, title, group.ToList(), indexNames, parameters));
        }

        html.Line("</div>");
        html.Heading(3, "Sensitivity indices");
        foreach (var table in tables)
        {
            table();
        }
    }

    private static SensitivityRow? Value(IEnumerable<SensitivityRow> rows, string parameter, string index) =>
        rows.FirstOrDefault(r => r.Parameter == parameter && r.Index == index);

    private static List<string> ChartedIndices(string method, List<string> available)
    {
        string[] preferred = method switch
        {
            "morris" => ["mu_star", "sigma"],
            "sobol" => ["S1", "ST"],
            _ => [],
        };
        var charted = preferred.Where(available.Contains).ToList();
        return charted.Count > 0 ? charted : available;
    }

    private static void Table(HtmlWriter html, string method, string output, string title, List<SensitivityRow> rows, List<string> indices, List<string> parameters)
    {
        var headers = new List<string> { "Rank", "Parameter" };
        foreach (var index in indices)
        {
            headers.Add(IndexLabel(index));
            headers.Add("95% CI");
        }

        var numeric = new HashSet<int>(Enumerable.Range(2, indices.Count * 2)) { 0 };
        var body = parameters.Select((p, i) =>
        {
            var cells = new List<string> { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p };
            foreach (var index in indices)
            {
                var r = Value(rows, p, index);
                cells.Add(Fmt.Number(r?.Value ?? double.NaN));
                cells.Add(r is null ? "NA" : Fmt.Interval(r.CiLow, r.CiHigh));
            }

            return (IReadOnlyList<string>)cells;
        });
        html.Table(headers, body, numeric, $"{MethodName(method)}: {title} ({output})");
    }

    private static string OutputTitle(string output) => HeadlineMetrics.TitleOf(output);

    private static string MethodName(string method) => method.ToLowerInvariant() switch
    {
        "morris" => "Morris screening",
        "sobol" => "Sobol",
        _ => method,
    };

    private static string IndexLabel(string index) => index switch
    {
        "mu_star" => "mu* (mean |effect|)",
        "mu" => "mu (mean effect)",
        "sigma" => "sigma (spread of effects)",
        "S1" => "S1 (first order)",
        "ST" => "ST (total)",
        _ => index,
    };

    private static string Explanation(string method) => method.ToLowerInvariant() switch
    {
        "morris" =>
            "Morris screening: mu* is the mean absolute change in the output when a parameter moves one step across its range " +
            "(overall influence, in the output's units); sigma is the spread of those changes (large sigma = non-linear effect or " +
            "interaction with other parameters); mu, in the table, keeps the sign and shows the direction.",
        "sobol" =>
            "Sobol indices: S1 is the share of the output's variance explained by a parameter on its own; ST adds its interactions " +
            "with all other parameters. Both lie between 0 and 1; ST well above S1 signals interactions.",
        _ => $"Method {method}.",
    };
}
