using NordicChina.Sim.Hosting.Experiments.Calibration;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The spec's twin_budget: half the calibration's budget for each twin experiment, or all of it.</summary>
public sealed class TwinBudgetTests
{
    private static CalibrationSpec Spec(TwinBudget budget) =>
        new("t", "/tmp/t.yaml", 7, ["targets.yaml"], [new FittedParameter("outbound.hazard.champion", 0.1, 0.6)],
            Replications: 4, Waves: 3, DesignPoints: 160, Candidates: 20_000, Cutoff: 3, Ensemble: 200, FitFrom: 2014, FitTo: 2020)
        { TwinBudget = budget };

    [Fact]
    public void Half_is_at_most_two_waves_of_half_the_points_and_sixty_members()
    {
        var o = HistoryMatchingCalibrator.TwinOptions(Spec(TwinBudget.Half), 11);
        Assert.Equal((2, 80, 80, 60), (o.MaxWaves, o.FirstWaveDesignSize, o.WaveDesignSize, o.EnsembleSize));
    }

    [Fact]
    public void Full_is_the_calibrations_own_budget()
    {
        var o = HistoryMatchingCalibrator.TwinOptions(Spec(TwinBudget.Full), 11);
        Assert.Equal((3, 160, 160, 200, 20_000, 3.0, 11UL), (o.MaxWaves, o.FirstWaveDesignSize, o.WaveDesignSize, o.EnsembleSize, o.CandidateCount, o.Cutoff, o.Seed));
    }

    [Theory]
    [InlineData("twin_budget: full\n", TwinBudget.Full)]
    [InlineData("twin_budget: half\n", TwinBudget.Half)]
    [InlineData("", TwinBudget.Half)]
    public void The_spec_key_is_read_and_half_is_the_default(string line, TwinBudget expected)
    {
        var dir = Directory.CreateTempSubdirectory("ncs-twin-budget-");
        try
        {
            string path = CalibrationSpecFiles.Write(dir.FullName, line);
            Assert.Equal(expected, CalibrationSpecLoader.Load(path).TwinBudget);
            CalibrationSpecFiles.Write(dir.FullName, "twin_budget: double\n");
            var e = Assert.Throws<ScenarioException>(() => CalibrationSpecLoader.Load(path));
            var error = Assert.Single(e.Errors);
            Assert.Equal(("twin_budget", 6), (error.Field, error.Line));
            Assert.StartsWith("expected half", error.Message, StringComparison.Ordinal);
        }
        finally { dir.Delete(true); }
    }
}
