using NordicChina.Sim.Hosting;
using Orleans.TestingHost;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>One in-process cluster of three silos, shared by every test in the collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Silos = 3;
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(Silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddNordicSimulation().AddIncomingGrainCallFilter<CallCounter>());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        try { await Cluster.StopAllSilosAsync(); }
        finally { await Cluster.DisposeAsync(); }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Three-silo cluster";
}
