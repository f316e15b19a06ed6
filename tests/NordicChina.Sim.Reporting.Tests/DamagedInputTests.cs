namespace NordicChina.Sim.Reporting.Tests;

/// <summary>Issue 11: a report is never rendered from a truncated or damaged result file when strict (the report
/// command), and report.html is written by rename, never through a symbolic link.</summary>
public sealed class DamagedInputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Summary = "metric,year,region,sector,n,mean,sd,ci95_low,ci95_high\n" +
        "talent.pool,2020,GSR,all,2,145000,10,140000,150000\n" +
        "talent.pool,2021,GSR,all,2,146000,10,141000,151000\n";

    [Fact]
    public void A_truncated_csv_is_refused_naming_file_and_line_when_strict()
    {
        string file = Path.Combine(_dir.Path, "summary.csv");
        File.WriteAllText(file, Summary + "talent.pool,2022,GS");
        var ex = Assert.Throws<InvalidDataException>(() => HtmlReport.Write(_dir.Path, Path.Combine(_dir.Path, "report.html"), strict: true));
        Assert.Contains($"{file}:4:", ex.Message);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "report.html")));
        Assert.Contains("could not be read", HtmlReport.Render(_dir.Path));   // lenient rendering still marks the section
    }

    [Theory]
    [InlineData("[1, 2]", "found array")]
    [InlineData("{ \"scenario\": \"x\", ", "not valid JSON")]
    public void A_run_json_that_is_not_an_object_is_refused_when_strict(string json, string expected)
    {
        File.WriteAllText(Path.Combine(_dir.Path, "summary.csv"), Summary);
        File.WriteAllText(Path.Combine(_dir.Path, "run.json"), json);
        var ex = Assert.Throws<InvalidDataException>(() => HtmlReport.Write(_dir.Path, Path.Combine(_dir.Path, "report.html"), strict: true));
        Assert.Contains("run.json:", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void The_report_replaces_a_symbolic_link_without_writing_through_it()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "summary.csv"), Summary);
        string target = Path.Combine(_dir.Path, "elsewhere.txt");
        File.WriteAllText(target, "keep");
        string report = Path.Combine(_dir.Path, "report.html");
        File.CreateSymbolicLink(report, target);
        HtmlReport.Write(_dir.Path, report, strict: true);
        Assert.Equal("keep", File.ReadAllText(target));
        Assert.Null(new FileInfo(report).LinkTarget);
        Assert.Contains("<html", File.ReadAllText(report));
    }
}
