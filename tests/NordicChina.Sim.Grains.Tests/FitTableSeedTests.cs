using NordicChina.Sim.Hosting.Experiments.Calibration;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The fit table (targets-fit.csv) runs each accepted member with seeds of its own, independent of the design's
/// shared seeds and of the twin worlds'.</summary>
public sealed class FitTableSeedTests
{
    private static CalibrationSpec Spec(ulong seed) =>
        new("t", "/tmp/t.yaml", seed, ["targets.yaml"], [new FittedParameter("outbound.hazard.champion", 0.1, 0.6)],
            Replications: 4, Waves: 3, DesignPoints: 160, Candidates: 20_000, Cutoff: 3, Ensemble: 200, FitFrom: 2014, FitTo: 2020);

    [Fact]
    public void Every_member_has_its_own_seeds_apart_from_the_designs_and_the_twin_worlds()
    {
        var spec = Spec(20261201);
        var offsets = Enumerable.Range(0, 1000).Select(i => HistoryMatchingCalibrator.MemberSeedOffset(spec, i)).ToArray();

        Assert.Equal(offsets.Length, offsets.Distinct().Count());
        Assert.DoesNotContain(0UL, offsets);                                   // the design runs' seeds
        var twinWorlds = Enumerable.Range(1, 100).Select(t => 7919UL * (ulong)t).ToHashSet();
        Assert.DoesNotContain(offsets, twinWorlds.Contains);
        // The seeds follow the spec's seed, so another calibration seed draws other members' seeds.
        Assert.NotEqual(offsets[0], HistoryMatchingCalibrator.MemberSeedOffset(Spec(20261202), 0));
        Assert.Equal(offsets[3], HistoryMatchingCalibrator.MemberSeedOffset(Spec(20261201), 3));
    }
}
