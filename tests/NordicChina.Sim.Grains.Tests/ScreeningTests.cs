using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The screening's parts without a cluster: parameter families, ranges around a scenario's values, design
/// points, and the two stages on an engine whose outputs are known functions of the parameters.</summary>
public sealed class ScreeningTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-screening-");
    public void Dispose() => _dir.Delete(true);

    [Theory]
    [InlineData("population.GSR.incumbents", "population.*.incumbents")]
    [InlineData("population.funds.cn", "population.funds.*")]
    [InlineData("capability.initial.SE.digital", "capability.initial.*.*")]
    [InlineData("catchup.rate.CN.heavy", "catchup.rate.*.*")]
    [InlineData("catchup.rate.SE", "catchup.rate.*")]
    [InlineData("sector.telecom.relocation", "sector.*.relocation")]
    [InlineData("region.USA.wage_high", "region.*.wage_high")]
    [InlineData("data.industrial.swedish", "data.industrial.*")]
    [InlineData("logit.trade_conflict_us", "logit.trade_conflict_us")]
    [InlineData("policy.going_out.default", "policy.going_out.default")]
    public void A_family_replaces_region_country_and_sector_codes(string name, string family) =>
        Assert.Equal(family, ParameterFamilies.FamilyOf(name));

    [Fact]
    public void Every_catalogue_parameter_is_in_one_family_or_excluded_with_a_reason()
    {
        var members = ParameterFamilies.All().SelectMany(f => f.Members.Select(m => m.Name)).ToArray();
        var excluded = ParameterFamilies.Excluded.Select(x => x.Parameter.Name).ToArray();
        Assert.Equal(members.Length, members.Distinct().Count());
        Assert.Equal(ParameterCatalogue.All.Select(p => p.Name).Order(), members.Concat(excluded).Order());
        Assert.Equal(["engine.max_agents", "population.scale"], excluded.Order());
        Assert.Equal(12, ParameterFamilies.All().Single(f => f.Family == "region.*.market").Members.Count);
        Assert.Equal(16, ParameterFamilies.All().Single(f => f.Family == "capability.initial.*.*").Members.Count);
    }

    [Fact]
    public void Ranges_are_centred_on_the_scenarios_value_and_points_round_counts_and_choose_seeds()
    {
        var history = TestScenarios.Baseline with { Parameters = TestScenarios.Baseline.Parameters.With([new("capability.initial.CN.manufacturing", 0.45)]) };
        var cn = ParameterCatalogue.Find("capability.initial.CN.manufacturing")!;
        var catalogue = ScreeningRunner.RangeIn(TestScenarios.Baseline, cn);
        Assert.Equal((cn.PlausibleLow, cn.PlausibleHigh), (catalogue.Low, catalogue.High));
        var around = ScreeningRunner.RangeIn(history, cn);
        Assert.Equal(0.225, around.Low, 1e-12);
        Assert.Equal(0.675, around.High, 1e-12);

        var d = GroupMorrisDesign.Create(ScreeningRunner.FamilyGroups(), trajectories: 3, seed: 5);
        int seedColumn = d.Parameters.Count - 1;
        int cnColumn = d.Parameters.ToList().FindIndex(p => p.Name == cn.Name);
        Assert.Equal(ScreeningRunner.SeedFactor, d.Parameters[seedColumn].Name);
        for (int i = 0; i < d.Points.Count; i++)
        {
            var s = ScreeningRunner.PointScenario(history, d, i);
            foreach (var p in ParameterCatalogue.All.Where(p => p.IsInteger && p.Name != "engine.max_agents"))
                Assert.Equal(Math.Round(s.Parameters[p.Name]), s.Parameters[p.Name]);
            double u = d.UnitPoints[i][cnColumn];
            Assert.Equal(0.225 + u * 0.45, s.Parameters[cn.Name], 1e-12);
            Assert.Equal(d.UnitPoints[i][seedColumn] == 0, s.Seed == history.Seed);
            Assert.Equal(history.Parameters["engine.max_agents"], s.Parameters["engine.max_agents"]);
        }
    }

    /// <summary>An engine whose outputs are known: net jobs in the GSR = the sum of the regions' market scores,
    /// FDI into the GSR = 1000 × logit.market, net talent migration into the GSR = a function of the seed only.</summary>
    private sealed class KnownEngine : IReplicationEngine
    {
        public async IAsyncEnumerable<ReplicationBatch> RunAsync(ReplicationSpec spec, [EnumeratorCancellation] CancellationToken cancel)
        {
            await Task.Yield();
            var p = spec.Parameters;
            int gsr = Regions.Gsr.Index;
            var batch = MetricBatch.From(new[]
            {
                new MetricPoint(MetricCatalogue.JobsNet, gsr, MetricPoint.All, Regions.All.Sum(r => p[$"region.{r.Code}.market"])),
                new MetricPoint(MetricCatalogue.FdiTotalValue, gsr, MetricPoint.All, 1000 * p["logit.market"]),
                new MetricPoint(MetricCatalogue.TalentNetMigration, gsr, MetricPoint.All, spec.Seed % 1000),
            });
            yield return new ReplicationBatch(1, [new TickMetrics(0, spec.StartYear, 1, batch)], 1, true);
        }
    }

    [Fact]
    public async Task Both_stages_find_the_parameters_an_engine_uses_with_their_exact_effects()
    {
        var scenario = TestScenarios.Small(years: 1, replications: 1);
        var runner = new ScreeningRunner { Trajectories = 4, Engine = new KnownEngine(), BootstrapSamples = 100 };
        string outDir = Path.Combine(_dir.FullName, "out");

        var report = await runner.RunAsync(scenario, null, null, outDir, resume: false);

        int jobs = report.Outputs.ToList().FindIndex(o => o.Name == "jobs.net@GSR");
        int fdi = report.Outputs.ToList().FindIndex(o => o.Name == "fdi.total.value@GSR");
        int talent = report.Outputs.ToList().FindIndex(o => o.Name == "talent.net_migration@GSR");
        Assert.Equal(["logit.market", "region.*.market"], report.Families.Where(f => f.Important).Select(f => f.Name).Order());
        Assert.All(report.Families.Where(f => !f.Important && !f.IsNoise), f => Assert.Equal(0, f.Score));
        Assert.True(report.Noise.Indices[talent].MuStar > 0);          // the seed moves only the talent output...
        Assert.Equal(0, report.Noise.Indices[jobs].MuStar);
        Assert.Equal(0, report.Reference[talent]);                      // ...which no parameter moves, so nothing matters through it

        // Stage 2: each region's market score alone, linear: EE = its plausible range's width in every trajectory.
        Assert.Equal(13, report.Parameters.Count);
        foreach (var r in Regions.All)
        {
            var p = report.Parameters.Single(x => x.Name == $"region.{r.Code}.market");
            double width = ScreeningRunner.RangeIn(scenario, ParameterCatalogue.Find(p.Name)!).Width;
            Assert.Equal(2, p.Stage);
            Assert.Equal("region.*.market", p.Family);
            Assert.Equal(width, p.Indices[jobs].MuStar, 1e-9);
            Assert.Equal(width, p.Indices[jobs].Mu, 1e-9);
            Assert.Equal(0, p.Indices[jobs].Sigma, 1e-9);
            Assert.Equal(width / report.Reference[jobs], p.Scaled[jobs], 1e-9);
            Assert.True(p.Important);
        }
        var logit = report.Parameters.Single(x => x.Name == "logit.market");
        Assert.Equal(1, logit.Stage);
        Assert.Equal(1000 * 0.8, logit.Indices[fdi].MuStar, 1e-6);   // plausible 0.4 to 1.2
        Assert.Equal(1, logit.Score, 1e-12);

        foreach (var f in new[] { ScreeningWriter.GroupsFile, ScreeningWriter.ParametersFile, ScreeningWriter.OutputsFile, ScreeningWriter.PointsFile, ScreeningWriter.DocFile, DataPackage.File })
            Assert.True(File.Exists(Path.Combine(outDir, f)), f);
        Assert.False(Directory.Exists(SweepRunner.WorkFolder(outDir)));
        var points = CsvOut.ReadFile(Path.Combine(outDir, ScreeningWriter.PointsFile));   // long: a row per point and output
        Assert.Equal(["stage", "point", "trajectory", "step", "moved", "output", "value"], points[0]);
        Assert.Equal((4 * (report.Families.Count + 1) + 4 * (12 + 2)) * report.Outputs.Count, points.Count - 1);
    }
}
