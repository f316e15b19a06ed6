using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

/// <summary>
/// The waves may screen by the second-largest implausibility (tolerating one badly emulated output), while the final
/// runs, which have no emulator error, are held to every target by <see cref="HistoryMatchingOptions.EnsembleRank"/>.
/// </summary>
public class EnsembleRankTests
{
    private static readonly ParameterRange[] Box = [new("a", 0, 1), new("b", 0, 1)];

    // Outputs a and b can match their targets; the third output is 10 everywhere and its target 0, so no point matches
    // all three.
    private static IReadOnlyList<double[]> Simulator(IReadOnlyList<double[]> points) =>
        points.Select(p => new[] { p[0], p[1], 10.0 }).ToArray();

    private static HistoryMatchTarget[] Targets() =>
        [new("a", 0.5, 0.01), new("b", 0.5, 0.01), new("unreachable", 0, 0.01)];

    private static HistoryMatchingOptions Options(int? ensembleRank) => new()
    {
        Seed = 5,
        MaxWaves = 1,
        CandidateCount = 2000,
        PoolSize = 200,
        EnsembleSize = 40,
        ImplausibilityRank = 2,
        EnsembleRank = ensembleRank,
    };

    [Fact]
    public void The_second_maximum_keeps_points_that_the_maximum_rejects_in_the_final_runs()
    {
        var tolerant = new HistoryMatching(Box, Targets(), Options(null)).Run(Simulator);
        var strict = new HistoryMatching(Box, Targets(), Options(1)).Run(Simulator);

        // The waves (rank 2) retain the region around (0.5, 0.5) despite the unreachable output, in both runs.
        Assert.All([tolerant, strict], r => Assert.True(r.Waves[0].PoolSize > 0));
        Assert.All(tolerant.Ensemble.Concat(strict.Ensemble), m => Assert.InRange(m.Point[0], 0.2, 0.8));
        // Judged by the second maximum the final runs pass; judged by the maximum none does.
        Assert.NotEmpty(tolerant.Accepted);
        Assert.Empty(strict.Accepted);
        Assert.All(strict.Ensemble, m => Assert.True(m.Implausibility.Combined > 3));
    }
}
