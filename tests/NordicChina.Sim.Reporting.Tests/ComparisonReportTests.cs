namespace NordicChina.Sim.Reporting.Tests;

public sealed class ComparisonReportTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_comparison_charts_every_headline_metric_with_all_scenarios_and_tabulates_the_differences()
    {
        Fixtures.WriteComparison(_dir.Path, "reference-2020", ["screening-tight", "talent-open"]);

        var html = HtmlReport.Render(_dir.Path);

        // Every headline metric twice: its levels, and the scenarios' differences from the baseline with their bands.
        Assert.Equal(2 * Fixtures.Headlines.Length, HtmlChecks.CountSvg(html));
        Assert.Contains("Differences from the baseline over time", html);
        // Known row: difference -4321.12 with CI -5012.3 to -3630.8 on a baseline of 15234.4 (-28.4%).
        Assert.Contains("-4,321", html);
        Assert.Contains("-5,012 to -3,631", html);
        Assert.Contains("15,234", html);
        Assert.Contains("-28%", html);
        Assert.Contains("Differences from the baseline over the whole horizon", html);
        // Each scenario appears in the chart legends (inside the SVG) and in the table.
        Assert.Contains("screening-tight", html);
        Assert.Contains("talent-open", html);
        Assert.Contains("reference-2020 (baseline)", html);
        HtmlChecks.AssertSelfContained(html);
        HtmlChecks.AssertUniqueIds(html);
    }

    [Fact]
    public void Scenario_names_are_html_escaped_in_text_tables_and_chart_legends()
    {
        const string evil = "<b>Open & \"free\"</b><script>alert(1)</script>";
        Fixtures.WriteComparison(_dir.Path, "baseline", [evil]);

        var html = HtmlReport.Render(_dir.Path);

        Assert.DoesNotContain("<b>Open", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;b&gt;Open &amp;", html);
        Assert.Equal(2 * Fixtures.Headlines.Length, HtmlChecks.CountSvg(html));
        HtmlChecks.AssertSelfContained(html);
    }

    [Fact]
    public void Relative_changes_written_as_percentages_are_not_multiplied_again()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "comparison.csv"), """
            scenario,metric,year,region,sector,n,baseline_mean,scenario_mean,difference,ci95_low,ci95_high,relative_change,seed,program_version
            s1,talent.pool,total,GSR,all,8,200000,210000,10000,8000,12000,5,1,0.1.0
            s1,jobs.net,total,GSR,all,8,1000,900,-100,-150,-50,-10,1,0.1.0
            """);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Contains("+5.0%", html);
        Assert.Contains("-10%", html);
        Assert.Contains("+8,000 to +12,000", html);
        // No runs/ folder: nothing to chart, but the table is there.
        Assert.Equal(0, HtmlChecks.CountSvg(html));
    }
}
