namespace NordicChina.Sim.Cluster.Tests;

/// <summary>The real-cluster tests share one PostgreSQL server and run one after another (each test starts its
/// own silo processes under its own cluster and service id, so nothing leaks between tests).</summary>
[CollectionDefinition(Name)]
public sealed class RealClusterCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "real cluster";
}
