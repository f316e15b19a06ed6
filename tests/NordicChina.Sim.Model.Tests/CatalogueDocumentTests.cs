using NordicChina.Sim.Model.Documentation;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;

namespace NordicChina.Sim.Model.Tests;

public class CatalogueDocumentTests
{
    private const string Regenerate = "regenerate with: dotnet run --project src/NordicChina.Sim.Cli -- catalogue";

    private static string Docs(string file)
    {
        var path = Path.Combine(RepoRoot.Path, "docs", file);
        Assert.True(File.Exists(path), $"{path} is missing; {Regenerate}");
        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    [Fact]
    public void ParametersDocumentIsUpToDate() =>
        Assert.True(Docs("parameters.md") == CatalogueDocument.Parameters(), $"docs/parameters.md differs from the catalogue; {Regenerate}");

    [Fact]
    public void MetricsDocumentIsUpToDate() =>
        Assert.True(Docs("metrics.md") == CatalogueDocument.Metrics(), $"docs/metrics.md differs from the catalogue; {Regenerate}");

    [Fact]
    public void ParametersDocumentListsEveryParameterAndLever()
    {
        var doc = CatalogueDocument.Parameters();
        foreach (var p in ParameterCatalogue.All) Assert.Contains($"| `{p.Name}` |", doc);
        foreach (var l in PolicyLevers.All) Assert.Contains($"| `{l.Name}` |", doc);
        int assumptions = ParameterCatalogue.All.Count(p => p.IsAssumption);
        var counts = CatalogueDocument.SourceCounts();
        Assert.Equal(assumptions, counts.Assumptions);
        Assert.Equal(ParameterCatalogue.All.Count, counts.Calibrated + counts.Report + counts.Published + counts.Assumptions);
        Assert.True(counts.Calibrated >= 18, "the calibrated parameters say so in their source");
        Assert.Contains($"{ParameterCatalogue.All.Count} parameters: {counts.Calibrated} calibrated to the public record", doc);
        // Another publisher's report, or a figure "reported by" a newspaper, is other published work; the report is the report.
        Assert.Equal(ParameterSourceKind.Published, ParameterCatalogue.Find("firm.revenue.champion")!.SourceKind);
        Assert.Equal(ParameterSourceKind.Published, ParameterCatalogue.Find("fund.reraise_probability")!.SourceKind);
        Assert.Equal(ParameterSourceKind.Report, ParameterCatalogue.Find("adoption.growth_premium")!.SourceKind);
        Assert.Equal(ParameterSourceKind.Report, ParameterCatalogue.Find("region.GSR.ip_protection")!.SourceKind);
        // every table row has the same number of cells as its header (pipes inside text are escaped)
        foreach (var line in doc.Split('\n').Where(l => l.StartsWith("| `")))
        {
            int cells = line.Replace("\\|", "").Count(c => c == '|') - 1;
            Assert.True(cells is 6 or 7, $"bad row: {line}");
        }
    }

    [Fact]
    public void MetricsDocumentListsEveryMetricOnce()
    {
        var doc = CatalogueDocument.Metrics();
        foreach (var m in MetricCatalogue.All)
        {
            Assert.Contains($"| `{m.Name}` |", doc);
            Assert.Equal(1, doc.Split($"| `{m.Name}` |").Length - 1);
        }
        Assert.Equal(MetricCatalogue.All.Count, MetricCatalogue.All.Select(m => m.Key).Distinct().Count());
        // A metric with a destination is one series per destination under one name, each found by its key.
        Assert.Equal(MetricCatalogue.TalentFlowTo.Count, MetricCatalogue.All.Count(m => m.Name == "talent.flow"));
        Assert.True(MetricCatalogue.TryGet("talent.flow>USA", out var usa) && usa.Id == MetricCatalogue.TalentFlowTo[NordicChina.Sim.Model.World.Regions.UnitedStates.Index]);
        Assert.False(MetricCatalogue.TryGet("talent.flow", out _));
        for (int i = 0; i < MetricCatalogue.All.Count; i++) Assert.Equal(i, MetricCatalogue.All[i].Id);
    }
}
