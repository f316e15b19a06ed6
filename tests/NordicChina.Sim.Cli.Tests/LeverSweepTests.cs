namespace NordicChina.Sim.Cli.Tests;

/// <summary>Policy levers as sweep axes: --vary lever.&lt;name&gt;[.&lt;from&gt;-&lt;to&gt;].intensity=from:to:step.</summary>
public sealed class LeverSweepTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-lever-");
    public void Dispose() => _dir.Delete(true);

    [Fact]
    public async Task A_lever_intensity_is_a_sweep_axis_and_changes_what_the_lever_acts_on()
    {
        // WASP funds PhDs: the GSR's PhD stock at the end grows with its intensity over 2021-2022.
        string s = Nordicsim.SmallScenario(_dir.FullName, years: 3, replications: 1);
        var r = await Nordicsim.RunAsync(_dir.FullName, "sweep", s, "--vary", "lever.wasp.2021-2022.intensity=0:2:2", "--group", "sweden", "--quiet", "--out", "sw");
        Assert.True(r.ExitCode == 0, r.Output);
        var rows = AnalystQuestionTests.Csv(Path.Combine(_dir.FullName, "sw", "sweep.csv"));
        Assert.Contains("lever.wasp.2021-2022.intensity", rows[0].Keys);
        var phd = rows.Where(x => x["metric"] == "talent.phd_stock" && x["region"] == "GSR").ToDictionary(x => x["lever.wasp.2021-2022.intensity"], x => double.Parse(x["mean"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["0", "2"], phd.Keys.Order());
        Assert.True(phd["2"] > phd["0"], $"PhD stock with WASP at 2 ({phd["2"]}) should exceed WASP at 0 ({phd["0"]})");
        // sweep --group: Sweden's row is the sum of the GSR's and West Sweden's at every point, marked aggregate.
        double Mean(string point, string region) => double.Parse(rows.Single(x => x["metric"] == "talent.phd_stock" && x["region"] == region && x["lever.wasp.2021-2022.intensity"] == point)["mean"], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var point in new[] { "0", "2" })
            Assert.Equal(Mean(point, "GSR") + Mean(point, "WSE"), Mean(point, "sweden"), 9);
        Assert.All(rows.Where(x => x["region"] == "sweden"), x => Assert.Equal("true", x["aggregate"]));
        // The console's table: the headline indicators at each point, Sweden's among them.
        Assert.Contains("lever.wasp.2021-2022.intensity", r.Stdout);
        Assert.Contains("AI talent pool of Sweden", r.Stdout);
        Assert.Matches(@"AI talent moving from China to the US \(persons\)\s*│\s*[0-9,]+\s*│\s*[0-9,]+\s*│", r.Stdout);
    }

    [Theory]
    [InlineData("ai_plan=0:2:1", "vary its intensity as lever.<name>.intensity")]
    [InlineData("lever.wsap.intensity=0:2:1", "unknown lever 'wsap' (did you mean wasp?)")]
    [InlineData("lever.wasp.intensity=0:11:1", "outside the lever's intensities")]
    [InlineData("lever.wasp.2030-2025.intensity=0:1:1", "end year 2025 is before start year 2030")]
    [InlineData("lever.wasp.2045-2050.intensity=0:1:1", "2045-2050 lies outside")]
    public async Task A_bad_lever_axis_exits_2_saying_why(string vary, string message)
    {
        string s = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 1);
        var r = await Nordicsim.RunAsync(_dir.FullName, "sweep", s, "--vary", vary, "--out", "bad");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Output);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad")));
    }
}
