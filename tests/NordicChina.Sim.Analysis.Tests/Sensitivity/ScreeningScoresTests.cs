using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Sensitivity;

public class ScreeningScoresTests
{
    [Fact]
    public void ScoresAreTheLargestShareOfTheStrongestFactorOverOutputs()
    {
        // Outputs in different units: factor a leads output 0, factor c output 1; b matters on neither.
        double[][] muStar = [[100, 0.1], [5, 0.01], [20, 2], [double.NaN, 0]];
        var reference = ScreeningScores.LargestPerOutput(muStar);
        Assert.Equal([100, 2], reference);

        var scores = muStar.Select(m => ScreeningScores.Score(ScreeningScores.Scale(m, reference))).ToArray();

        Assert.Equal(1, scores[0], 1e-12);       // max(1, 0.05)
        Assert.Equal(0.05, scores[1], 1e-12);    // max(0.05, 0.005)
        Assert.Equal(1, scores[2], 1e-12);       // max(0.2, 1)
        Assert.Equal(0, scores[3]);              // missing and zero count as no effect
        Assert.Equal([0, 2, 1, 3], ScreeningScores.Rank(scores));
    }

    [Fact]
    public void AnOutputNoFactorMovesContributesNothing()
    {
        double[][] muStar = [[3, 0], [1, 0]];
        var reference = ScreeningScores.LargestPerOutput(muStar);
        Assert.Equal([1.0, 0.0], ScreeningScores.Scale(muStar[0], reference));
        Assert.Equal(1.0 / 3, ScreeningScores.Score(ScreeningScores.Scale(muStar[1], reference)), 1e-12);
    }
}
