namespace NordicChina.Sim.Reporting.Tests;

public sealed class RunReportTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_single_run_has_one_chart_per_headline_metric_and_the_scenario_settings()
    {
        Fixtures.WriteRun(_dir.Path);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(Fixtures.Headlines.Length, HtmlChecks.CountSvg(html));
        Assert.Contains("Scenario run: baseline", html);
        Assert.Contains("Reference path 2020-2040", html);
        Assert.Contains("region.GSR.talent_pool", html);
        Assert.Contains("150000", html);
        Assert.Contains("fdi_screening", html);
        Assert.Contains("FIN, DNK", html);
        Assert.Contains("9,121", html);
        Assert.Contains("Chinese FDI into the host regions, total", html);
        Assert.Contains("EUR m per year", html);
        Assert.Contains("95% confidence interval", html);
        HtmlChecks.AssertSelfContained(html);
        HtmlChecks.AssertUniqueIds(html);
    }

    [Fact]
    public void A_run_with_parameter_uncertainty_says_how_much_of_each_headline_comes_from_each_source()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "summary.csv"), """
            metric,year,region,sector,n,mean,sd,ci95_low,ci95_high,p2_5,p97_5,sd_stochastic,sd_parametric,share_parametric,seed,program_version
            talent.pool,2020,GSR,all,8,145000,10,140000,150000,,,5,8.660254,0.75,1,v
            talent.pool,2021,GSR,all,8,146000,10,141000,151000,,,5,8.660254,0.25,1,v
            jobs.net,2021,GSR,all,8,100,10,90,110,,,,,,1,v
            """);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Contains("sampled its parameters from an ensemble", html);
        Assert.Contains("25% from parameter uncertainty, 75% from the model&#39;s randomness", html.Replace("&#x27;", "&#39;"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "from parameter uncertainty, "));
    }

    [Fact]
    public void Without_parameter_uncertainty_the_report_says_nothing_about_it()
    {
        Fixtures.WriteRun(_dir.Path);
        Assert.DoesNotContain("parameter uncertainty", HtmlReport.Render(_dir.Path));
    }

    [Fact]
    public void A_chart_is_skipped_when_its_metric_is_absent()
    {
        Fixtures.WriteRun(_dir.Path, series: [("fdi.total.value", "all", "all"), ("jobs.net", "GSR", "all"), ("window.gap", "all", "heavy")]);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(3, HtmlChecks.CountSvg(html));
        Assert.DoesNotContain("AI talent pool, Greater Stockholm", html);
    }

    [Fact]
    public void Missing_confidence_bounds_written_as_empty_fields_still_render()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "summary.csv"), """
            metric,year,region,sector,n,mean,sd,ci95_low,ci95_high,p2_5,p97_5
            talent.pool,2020,GSR,all,1,145000,,,,,
            talent.pool,2021,GSR,all,1,146500.5,,,,,
            talent.pool,2022,GSR,all,1,,,,,,
            """);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(1, HtmlChecks.CountSvg(html));
        Assert.Contains("146,500", html);
    }

    [Fact]
    public void A_summary_without_run_json_is_still_charted()
    {
        Fixtures.WriteSummary(Path.Combine(_dir.Path, "summary.csv"));

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(Fixtures.Headlines.Length, HtmlChecks.CountSvg(html));
    }

    [Fact]
    public void An_empty_folder_says_so_and_a_missing_folder_throws()
    {
        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(0, HtmlChecks.CountSvg(html));
        Assert.Contains("none of the result files", html);
        Assert.Throws<DirectoryNotFoundException>(() => HtmlReport.Render(Path.Combine(_dir.Path, "nope")));
    }

    [Fact]
    public void Write_creates_the_output_folder_and_file()
    {
        Fixtures.WriteRun(_dir.Path, series: [("talent.pool", "GSR", "all")]);
        var output = Path.Combine(_dir.Path, "out", "report.html");

        HtmlReport.Write(_dir.Path, output);

        var text = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", text);
        Assert.Equal(1, HtmlChecks.CountSvg(text));
    }
}
