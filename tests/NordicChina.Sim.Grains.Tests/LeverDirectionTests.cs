using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>
/// Every policy lever moves the metrics its mechanism says it moves, in the documented direction
/// (<see cref="LeverExpectations"/>), with the other levers held at the baseline. Each lever run is paired with the
/// baseline run replication by replication (same seed: common random numbers); the paired t statistic of the
/// difference must exceed 2 in the documented direction (one-sided p below about 0.04 with 11 degrees of freedom).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LeverDirectionTests(ClusterFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    public const int Replications = 12;
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static RecordedRun? _baseline;

    public static ScenarioDefinition Scenario => TestScenarios.Small(years: 10, replications: Replications, scale: 0.3, seed: 2024);

    public static TheoryData<string> Levers => new(LeverExpectations.All.Select(e => e.Lever).Distinct());

    [Theory]
    [MemberData(nameof(Levers))]
    public async Task Lever_moves_its_metrics_in_the_documented_direction(string lever)
    {
        var baseline = await Baseline();
        foreach (var group in LeverExpectations.All.Where(e => e.Lever == lever).GroupBy(e => (e.Intensity, Key: string.Join(",", e.Regions ?? []))))
        {
            var first = group.First();
            var s = Scenario;
            s = s with { Policies = s.Policies.Append(new PolicySetting(lever, 2000, 2100, first.Intensity, first.Regions ?? [])).ToArray() };
            var run = await new ScenarioRunner(fixture.Grains).RecordAsync(s, ClusterFixture.Silos);
            foreach (var e in group)
            {
                var diff = Enumerable.Range(0, Replications).Select(r => Measure(run, r, e) - Measure(baseline, r, e)).ToArray();
                double t = PairedT(diff);
                output.WriteLine($"{lever}={e.Intensity}: {e.Metric} [{e.Region}/{e.Sector}] mean difference {diff.Average():G4}, paired t {t:F2}");
                Assert.True(e.Direction * t > 2.0,
                    $"{lever}={e.Intensity}: {e.Metric} [{e.Region}/{e.Sector}] should go {(e.Direction > 0 ? "up" : "down")}; " +
                    $"mean difference {diff.Average():G4}, paired t {t:F2} over {Replications} replications");
            }
        }
    }

    private async Task<RecordedRun> Baseline()
    {
        await Gate.WaitAsync();
        try { return _baseline ??= await new ScenarioRunner(fixture.Grains).RecordAsync(Scenario, ClusterFixture.Silos); }
        finally { Gate.Release(); }
    }

    /// <summary>The expectation's metric in one replication: summed over ticks, or the final tick's value.</summary>
    public static double Measure(RecordedRun run, int replication, LeverExpectation e)
    {
        if (!MetricCatalogue.TryGet(e.Metric, out var def)) throw new ArgumentException($"unknown metric {e.Metric}");
        int sector = e.Sector switch { "all" => MetricPoint.All, "heavy" => MetricCatalogue.HeavySector, var code => Sectors.ByCode(code).Index };
        var ticks = run.Replications[replication].Ticks;
        var selected = e.Final ? ticks.Skip(ticks.Count - 1) : ticks;
        double sum = 0;
        foreach (var tick in selected)
        {
            var b = tick.Metrics;
            for (int i = 0; i < b.Count; i++)
            {
                if (b.Metric[i] != def.Id || b.Sector[i] != sector) continue;
                bool match = e.Region switch
                {
                    "all" => b.Region[i] == MetricPoint.All,
                    "*" => b.Region[i] != MetricPoint.All,
                    var code => b.Region[i] == Regions.ByCode(code).Index,
                };
                if (match) sum += b.Value[i];
            }
        }
        return sum;
    }

    /// <summary>Paired t statistic: mean / (sd / sqrt n); infinite with the mean's sign when every difference is equal and non-zero.</summary>
    public static double PairedT(double[] d)
    {
        double mean = d.Average();
        double sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Length - 1));
        if (sd == 0) return mean == 0 ? 0 : double.PositiveInfinity * Math.Sign(mean);
        return mean / (sd / Math.Sqrt(d.Length));
    }
}
