using Microsoft.Extensions.DependencyInjection;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Grains.Placement;
using NordicChina.Sim.Hosting.Cluster;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Placement;
using Orleans.Serialization;
using Orleans.Storage;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// The one place a silo is made fit for the simulation's grains, used by the embedded cluster, the real
/// cluster's silo and the test cluster alike: placement (a replication's agent grains with their coordinator,
/// coordinators spread; everything else at random), grain storage (memory by default; checkpoints and run records
/// in memory or PostgreSQL) and the call timeout.
/// </summary>
public static class SiloBuilderExtensions
{
    public static ISiloBuilder AddNordicSimulation(this ISiloBuilder silo, Action<SimulationSiloOptions>? configure = null)
    {
        var options = new SimulationSiloOptions();
        configure?.Invoke(options);

        silo.Services.AddSingleton<PlacementStrategy, RandomPlacement>();
        silo.AddPlacementDirector<ReplicationPlacement, ReplicationPlacementDirector>();
        silo.AddPlacementDirector<ReplicationAgentPlacement, ReplicationPlacementDirector>();

        silo.AddMemoryGrainStorageAsDefault();
        switch (options.Storage)
        {
            case SimulationStorage.Memory:
                silo.AddMemoryGrainStorage(GrainKeys.CheckpointStorage);
                break;
            case SimulationStorage.Postgres:
                var connection = options.PostgresConnectionString
                    ?? throw new ArgumentException("PostgreSQL checkpoint storage needs a connection string", nameof(configure));
                silo.AddAdoNetGrainStorage(GrainKeys.CheckpointStorage, o => { o.Invariant = PostgresStore.Invariant; o.ConnectionString = connection; });
                // Checkpoints and run records are stored with Orleans' serializer (their types are [GenerateSerializer]).
                silo.Services.AddKeyedSingleton<IGrainStorageSerializer>(GrainKeys.CheckpointStorage,
                    (sp, _) => new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(configure), options.Storage, "unknown checkpoint storage");
        }

        if (options.ResponseTimeout is { } timeout)
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = timeout);
        return silo;
    }
}
