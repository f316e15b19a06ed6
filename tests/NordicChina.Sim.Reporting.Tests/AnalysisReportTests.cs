namespace NordicChina.Sim.Reporting.Tests;

public sealed class AnalysisReportTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_sensitivity_analysis_has_one_bar_chart_per_output_and_a_table_of_indices()
    {
        Fixtures.WriteSensitivity(_dir.Path);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(2, HtmlChecks.CountSvg(html));
        Assert.Contains("Morris screening", html);
        Assert.Contains("region.GSR.talent_pool", html);
        // mu_star of the first parameter for fdi.total.value is 1000 with CI 800 to 1150.
        Assert.Contains("1,000", html);
        Assert.Contains("800.0 to 1,150", html);
        Assert.Contains("trajectories", html);
        // Outputs written metric@region are named in words.
        Assert.Contains("Morris screening: Net migration of AI talent, Greater Stockholm", html);
        HtmlChecks.AssertSelfContained(html);
        HtmlChecks.AssertUniqueIds(html);
    }

    [Fact]
    public void A_calibration_has_a_fit_chart_and_tables_of_moments_and_parameters()
    {
        Fixtures.WriteCalibration(_dir.Path);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(1, HtmlChecks.CountSvg(html));
        Assert.Contains("0.0123", html);
        Assert.Contains("fdi_2016", html);
        Assert.Contains("37,000", html);
        Assert.Contains("-4.8%", html);
        Assert.Contains("fdi.base_rate", html);
        Assert.Contains("at a bound", html);
        Assert.Contains("% of target", html);
        HtmlChecks.AssertSelfContained(html);
    }

    [Fact]
    public void A_one_parameter_sweep_charts_each_headline_metric_against_the_parameter()
    {
        Fixtures.WriteSweep(_dir.Path, 1);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(Fixtures.Headlines.Length, HtmlChecks.CountSvg(html));
        Assert.Contains("Headline results against fdi.screening_strength", html);
        // A sweep shows horizon totals: a flow's unit is over the horizon, not per year.
        Assert.Contains("EUR m over the horizon", html);
        Assert.DoesNotContain("per year", html);
        HtmlChecks.AssertSelfContained(html);
        HtmlChecks.AssertUniqueIds(html);
    }

    [Fact]
    public void A_two_parameter_sweep_is_a_table()
    {
        Fixtures.WriteSweep(_dir.Path, 2);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(0, HtmlChecks.CountSvg(html));
        Assert.Contains("talent.mobility", html);
        Assert.Contains("Results at each grid point", html);
        Assert.Contains("talent.mobility = 0.05", html);
        Assert.DoesNotContain("per year", html);
    }

    [Fact]
    public void Every_kind_of_result_in_one_folder_gives_one_page_with_every_section()
    {
        Fixtures.WriteRun(_dir.Path, series: [("fdi.total.value", "all", "all")]);
        Fixtures.WriteSensitivity(_dir.Path);
        Fixtures.WriteCalibration(_dir.Path);

        var html = HtmlReport.Render(_dir.Path);

        Assert.Equal(1 + 2 + 1, HtmlChecks.CountSvg(html));
        Assert.Contains("href=\"#run\"", html);
        Assert.Contains("href=\"#sensitivity\"", html);
        Assert.Contains("href=\"#calibration\"", html);
        HtmlChecks.AssertSelfContained(html);
        HtmlChecks.AssertUniqueIds(html);
    }

    [Fact]
    public void A_malformed_file_gives_an_error_note_not_an_exception()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "sensitivity.csv"), "method,output\nmorris,x\n");

        var html = HtmlReport.Render(_dir.Path);

        Assert.Contains("could not be read", html);
        Assert.Contains("column &#39;parameter&#39; is missing", html);
    }
}
