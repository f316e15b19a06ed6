using NordicChina.Sim.Hosting.Experiments.Calibration;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The spec's design_seeds (the scenario's seeds at every design point, or seeds of its own for each) and
/// implausibility_rank (the waves' screen; the final runs are held to every target).</summary>
public sealed class DesignSeedsTests
{
    private static CalibrationSpec Spec(DesignSeeds seeds, int rank) =>
        new("t", "/tmp/t.yaml", 7, ["targets.yaml"], [new FittedParameter("outbound.hazard.champion", 0.1, 0.6)],
            Replications: 4, Waves: 3, DesignPoints: 160, Candidates: 20_000, Cutoff: 3, Ensemble: 200, FitFrom: 2014, FitTo: 2020)
        { DesignSeeds = seeds, ImplausibilityRank = rank, TwinBudget = TwinBudget.Full };

    [Fact]
    public void Independent_seeds_differ_for_every_run_across_batches_and_repeat_for_the_same_seed()
    {
        var source = new DesignSeedSource(DesignSeeds.Independent, 20261201);
        var first = source.Next(160);
        var second = source.Next(200);
        var all = first.Concat(second).ToArray();
        Assert.Equal(all.Length, all.Distinct().Count());
        Assert.DoesNotContain(0UL, all);
        Assert.Equal(360UL, source.Count);
        // The same seed hands out the same offsets in the same order, whatever the batch sizes.
        var again = new DesignSeedSource(DesignSeeds.Independent, 20261201);
        Assert.Equal(all, again.Next(100).Concat(again.Next(260)).ToArray());
        // Another seed (a twin's) gives other offsets.
        Assert.Empty(new DesignSeedSource(DesignSeeds.Independent, 20261202).Next(360).Intersect(all));
    }

    [Fact]
    public void Common_seeds_give_every_run_the_scenarios_own_seeds()
    {
        Assert.All(new DesignSeedSource(DesignSeeds.Common, 5).Next(50), o => Assert.Equal(0UL, o));
    }

    [Theory]
    [InlineData(DesignSeeds.Independent, 2, false)]
    [InlineData(DesignSeeds.Common, 1, true)]
    public void The_options_carry_the_rank_to_the_waves_and_the_maximum_to_the_final_runs(DesignSeeds seeds, int rank, bool crn)
    {
        var o = HistoryMatchingCalibrator.TwinOptions(Spec(seeds, rank), 3);
        Assert.Equal((rank, 1, crn), (o.ImplausibilityRank, o.EnsembleRank, o.CommonRandomNumbers));
    }

    [Fact]
    public void Whole_number_parameters_run_rounded_and_the_others_unchanged()
    {
        Assert.Equal(1235, HistoryMatchingCalibrator.ModelValue("population.USA.incumbents", 1234.5));
        Assert.Equal(0.1234, HistoryMatchingCalibrator.ModelValue("outbound.hazard.champion", 0.1234));
    }

    [Theory]
    [InlineData("", DesignSeeds.Common, 1)]
    [InlineData("design_seeds: independent\nimplausibility_rank: 2\n", DesignSeeds.Independent, 2)]
    [InlineData("design_seeds: common\n", DesignSeeds.Common, 1)]
    public void The_spec_keys_are_read_with_common_seeds_and_the_maximum_as_defaults(string lines, DesignSeeds seeds, int rank)
    {
        var dir = Directory.CreateTempSubdirectory("ncs-design-seeds-");
        try
        {
            string path = CalibrationSpecFiles.Write(dir.FullName, lines);
            var spec = CalibrationSpecLoader.Load(path);
            Assert.Equal((seeds, rank), (spec.DesignSeeds, spec.ImplausibilityRank));

            CalibrationSpecFiles.Write(dir.FullName, "design_seeds: shared\nimplausibility_rank: 0\n");
            var e = Assert.Throws<ScenarioException>(() => CalibrationSpecLoader.Load(path));
            Assert.Equal([("implausibility_rank", 7), ("design_seeds", 6)], e.Errors.Select(x => (x.Field, x.Line)).OrderByDescending(x => x.Field).ToArray());
            Assert.StartsWith("expected common", e.Errors.Single(x => x.Field == "design_seeds").Message, StringComparison.Ordinal);
        }
        finally { dir.Delete(true); }
    }

    /// <summary><c>confirm</c> (none by default) and <c>prediction_factor</c> (1 by default): whole numbers of times
    /// the replications, a value below the smallest refused at its line.</summary>
    [Theory]
    [InlineData("confirm", 0, -1)]
    [InlineData("prediction_factor", 1, 0)]
    public void A_replication_multiplier_is_read_as_a_whole_number_with_its_default(string key, int byDefault, int refused)
    {
        static int Read(string key, CalibrationSpec spec) => key == "confirm" ? spec.Confirm : spec.PredictionFactor;
        var dir = Directory.CreateTempSubdirectory("ncs-multiplier-");
        try
        {
            string path = CalibrationSpecFiles.Write(dir.FullName, "");
            Assert.Equal(byDefault, Read(key, CalibrationSpecLoader.Load(path)));
            CalibrationSpecFiles.Write(dir.FullName, $"{key}: 4\n");
            Assert.Equal(4, Read(key, CalibrationSpecLoader.Load(path)));
            CalibrationSpecFiles.Write(dir.FullName, $"{key}: {refused}\n");
            var e = Assert.Throws<ScenarioException>(() => CalibrationSpecLoader.Load(path));
            Assert.Equal((key, 6), e.Errors.Select(x => (x.Field, x.Line)).Single());
        }
        finally { dir.Delete(true); }
    }
}
