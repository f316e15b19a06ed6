using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NordicChina.Sim.Grains;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace NordicChina.Sim.Hosting.Cluster;

/// <summary>
/// A silo of the real cluster (<c>nordicsim silo</c>): membership and grain state in PostgreSQL through the
/// ADO.NET providers, the schema applied first, membership tuned so a killed silo is declared dead within
/// seconds, every call bounded by Messaging:ResponseTimeoutSeconds. Dashboard and OpenTelemetry export are off
/// unless configured; the dashboard binds to loopback unless Dashboard:Host says otherwise.
/// </summary>
public static class ClusterSilo
{
    public static async Task RunAsync(ClusterSettings settings, CancellationToken cancel)
    {
        settings.RequireStore();
        if (settings.ApplySchema) await PostgresStore.ApplySchemaAsync(settings, cancel);

        IHostApplicationBuilder builder;
        WebApplicationBuilder? web = null;
        if (settings.DashboardEnabled)
        {
            web = WebApplication.CreateSlimBuilder();
            web.WebHost.UseUrls($"http://{FormatHost(settings.DashboardHost)}:{settings.DashboardPort}");
            builder = web;
        }
        else
        {
            builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "nordicsim-silo" });
        }
        ConfigureLogging(builder.Logging);
        builder.Services.Configure<HostOptions>(o =>
        {
            o.StartupTimeout = TimeSpan.FromSeconds(settings.ConnectTimeoutSeconds * (settings.StoreRetries + 1) + 60);
            o.ShutdownTimeout = TimeSpan.FromSeconds(15);
        });
        AddTelemetry(builder.Services, settings);

        var connection = PostgresStore.BoundedConnectionString(settings);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => { o.ClusterId = settings.ClusterId; o.ServiceId = settings.ServiceId; });
            if (settings.Kubernetes)
            {
                silo.Configure<EndpointOptions>(o => { o.SiloPort = settings.SiloPort; o.GatewayPort = settings.GatewayPort; });
                silo.UseKubernetesHosting();
            }
            else
            {
                silo.ConfigureEndpoints(IPAddress.Parse(settings.AdvertisedAddress), settings.SiloPort, settings.GatewayPort, settings.ListenOnAnyAddress);
            }
            // On Kubernetes the silo must be named after its pod (Orleans' Kubernetes agent matches silos to pods by name).
            if (settings.SiloName.Length > 0 && !settings.Kubernetes) silo.Configure<SiloOptions>(o => o.SiloName = settings.SiloName);
            silo.UseAdoNetClustering(o => { o.Invariant = PostgresStore.Invariant; o.ConnectionString = connection; });
            silo.AddNordicSimulation(o =>
            {
                o.Storage = SimulationStorage.Postgres;
                o.PostgresConnectionString = connection;
                o.ResponseTimeout = TimeSpan.FromSeconds(settings.ResponseTimeoutSeconds);
            });
            ConfigureMembership(silo, settings);
            if (settings.DashboardEnabled) silo.AddDashboard();
        });

        if (web is not null)
        {
            await using var app = web.Build();
            app.MapOrleansDashboard();
            AnnounceWhenUp(app.Services, settings);
            await app.RunAsync(cancel);
        }
        else
        {
            using var host = ((HostApplicationBuilder)builder).Build();
            AnnounceWhenUp(host.Services, settings);
            await host.RunAsync(cancel);
        }
    }

    /// <summary>Once the silo has joined: its effective settings, then the "silo up" line that scripts and tests wait
    /// for. The up line comes last, so whoever has seen it has seen the whole announcement.</summary>
    private static void AnnounceWhenUp(IServiceProvider services, ClusterSettings settings)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() =>
        {
            var silo = services.GetRequiredService<Orleans.Runtime.ILocalSiloDetails>();
            // The effective settings (file, variables and defaults together), the secret masked.
            Console.Out.WriteLine("nordicsim silo settings: " + string.Join("; ", settings.Redacted().Select(kv => $"{kv.Key}={kv.Value}")));
            Console.Out.WriteLine($"nordicsim silo up: {silo.Name} at {silo.SiloAddress} (gateway port {settings.GatewayPort}) in cluster '{settings.ClusterId}', " +
                $"store {PostgresStore.Describe(settings)}" + (settings.DashboardEnabled ? $", dashboard http://{FormatHost(settings.DashboardHost)}:{settings.DashboardPort}/" : ""));
            Console.Out.Flush();
        });
    }

    /// <summary>Failure detection: a silo killed outright is voted dead after
    /// <c>MissedProbesLimit</c> probes of <c>ProbeTimeoutSeconds</c>; a hung one within a few times that.</summary>
    private static void ConfigureMembership(ISiloBuilder silo, ClusterSettings settings)
    {
        var probe = TimeSpan.FromSeconds(settings.ProbeTimeoutSeconds);
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = probe;
            o.MaxProbeTimeout = probe * 2;
            o.NumMissedProbesLimit = settings.MissedProbesLimit;
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(Math.Max(5, settings.TableRefreshSeconds));
            o.TableRefreshTimeout = TimeSpan.FromSeconds(settings.TableRefreshSeconds);
            o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(Math.Max(30, settings.ProbeTimeoutSeconds * 15));
        });
    }

    internal static void ConfigureLogging(ILoggingBuilder logging, bool silo = true)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddFilter("NordicChina.Sim", LogLevel.Information);
        logging.AddFilter("Microsoft.Hosting.Lifetime", silo ? LogLevel.Information : LogLevel.Warning);
        // Harmless on a small machine and noisy: the GC mode hint and the watchdog's first-tick report.
        logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
        logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
    }

    /// <summary>A silo's OpenTelemetry metrics (nothing when Telemetry:Exporter is none), with the
    /// <see cref="TelemetryResource"/> attributes; public for tests.</summary>
    public static void AddTelemetry(IServiceCollection services, ClusterSettings settings)
    {
        if (settings.TelemetryExporter == "none") return;
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter("Microsoft.Orleans").AddMeter(SimulationTelemetry.MeterName);
            // service.name/version/instance.id and deployment.environment; the instance id is the silo's name as
            // Orleans resolved it (Silo:Name, the pod name on Kubernetes, or Orleans' generated name).
            metrics.ConfigureResource(resource => resource.AddDetector(sp => new TelemetryResource.Detector(
                () => sp.GetRequiredService<IOptions<SiloOptions>>().Value.SiloName, settings.TelemetryEnvironment)));
            int interval = settings.ExportIntervalSeconds * 1000;
            if (settings.TelemetryExporter == "console")
                metrics.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval);
            else
                metrics.AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = new Uri(settings.OtlpEndpoint);
                    exporter.Protocol = settings.OtlpProtocol == "grpc" ? OpenTelemetry.Exporter.OtlpExportProtocol.Grpc : OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval;
                });
        });
    }

    private static string FormatHost(string host) =>
        IPAddress.Parse(host).AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host;
}
