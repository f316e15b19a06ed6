using OpenTelemetry.Resources;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// The OpenTelemetry resource every exporter of nordicsim carries (OpenTelemetry semantic conventions):
/// <c>service.name</c> = nordicsim, <c>service.version</c> = <see cref="ProgramInfo.Version"/> (0.1.0+abc1234),
/// <c>service.instance.id</c> = the silo's name (for the embedded cluster, which exports once per process,
/// <c>silo0</c> or <c>silo0..siloN-1</c>), and <c>deployment.environment</c> (also the newer
/// <c>deployment.environment.name</c>) from Telemetry:Environment, "local" by default.
/// </summary>
public static class TelemetryResource
{
    public const string ServiceName = "nordicsim";

    /// <summary>Adds nordicsim's attributes to <paramref name="builder"/>; they replace the SDK's default
    /// <c>unknown_service:…</c> service name.</summary>
    public static ResourceBuilder Configure(ResourceBuilder builder, string instanceId, string environment)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        return builder
            .AddService(ServiceName, serviceVersion: ProgramInfo.Version, autoGenerateServiceInstanceId: false, serviceInstanceId: instanceId)
            .AddAttributes(
            [
                new KeyValuePair<string, object>("deployment.environment", environment),
                new KeyValuePair<string, object>("deployment.environment.name", environment),
            ]);
    }

    /// <summary>The resource alone (what <see cref="Configure"/> adds), e.g. for tests and resource detectors.</summary>
    public static Resource Create(string instanceId, string environment) =>
        Configure(ResourceBuilder.CreateEmpty(), instanceId, environment).Build();

    /// <summary><c>service.instance.id</c> of an embedded cluster of <paramref name="silos"/> silos named silo0, silo1, ….</summary>
    public static string EmbeddedInstanceId(int silos) => silos == 1 ? "silo0" : $"silo0..silo{silos - 1}";

    /// <summary>Resolves the silo's name when the meter provider is built (after Orleans, and on Kubernetes its
    /// hosting, have configured <c>SiloOptions.SiloName</c>).</summary>
    internal sealed class Detector(Func<string> instanceId, string environment) : IResourceDetector
    {
        public Resource Detect() => Create(instanceId(), environment);
    }
}
