using System.Net;
using System.Text.RegularExpressions;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>The console's headline table and the report's are one list: the same indicators, in the same order, with
/// the same values written the same way, for the same run (the whole horizon and a --until window).</summary>
public sealed class HeadlineConsistencyTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-headlines-");
    public void Dispose() => _dir.Delete(true);

    [Fact]
    public async Task The_console_table_and_the_report_show_the_same_indicators_with_the_same_values()
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 3, replications: 2);
        foreach (var (args, years, file) in new[] { (Array.Empty<string>(), "2020-2022", "headlines.csv"), (new[] { "--until", "2021" }, "2020-2021", "headlines-window.csv") })
        {
            string outDir = "run" + years;
            var run = await Nordicsim.RunAsync(_dir.FullName, ["run", scenario, "--quiet", "--out", outDir, .. args]);
            Assert.True(run.ExitCode == 0, run.Output);
            var report = await Nordicsim.RunAsync(_dir.FullName, "report", outDir);
            Assert.True(report.ExitCode == 0, report.Output);

            var console = ConsoleRows(run.Stdout);
            var html = HtmlRows(File.ReadAllText(Path.Combine(_dir.FullName, outDir, "report.html")), $"Headline results, {years}");
            var csv = AnalystQuestionTests.Csv(Path.Combine(_dir.FullName, outDir, file));
            Assert.Equal(csv.Count, console.Count);
            Assert.Equal(console, html);
            Assert.Equal(csv.Select(r => r["indicator"].Trim()), console.Select(r => r.Title));
            string until = years[^4..];
            foreach (var title in new[] { "High-skill jobs in the GSR, end of " + until, "Chinese R&D centres opened in the GSR", "Chinese R&D centres open in the GSR, end of " + until,
                "  of which acquisitions".Trim(), "AI talent moving from China to the US", "Heavy-industry window closing year" })
                Assert.Contains(console, r => r.Title.StartsWith(title, StringComparison.Ordinal));
            // Values printed without floating-point noise: at most four significant decimals.
            Assert.DoesNotContain(console, r => Regex.IsMatch(r.Mean, @"\d\.\d{5,}"));
        }
    }

    private sealed record Row(string Title, string Mean, string Interval);

    /// <summary>The rows of the console's box table; a title wrapped over several lines is joined.</summary>
    private static List<Row> ConsoleRows(string stdout)
    {
        var rows = new List<Row>();
        foreach (var line in stdout.Split('\n').Where(l => l.Contains('│')))
        {
            var cells = line.Split('│');
            if (cells.Length < 5 || cells[1].Trim() == "Headline") continue;
            string title = cells[1].Trim(), mean = cells[2].Trim(), interval = cells[3].Trim();
            if (mean.Length > 0) rows.Add(new Row(title, mean, interval));
            else rows[^1] = rows[^1] with { Title = rows[^1].Title + " " + title };
        }
        return rows;
    }

    /// <summary>The rows of the report's table under the heading.</summary>
    private static List<Row> HtmlRows(string html, string heading)
    {
        int start = html.IndexOf(heading + "</h3>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no heading '{heading}' in the report");
        int end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return Regex.Matches(html[start..end], "<tr><td>(.*?)</td><td class=\"num\">(.*?)</td><td class=\"num\">(.*?)</td>")
            .Select(m => new Row(WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<.*?>", "")).Trim(), WebUtility.HtmlDecode(m.Groups[2].Value), WebUtility.HtmlDecode(m.Groups[3].Value)))
            .ToList();
    }
}
