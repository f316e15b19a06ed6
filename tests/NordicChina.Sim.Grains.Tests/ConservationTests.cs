using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;
using static NordicChina.Sim.Grains.Tests.RunMetrics;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>People are conserved: every move out of one pool is a move into another, and each pool changes only by
/// graduates, retirements and migration.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConservationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Talent_head_count_is_conserved_by_migration_and_pool_accounting()
    {
        var run = await new ScenarioRunner(fixture.Grains).RecordAsync(TestScenarios.Small(years: 4, replications: 2, seed: 21), 3);
        long moved = 0;
        foreach (var rep in run.Replications)
        {
            for (int t = 0; t < rep.Ticks.Count; t++)
            {
                double inflow = RegionIndices.Sum(r => Value(rep, t, MetricCatalogue.TalentInflow, r));
                double outflow = RegionIndices.Sum(r => Value(rep, t, MetricCatalogue.TalentOutflow, r));
                Assert.Equal(outflow, inflow);
                moved += (long)inflow;

                foreach (var r in RegionIndices)
                {
                    double toAll = RegionIndices.Where(d => d != r).Sum(d => Value(rep, t, MetricCatalogue.TalentFlowTo[d], r));
                    Assert.Equal(Value(rep, t, MetricCatalogue.TalentOutflow, r), toAll);
                    Assert.Equal(Value(rep, t, MetricCatalogue.TalentInflow, r) - Value(rep, t, MetricCatalogue.TalentOutflow, r),
                        Value(rep, t, MetricCatalogue.TalentNetMigration, r));
                    if (t == 0) continue;
                    double before = Value(rep, t - 1, MetricCatalogue.TalentPool, r);
                    double after = Value(rep, t, MetricCatalogue.TalentPool, r);
                    double expected = before + Value(rep, t, MetricCatalogue.TalentGraduates, r) - Value(rep, t, MetricCatalogue.TalentRetired, r)
                                      + Value(rep, t, MetricCatalogue.TalentInflow, r) - Value(rep, t, MetricCatalogue.TalentOutflow, r);
                    Assert.True(expected == after, $"{Regions.All[r].Code} tick {t}: pool {after}, expected {expected}");
                }
            }
        }
        Assert.True(moved > 1000, $"migration happened ({moved} moves)");
    }

    [Fact]
    public async Task Jobs_net_is_created_minus_lost_and_relocated_and_rd_jobs_are_parts_of_them()
    {
        var run = await new ScenarioRunner(fixture.Grains).RecordAsync(TestScenarios.Small(years: 4, replications: 1, seed: 22), 3);
        var rep = run.Replications[0];
        for (int t = 0; t < rep.Ticks.Count; t++)
            foreach (var r in RegionIndices)
            {
                double created = Value(rep, t, MetricCatalogue.JobsCreated, r), lost = Value(rep, t, MetricCatalogue.JobsLost, r);
                Assert.Equal(created - lost, Value(rep, t, MetricCatalogue.JobsNet, r));
                Assert.True(Value(rep, t, MetricCatalogue.JobsRdCentres, r) <= created);
                Assert.True(Value(rep, t, MetricCatalogue.JobsRelocated, r) <= lost);
            }
    }
}
