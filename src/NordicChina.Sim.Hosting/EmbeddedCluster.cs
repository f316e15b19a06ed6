using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NordicChina.Sim.Grains;
using NordicChina.Sim.Hosting.Cluster;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using Orleans.Configuration;
using Orleans.Runtime;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// The embedded localhost cluster: N silos in this process, each its own host with real TCP on the loopback
/// interface, joined through development clustering on silo 0. The silos are set up for the simulation by
/// <see cref="SiloBuilderExtensions.AddNordicSimulation"/>: replications spread over the silos, and each
/// replication's agent grains live on its coordinator's silo, so its calls stay inside that silo.
/// </summary>
public sealed class EmbeddedCluster : ISimulationCluster
{
    private readonly List<IHost> _hosts = [];
    private MeterProvider? _meters;

    public int Silos => _hosts.Count;

    /// <summary>Silo 0's in-process client.</summary>
    public IGrainFactory GrainFactory => _hosts[0].Services.GetRequiredService<IGrainFactory>();

    public static async Task<EmbeddedCluster> StartAsync(int silos, TelemetryExport telemetry = TelemetryExport.None)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var cluster = new EmbeddedCluster();
        // Cluster id: only has to differ from other clusters on this machine; it never touches results.
        var clusterId = $"nordicsim-{Environment.ProcessId}-{Environment.TickCount64}";
        var ports = FreeLoopbackPorts(silos * 2);
        var primary = new IPEndPoint(IPAddress.Loopback, ports[0]);
        try
        {
            if (telemetry == TelemetryExport.Console)
            {
                cluster._meters = Sdk.CreateMeterProviderBuilder()
                    .AddMeter("Microsoft.Orleans")
                    .AddMeter(SimulationTelemetry.MeterName)
                    // One meter provider per process, so one resource for all its silos: instance id silo0..siloN-1.
                    .ConfigureResource(r => TelemetryResource.Configure(r, TelemetryResource.EmbeddedInstanceId(silos), ClusterSettings.DefaultTelemetryEnvironment))
                    .AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 10_000)
                    .Build();
            }
            for (int i = 0; i < silos; i++)
            {
                int index = i;
                var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = $"silo{i}" });
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                builder.Services.AddSingleton<IHostLifetime, ProgramOwnedLifetime>();
                builder.UseOrleans(silo =>
                {
                    silo.UseLocalhostClustering(ports[2 * index], ports[2 * index + 1], primary, "nordicsim", clusterId);
                    silo.Configure<SiloOptions>(o => o.SiloName = $"silo{index}");
                    silo.AddNordicSimulation(o => o.ResponseTimeout = TimeSpan.FromMinutes(10));
                });
                var host = builder.Build();
                await host.StartAsync();
                cluster._hosts.Add(host);
            }
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (int i = _hosts.Count - 1; i >= 0; i--)
        {
            try { await _hosts[i].StopAsync(); }
            catch (Exception) { /* shutting down: nothing left to save */ }
            _hosts[i].Dispose();
        }
        _hosts.Clear();
        _meters?.ForceFlush();
        _meters?.Dispose();
    }

    private static int[] FreeLoopbackPorts(int n)
    {
        var listeners = Enumerable.Range(0, n).Select(_ => { var l = new TcpListener(IPAddress.Loopback, 0); l.Start(); return l; }).ToList();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
