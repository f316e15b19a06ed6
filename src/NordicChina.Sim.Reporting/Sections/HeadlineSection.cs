using NordicChina.Sim.Reporting.Html;
using NordicChina.Sim.Reporting.Input;

namespace NordicChina.Sim.Reporting.Sections;

/// <summary>A run's headline indicators (headlines-window.csv, then headlines.csv): the console's table, with the
/// same indicators in the same order and the values written the same way (<see cref="HeadlineCells"/>).</summary>
internal static class HeadlineSection
{
    public static readonly string[] Files = ["headlines-window.csv", "headlines.csv"];

    public static void Render(string folder, HtmlWriter html)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            var csv = CsvTable.Load(path);
            int title = csv.Column("indicator"), metric = csv.Column("metric"), region = csv.Column("region"), sector = csv.Column("sector"),
                from = csv.Column("from_year"), until = csv.Column("until_year"), unit = csv.Column("unit"), n = csv.Column("n"),
                mean = csv.Column("mean"), low = csv.Column("ci95_low"), high = csv.Column("ci95_high"), share = csv.Column("share_parametric");
            if (csv.Rows.Count == 0)
            {
                continue;
            }

            string years = CsvTable.Field(csv.Rows[0], from) == CsvTable.Field(csv.Rows[0], until)
                ? CsvTable.Field(csv.Rows[0], from)
                : $"{CsvTable.Field(csv.Rows[0], from)}-{CsvTable.Field(csv.Rows[0], until)}";
            html.Heading(3, $"Headline results, {years}");
            html.Paragraph($"Flows are summed over {years}; stocks are values at the end of {CsvTable.Field(csv.Rows[0], until)}. " +
                "Each value is the mean over the replications with the 95% confidence interval of that mean (the console's table after the run).");
            bool uncertain = csv.Rows.Any(r => !double.IsNaN(CsvTable.Number(CsvTable.Field(r, share))));
            var headers = new List<string> { "Headline", "Mean", "95% CI", "Unit", "n" };
            if (uncertain)
            {
                headers.Add("Variance from parameters");
            }

            var rows = new List<IReadOnlyList<string>>();
            foreach (var r in csv.Rows)
            {
                double m = CsvTable.Number(CsvTable.Field(r, mean)), lo = CsvTable.Number(CsvTable.Field(r, low)), hi = CsvTable.Number(CsvTable.Field(r, high));
                string u = CsvTable.Field(r, unit);
                int count = (int)CsvTable.Number(CsvTable.Field(r, n));
                var cells = new List<string>
                {
                    $"<span class=\"label\" title=\"{HtmlWriter.E($"{CsvTable.Field(r, metric)} ({CsvTable.Field(r, region)}/{CsvTable.Field(r, sector)})")}\">{HtmlWriter.E(CsvTable.Field(r, title))}</span>",
                    HtmlWriter.E(HeadlineCells.Mean(m, u)),
                    HtmlWriter.E(HeadlineCells.Interval(m, lo, hi, u, count)),
                    HtmlWriter.E(u),
                    HtmlWriter.E(count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                };
                if (uncertain)
                {
                    var sp = CsvTable.Number(CsvTable.Field(r, share));
                    cells.Add(double.IsNaN(sp) ? "-" : HtmlWriter.E((100 * sp).ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + "%"));
                }

                rows.Add(cells);
            }

            html.TableHtml(headers, rows, new HashSet<int> { 1, 2, 4 });
        }
    }
}
