using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Sensitivity;

public class SobolAnalysisTests
{
    // N = 2^14 base rows → N(k + 2) = 81 920 Ishigami evaluations, 1000 bootstrap resamples.
    private const int IshigamiN = 16_384;

    [Fact]
    public void IshigamiAnalyticIndicesMatchTheLiterature()
    {
        Assert.Equal(0.3139, Ishigami.FirstOrder[0], 4);
        Assert.Equal(0.4424, Ishigami.FirstOrder[1], 4);
        Assert.Equal(0.0, Ishigami.FirstOrder[2], 4);
        Assert.Equal(0.5576, Ishigami.Total[0], 4);
        Assert.Equal(0.4424, Ishigami.Total[1], 4);
        Assert.Equal(0.2437, Ishigami.Total[2], 4);
    }

    [Fact]
    public void IshigamiAnalyticIndicesLieInsideTheBootstrapIntervals()
    {
        var design = SaltelliDesign.Create(Ishigami.Ranges, IshigamiN, seed: 1);
        var outputs = design.Points.Select(Ishigami.Evaluate).ToArray();

        var result = SobolAnalysis.Analyze(design, outputs, bootstrapSamples: 1000);

        Assert.Equal(IshigamiN, result.RowsUsed);
        Assert.Equal(Ishigami.Variance, result.Variance, 0.3);
        for (int i = 0; i < 3; i++)
        {
            var p = result.Parameters[i];
            Assert.True(p.FirstOrderInterval.Contains(Ishigami.FirstOrder[i]),
                $"S1 of {p.Name}: analytic {Ishigami.FirstOrder[i]:F4} outside [{p.FirstOrderInterval.Lower:F4}, {p.FirstOrderInterval.Upper:F4}] (estimate {p.FirstOrder:F4})");
            Assert.True(p.TotalInterval.Contains(Ishigami.Total[i]),
                $"ST of {p.Name}: analytic {Ishigami.Total[i]:F4} outside [{p.TotalInterval.Lower:F4}, {p.TotalInterval.Upper:F4}] (estimate {p.Total:F4})");
            Assert.True(p.FirstOrderInterval.Contains(p.FirstOrder));
            Assert.True(p.TotalInterval.Contains(p.Total));
            // The intervals are informative, not trivially wide.
            Assert.True(p.FirstOrderInterval.Width < 0.1, $"S1 interval of {p.Name} is {p.FirstOrderInterval.Width:F3} wide");
            Assert.True(p.TotalInterval.Width < 0.1, $"ST interval of {p.Name} is {p.TotalInterval.Width:F3} wide");
        }
    }

    [Fact]
    public void AdditiveFunctionSplitsVarianceOneToFour()
    {
        // y = x1 + 2 x2 on the unit square: V1 = 1/12, V2 = 4/12, no interaction, so S = ST = (0.2, 0.8).
        ParameterRange[] ranges = [new("x1", 0, 1), new("x2", 0, 1)];
        var design = SaltelliDesign.Create(ranges, 4096, seed: 3);
        var outputs = design.Points.Select(x => x[0] + 2 * x[1]).ToArray();

        var result = SobolAnalysis.Analyze(design, outputs, bootstrapSamples: 500);

        double[] expected = [0.2, 0.8];
        for (int i = 0; i < 2; i++)
        {
            var p = result.Parameters[i];
            Assert.Equal(expected[i], p.FirstOrder, 0.03);
            Assert.Equal(expected[i], p.Total, 0.03);
            Assert.True(p.FirstOrderInterval.Contains(expected[i]), $"S1 {p.Name} {p.FirstOrderInterval}");
            Assert.True(p.TotalInterval.Contains(expected[i]), $"ST {p.Name} {p.TotalInterval}");
        }
        Assert.Equal(5.0 / 12, result.Variance, 0.02);
    }

    [Fact]
    public void ShiftingTheOutputDoesNotChangeTheIndices()
    {
        var design = SaltelliDesign.Create(Ishigami.Ranges, 512, seed: 11);
        var y = design.Points.Select(Ishigami.Evaluate).ToArray();
        var shifted = y.Select(v => v + 1e4).ToArray();

        var a = SobolAnalysis.Analyze(design, y, bootstrapSamples: 10);
        var b = SobolAnalysis.Analyze(design, shifted, bootstrapSamples: 10);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(a.Parameters[i].FirstOrder, b.Parameters[i].FirstOrder, 1e-8);
            Assert.Equal(a.Parameters[i].Total, b.Parameters[i].Total, 1e-8);
        }
    }

    [Fact]
    public void RowsWithMissingOutputsAreDroppedWhole()
    {
        ParameterRange[] ranges = [new("x1", 0, 1), new("x2", 0, 1)];
        var design = SaltelliDesign.Create(ranges, 100, seed: 5);
        var outputs = design.Points.Select(x => x[0] + 2 * x[1]).ToArray();
        outputs[design.IndexOfAB(7, 1)] = double.NaN;
        outputs[design.IndexOfB(42)] = double.NaN;

        var result = SobolAnalysis.Analyze(design, outputs, bootstrapSamples: 10);

        Assert.Equal(98, result.RowsUsed);
        Assert.All(result.Parameters, p => Assert.True(double.IsFinite(p.FirstOrder) && double.IsFinite(p.Total)));
    }

    [Fact]
    public void RejectsOutputsOfTheWrongLength()
    {
        var design = SaltelliDesign.Create(Ishigami.Ranges, 10, seed: 1);
        Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(design, new double[design.Points.Count - 1]));
    }
}
