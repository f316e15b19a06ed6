using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Sensitivity;

public class MorrisAnalysisTests
{
    [Fact]
    public void LinearFunctionHasEffectsOfCoefficientTimesRangeAndNoSpread()
    {
        // y = 3 x1 − 2 x2 + 0.5 x3. Effects are reported per full range: EE_i = b_i (high_i − low_i) exactly.
        ParameterRange[] ranges = [new("x1", 0, 10), new("x2", -1, 1), new("x3", 100, 200)];
        double[] b = [3, -2, 0.5];
        double[] expectedMu = [30, -4, 50];
        var design = MorrisDesign.Create(ranges, trajectories: 20, seed: 7);
        var outputs = design.Points.Select(x => b[0] * x[0] + b[1] * x[1] + b[2] * x[2]).ToArray();

        var result = MorrisAnalysis.Analyze(design, outputs, bootstrapSamples: 200);

        for (int i = 0; i < 3; i++)
        {
            var p = result.Parameters[i];
            Assert.Equal(20, p.Count);
            Assert.All(p.ElementaryEffects, e => Assert.Equal(expectedMu[i], e, 1e-9));
            Assert.Equal(expectedMu[i], p.Mu, 1e-9);
            Assert.Equal(Math.Abs(expectedMu[i]), p.MuStar, 1e-9);
            Assert.Equal(0, p.Sigma, 1e-9);
            Assert.Equal(Math.Abs(expectedMu[i]), p.MuStarInterval.Lower, 1e-9);
            Assert.Equal(Math.Abs(expectedMu[i]), p.MuStarInterval.Upper, 1e-9);
        }
        Assert.Equal(["x3", "x1", "x2"], result.RankedByMuStar().Select(p => p.Name));
    }

    [Fact]
    public void IshigamiOnTheFourLevelGridHasTheExactGridEffectForX2AndInteractionForX3()
    {
        // With p = 4 the grid is {−π, −π/3, π/3, π} and Δ = 2/3: every move of x2 changes 7 sin² x2 by
        // exactly ±5.25, so |EE| = 5.25 / (2/3) = 7.875 in every trajectory. x3 acts only through b x3⁴ sin x1,
        // so its effects depend on x1 (0 when sin x1 = 0): σ > 0.
        var design = MorrisDesign.Create(Ishigami.Ranges, trajectories: 100, seed: 8);
        var outputs = design.Points.Select(Ishigami.Evaluate).ToArray();

        var result = MorrisAnalysis.Analyze(design, outputs);

        Assert.Equal(7.875, result["x2"].MuStar, 1e-9);
        Assert.All(result["x2"].ElementaryEffects, e => Assert.Equal(7.875, Math.Abs(e), 1e-9));
        Assert.True(result["x3"].Sigma > 1, $"σ(x3) = {result["x3"].Sigma}");
        Assert.True(result["x1"].Sigma > 1, $"σ(x1) = {result["x1"].Sigma}");
        Assert.Equal(0, result["x3"].Mu, 3.0); // effects of x3 are symmetric in sign
    }

    [Fact]
    public void IshigamiOnASixLevelGridRanksX1FirstAndIntervalsCoverTheGridExpectation()
    {
        // On the p = 4 grid E[μ*] is 7.70 for x1 and 7.875 for x2 (a grid artefact: sin² x2 moves by its full
        // amplitude), so the ranking is tested on p = 6, where E[μ*] = (7.99, 2.69, 5.54), computed exactly
        // by enumerating the grid below. r = 500 trajectories (2000 evaluations).
        const int levels = 6;
        var design = MorrisDesign.Create(Ishigami.Ranges, trajectories: 500, seed: 9, levels: levels);
        var outputs = design.Points.Select(Ishigami.Evaluate).ToArray();

        var result = MorrisAnalysis.Analyze(design, outputs, bootstrapSamples: 1000);

        Assert.Equal(["x1", "x3", "x2"], result.RankedByMuStar().Select(p => p.Name));
        Assert.True(result["x3"].Sigma > 0);
        for (int i = 0; i < 3; i++)
        {
            double expected = ExpectedMuStarOnGrid(i, levels);
            var p = result.Parameters[i];
            Assert.True(p.MuStarInterval.Contains(expected),
                $"E[μ*] of {p.Name} = {expected:F3} outside [{p.MuStarInterval.Lower:F3}, {p.MuStarInterval.Upper:F3}]");
        }
    }

    [Fact]
    public void MissingOutputsDropOnlyTheirElementaryEffects()
    {
        ParameterRange[] ranges = [new("x1", 0, 1), new("x2", 0, 1)];
        var design = MorrisDesign.Create(ranges, trajectories: 10, seed: 2);
        var outputs = design.Points.Select(x => x[0] + x[1]).ToArray();
        outputs[design.IndexOf(3, 2)] = double.NaN; // last point of trajectory 3: one effect lost

        var result = MorrisAnalysis.Analyze(design, outputs, bootstrapSamples: 50);

        int lost = design.ChangedParameter(3, 2);
        Assert.Equal(9, result.Parameters[lost].Count);
        Assert.Equal(10, result.Parameters[1 - lost].Count);
        Assert.Equal(1.0, result.Parameters[lost].MuStar, 1e-12);
    }

    /// <summary>E|EE| of Ishigami input <paramref name="i"/> when every coordinate is uniform on the p-level grid.</summary>
    private static double ExpectedMuStarOnGrid(int i, int p)
    {
        double delta = p / (2.0 * (p - 1));
        int half = p / 2;
        double sum = 0;
        int count = 0;
        var levels = new int[3];
        for (levels[0] = 0; levels[0] < p; levels[0]++)
        for (levels[1] = 0; levels[1] < p; levels[1]++)
        for (levels[2] = 0; levels[2] < p; levels[2]++)
        {
            var x = levels.Select(l => -Math.PI + 2 * Math.PI * l / (p - 1)).ToArray();
            var moved = (double[])x.Clone();
            int target = levels[i] < half ? levels[i] + half : levels[i] - half;
            moved[i] = -Math.PI + 2 * Math.PI * target / (p - 1);
            sum += Math.Abs(Ishigami.Evaluate(moved) - Ishigami.Evaluate(x)) / delta;
            count++;
        }
        return sum / count;
    }
}
