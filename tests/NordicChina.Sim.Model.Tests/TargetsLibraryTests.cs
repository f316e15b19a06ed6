using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Model.Tests;

/// <summary>
/// Every file in scenarios/targets/ loads, documents each moment (sd above 0, a source), names known metrics and
/// regions (the loader refuses unknown ones), points at a scenario that loads, and asks only for years inside it.
/// </summary>
public sealed class TargetsLibraryTests
{
    private static string[] Names() =>
        Directory.GetFiles(Path.Combine(RepoRoot.Path, "scenarios", "targets"), "*.yaml").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray()!;

    public static TheoryData<string> Files() => new(Names());

    [Fact]
    public void TheLibraryHoldsTheThreeFiles()
    {
        var names = Names();
        Assert.Contains("history-2014-2020.yaml", names);
        Assert.Contains("report-2017-2018.yaml", names);
        Assert.Contains("out-of-sample-2021-2023.yaml", names);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryTargetsFileLoadsAndDocumentsEachMoment(string file)
    {
        var t = TargetsLoader.Load(Path.Combine(RepoRoot.Path, "scenarios", "targets", file));
        Assert.True(t.Documented, $"{file}: declare use: calibration or use: validation");
        Assert.NotEmpty(t.Moments);
        Assert.NotNull(t.ScenarioPath);
        var scenario = ScenarioLoader.Load(t.ScenarioPath!);
        foreach (var m in t.Moments)
        {
            Assert.True(m.Sd > 0, $"{file}: {m.Name}: sd");
            Assert.False(string.IsNullOrWhiteSpace(m.Source), $"{file}: {m.Name}: source");
            Assert.True(MetricCatalogue.TryGet(m.Metric, out _), $"{file}: {m.Name}: metric");
            if (m.Denominator is { } d) Assert.All(d.Metric.Split('+'), part => Assert.True(MetricCatalogue.TryGet(part, out _), $"{file}: {m.Name}: denominator {part}"));
            foreach (int y in new[] { m.FromYear, m.ToYear }.Concat(m.RelativeFrom is { } f ? [f, m.RelativeTo!.Value] : []))
                Assert.InRange(y, scenario.StartYear, scenario.EndYear);
        }
        if (t.Use == TargetsUse.Validation) Assert.Empty(t.Parameters);
        else Assert.NotEmpty(t.Parameters);
    }
}
