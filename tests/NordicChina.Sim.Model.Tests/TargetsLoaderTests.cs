using System.Text;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Model.Tests;

/// <summary>The targets schema (docs/targets.md): sd, source, record, denominator and use, and the old keys.</summary>
public sealed class TargetsLoaderTests : IDisposable
{
    private const string Header = "name: x\nuse: calibration\nparameters:\n  - { name: outbound.pandemic_effect }\nmoments:\n";
    private const string Documented = "  - { name: a, metric: fdi.total.value, region: europe, years: [2018, 2018], relative_to: [2016, 2016], target: 0.5, sd: 0.1, source: \"Rhodium/MERICS 2019\", record: \"EUR 17.3bn\" }\n";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-targets-");
    public void Dispose() => _dir.Delete(true);

    private string Write(string text)
    {
        string path = Path.Combine(_dir.FullName, "t.yaml");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private IReadOnlyList<ScenarioError> Errors(string text) => Assert.Throws<ScenarioException>(() => TargetsLoader.Load(Write(text))).Errors;

    [Fact]
    public void ADocumentedMomentKeepsEveryField()
    {
        var t = TargetsLoader.Load(Write(Header + Documented));
        Assert.Equal(TargetsUse.Calibration, t.Use);
        Assert.True(t.Documented);
        var m = Assert.Single(t.Moments);
        Assert.Equal(("a", "fdi.total.value", "europe", 2018, 2018, 2016, 2016, 0.5, 1.0), (m.Name, m.Metric, m.Region, m.FromYear, m.ToYear, m.RelativeFrom!.Value, m.RelativeTo!.Value, m.Target, m.Weight));
        Assert.Equal((0.1, "Rhodium/MERICS 2019", "EUR 17.3bn"), (m.Sd!.Value, m.Source, m.Record));
        Assert.Null(m.Denominator);
    }

    [Fact]
    public void OldFilesWithoutUseStillLoadWithoutSdOrSource()
    {
        var t = TargetsLoader.Load(Write("name: x\nparameters:\n  - { name: outbound.pandemic_effect }\nmoments:\n  - { metric: fdi.total.value, years: [2020, 2021], target: 1, weight: 2 }\n"));
        Assert.False(t.Documented);
        Assert.Equal(TargetsUse.Calibration, t.Use);
        var m = Assert.Single(t.Moments);
        Assert.Equal((2.0, (double?)null, (string?)null), (m.Weight, m.Sd, m.Source));
    }

    [Fact]
    public void AFileThatDeclaresUseNeedsSdAndSourceOnEveryMoment()
    {
        var errors = Errors(Header + "  - { name: a, metric: fdi.total.value, years: [2018, 2018], target: 1 }\n");
        Assert.Contains(errors, e => e.Field == "moments[0].sd" && e.Message == "is required" && e.Line == 6);
        Assert.Contains(errors, e => e.Field == "moments[0].source" && e.Message == "is required");
    }

    [Theory]
    [InlineData("sd: 0", "moments[0].sd", "must be more than 0")]
    [InlineData("sd: -1", "moments[0].sd", "must be more than 0")]
    [InlineData("sd: x", "moments[0].sd", "expected a number")]
    [InlineData("source: \" \"", "moments[0].source", "must not be empty")]
    [InlineData("colour: red", "moments[0].colour", "unknown key")]
    public void BadMomentFieldsAreLocated(string replace, string field, string message)
    {
        string text = Header + "  - { name: a, metric: fdi.total.value, years: [2018, 2018], target: 1, sd: 0.1, source: s, " + replace + " }\n";
        // A repeated key is itself an error in YAML; replace the default instead of adding a second one.
        if (replace.StartsWith("sd:")) text = text.Replace("sd: 0.1, ", "");
        if (replace.StartsWith("source:")) text = text.Replace("source: s, ", "");
        var e = Assert.Single(Errors(text));
        Assert.Equal(field, e.Field);
        Assert.StartsWith(message, e.Message);
        Assert.Equal(6, e.Line);
        Assert.Contains($"t.yaml:6:{e.Column}: {field}: ", e.ToString());
    }

    [Fact]
    public void OneDestinationOfTalentFlowIsNamedWithItsCode()
    {
        var t = TargetsLoader.Load(Write(Header +
            "  - { name: us, metric: talent.flow>USA, region: BJS+SZX+GDM, years: [2016, 2019], target: 0.85, sd: 0.1, source: s, denominator: { metric: talent.flow>USA+talent.flow>GBR } }\n"));
        Assert.Equal("talent.flow>USA", t.Moments[0].Metric);
        Assert.Equal("talent.flow>USA+talent.flow>GBR", t.Moments[0].Denominator!.Metric);
    }

    [Fact]
    public void ADenominatorDefaultsToTheMomentsRegionAndSector()
    {
        var t = TargetsLoader.Load(Write(Header +
            "  - { name: s, metric: fdi.acquisition.value, region: GBR, years: [2019, 2020], target: 0.8, sd: 0.1, source: s, denominator: { metric: fdi.total.value } }\n" +
            "  - { name: se, metric: fdi.total.value, region: GSR+WSE, years: [2018, 2018], target: 0.2, sd: 0.05, source: s, denominator: { metric: fdi.total.value, region: europe, sector: all } }\n"));
        Assert.Equal(new MomentDenominator("fdi.total.value", "GBR", "all"), t.Moments[0].Denominator);
        Assert.Equal(new MomentDenominator("fdi.total.value", "europe", "all"), t.Moments[1].Denominator);
        var sum = TargetsLoader.Load(Write(Header + "  - { name: f, metric: china_entry.failed, region: GSR, years: [2016, 2020], target: 0.7, sd: 0.15, source: s, denominator: { metric: china_entry.failed+china_entry.entered } }\n"));
        Assert.Equal("china_entry.failed+china_entry.entered", sum.Moments[0].Denominator!.Metric);
    }

    [Theory]
    [InlineData("denominator: { metric: fdi.nothing }", "moments[0].denominator.metric", "unknown metric")]
    [InlineData("denominator: { metric: fdi.total.value, region: XXX }", "moments[0].denominator.region", "unknown region")]
    [InlineData("denominator: { metric: fdi.total.value, sector: steel }", "moments[0].denominator.sector", "unknown sector")]
    [InlineData("denominator: { metric: fdi.total.value+fdi.bogus }", "moments[0].denominator.metric", "unknown metric 'fdi.bogus'")]
    [InlineData("denominator: { region: europe }", "moments[0].denominator.metric", "is required")]
    [InlineData("denominator: { metric: talent.flow>USA+talent.flow }", "moments[0].denominator.metric",
        "unknown metric 'talent.flow' (a metric, or metrics joined by '+') (talent.flow has one series per destination: name one as talent.flow>CODE, e.g. talent.flow>USA)")]
    [InlineData("denominator: { metric: talent.flow.to.GSR }", "moments[0].denominator.metric",
        "unknown metric 'talent.flow.to.GSR' (a metric, or metrics joined by '+') (now talent.flow>GSR: talent.flow has the destination in its own column)")]
    [InlineData("denominator: { metric: fdi.total.value, years: [2016, 2016] }", "moments[0].denominator.years", "unknown key")]
    [InlineData("denominator: fdi.total.value", "moments[0].denominator", "expected { metric, region, sector }")]
    [InlineData("denominator: { metric: fdi.total.value }, relative_to: [2016, 2016]", "moments[0].denominator", "cannot be combined with relative_to")]
    public void BadDenominatorsAreLocated(string denominator, string field, string message)
    {
        var e = Assert.Single(Errors(Header + "  - { name: a, metric: fdi.total.value, years: [2018, 2018], target: 1, sd: 0.1, source: s, " + denominator + " }\n"));
        Assert.Equal((field, 6), (e.Field, e.Line));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void AValidationFileHasNoParametersAndIsMarked()
    {
        var t = TargetsLoader.Load(Write("name: v\nuse: validation\nmoments:\n" + Documented));
        Assert.Equal(TargetsUse.Validation, t.Use);
        Assert.Empty(t.Parameters);

        var e = Assert.Single(Errors("name: v\nuse: validation\nparameters:\n  - { name: outbound.pandemic_effect }\nmoments:\n" + Documented));
        Assert.Equal(("parameters", 4), (e.Field, e.Line));
        Assert.Contains("never fitted", e.Message);
    }

    [Fact]
    public void ACalibrationFileStillNeedsParameters()
    {
        var e = Assert.Single(Errors("name: c\nuse: calibration\nmoments:\n" + Documented));
        Assert.Equal("parameters", e.Field);
    }

    [Fact]
    public void UnknownUseAndDuplicateNamesAreRefused()
    {
        var errors = Errors(Header.Replace("use: calibration", "use: fitting") + Documented + Documented);
        Assert.Contains(errors, e => e.Field == "use" && e.Line == 2 && e.Message.StartsWith("expected calibration or validation"));
        Assert.Contains(errors, e => e.Field == "moments[1].name" && e.Line == 7 && e.Message.StartsWith("duplicate moment name"));
    }
}
