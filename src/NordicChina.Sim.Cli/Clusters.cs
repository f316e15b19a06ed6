using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Cluster;

namespace NordicChina.Sim.Cli;

/// <summary>Where a command runs: an embedded localhost cluster (the default) or, with --cluster, a real one.</summary>
public static class Clusters
{
    /// <summary>Starts or connects; null (after printing why, with the exit code in <paramref name="exit"/>) on failure:
    /// 2 for a bad configuration, 1 for an unreachable store or cluster.</summary>
    public static async Task<(ISimulationCluster? Cluster, int Exit)> OpenAsync(string? clusterConfig, int silos, CancellationToken cancel,
        TelemetryExport telemetry = TelemetryExport.None)
    {
        if (clusterConfig is null) return (await EmbeddedCluster.StartAsync(silos, telemetry), ExitCodes.Ok);
        if (silos != 1)
        {
            Console.Error.WriteLine("error: --silos is for the embedded cluster; with --cluster the cluster has the silos it has");
            return (null, ExitCodes.BadInput);
        }
        ClusterSettings settings;
        try
        {
            settings = ClusterSettings.Load(clusterConfig);
            settings.RequireStore();
        }
        catch (ClusterSettingsException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return (null, ExitCodes.BadInput);
        }
        try
        {
            var connection = await ClusterConnection.ConnectAsync(settings, cancel);
            Console.Error.WriteLine($"Connected to cluster '{settings.ClusterId}' ({connection.Silos} silo(s)) through {PostgresStore.Describe(settings)}.");
            return (connection, ExitCodes.Ok);
        }
        catch (StoreUnavailableException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return (null, ExitCodes.Failure);
        }
    }

    /// <summary>Attempts per replication: several on a real cluster (a silo may fail under it), one embedded.</summary>
    public static int Attempts(ISimulationCluster cluster) => cluster is ClusterConnection c ? c.Settings.ReplicationAttempts : 1;

    /// <summary>Where restarted and resumed replications are reported.</summary>
    public static void Log(string line) => Console.Error.WriteLine(line);
}
