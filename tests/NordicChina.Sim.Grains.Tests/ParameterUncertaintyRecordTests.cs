using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting.Uncertainty;
using Orleans.Serialization;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>A run with parameter uncertainty resumed on a real cluster must sample the same members: the run record
/// kept in grain storage carries the ensemble and the parameters the scenario sets itself.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ParameterUncertaintyRecordTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_run_record_keeps_the_ensemble_and_the_explicit_parameters_through_serialisation_and_storage()
    {
        var ensemble = ParameterEnsemble.Parse(Encoding.UTF8.GetBytes("member,firm.startup_failure_rate,firm.revenue.sigma\n0,0.01,0.5\n1,0.5,2\n"), "e.csv", "e.csv");
        var scenario = TestScenarios.Small(years: 1, replications: 6).WithParameters([new("firm.revenue.sigma", 1.0)]).WithUncertainty(ensemble);
        var record = new RunRecord("pu-record", ScenarioRecord.From(scenario), "/tmp/out", 0, 0, false);

        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        var copy = serializer.Deserialize<RunRecord>(serializer.SerializeToArray(record));
        await fixture.Grains.GetGrain<IRunGrain>(GrainKeys.Run("pu-record")).Register(record);
        var stored = await fixture.Grains.GetGrain<IRunGrain>(GrainKeys.Run("pu-record")).Get();

        foreach (var back in new[] { copy!.Scenario.ToDefinition(), stored!.Scenario.ToDefinition() })
        {
            Assert.Equal(ensemble.Sha256, back.Uncertainty!.Sha256);
            Assert.Equal(["firm.revenue.sigma", "population.scale"], back.ExplicitParameters.Order(StringComparer.Ordinal));
            for (int r = 0; r < 6; r++)
            {
                Assert.Equal(scenario.ParametersFor(r).Values.ToArray(), back.ParametersFor(r).Values.ToArray());
                Assert.Equal(1.0, back.ParametersFor(r)["firm.revenue.sigma"]);
            }
        }
    }
}
