using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;

namespace NordicChina.Sim.Hosting.Cluster;

/// <summary>
/// A client of the real cluster (<c>--cluster &lt;config&gt;</c>): finds the gateways through the membership
/// table, retries the connection with backoff a bounded number of times, and bounds every call.
/// </summary>
public sealed class ClusterConnection : ISimulationCluster
{
    private readonly IHost _host;

    private ClusterConnection(IHost host, int silos, ClusterSettings settings)
    {
        _host = host;
        Silos = silos;
        Settings = settings;
    }

    public IGrainFactory GrainFactory => _host.Services.GetRequiredService<IClusterClient>();

    public int Silos { get; }

    /// <summary>The settings the connection was made with (also what the run driver's retries follow).</summary>
    public ClusterSettings Settings { get; }

    public static async Task<ClusterConnection> ConnectAsync(ClusterSettings settings, CancellationToken cancel = default)
    {
        settings.RequireStore();
        await PostgresStore.CheckReachableAsync(settings, cancel);
        var connection = PostgresStore.BoundedConnectionString(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "nordicsim-client" });
        ClusterSilo.ConfigureLogging(builder.Logging, silo: false);
        builder.Services.AddSingleton<IHostLifetime, ProgramOwnedLifetime>();
        int attempts = 0;
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => { o.ClusterId = settings.ClusterId; o.ServiceId = settings.ServiceId; });
            client.UseAdoNetClustering(o => { o.Invariant = PostgresStore.Invariant; o.ConnectionString = connection; });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(settings.GatewayRefreshSeconds));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(settings.ResponseTimeoutSeconds));
            client.UseConnectionRetryFilter(async (_, ct) =>
            {
                if (++attempts >= settings.ConnectAttempts) return false;
                await Task.Delay(TimeSpan.FromMilliseconds(500 * Math.Pow(2, Math.Min(attempts, 5))), ct);
                return true;
            });
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancel);
            var management = host.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);
            var silos = await management.GetHosts(onlyActive: true);
            return new ClusterConnection(host, silos.Count, settings);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host.Dispose();
            throw new StoreUnavailableException(
                $"{PostgresStore.Describe(settings)}: no silo of cluster '{settings.ClusterId}' answered after {settings.ConnectAttempts} attempt(s) " +
                $"(is a silo running with the same Cluster:ClusterId and store?): {ex.GetBaseException().Message}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(TimeSpan.FromSeconds(10)); }
        catch (Exception) { /* leaving the cluster: nothing to save */ }
        _host.Dispose();
    }
}
