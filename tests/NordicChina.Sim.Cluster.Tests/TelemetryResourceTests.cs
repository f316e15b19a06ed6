using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NordicChina.Sim.Grains;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Cluster;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using Orleans.Configuration;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>The OpenTelemetry resource a silo exports with: service.name, service.version, service.instance.id and
/// deployment.environment, built by the same code the silo runs (no collector needed).</summary>
public class TelemetryResourceTests
{
    private static Dictionary<string, object> Attributes(OpenTelemetry.Resources.Resource r) => r.Attributes.ToDictionary(a => a.Key, a => a.Value);

    [Fact]
    public void A_silo_exports_as_nordicsim_with_its_version_silo_name_and_environment()
    {
        var settings = ClusterSettings.Load(null, new Dictionary<string, string?>
        {
            ["NORDICSIM_Telemetry__Exporter"] = "console",
            ["NORDICSIM_Telemetry__Environment"] = "staging",
        });
        Assert.Equal("staging", settings.TelemetryEnvironment);
        var services = new ServiceCollection();
        services.AddOptions();
        services.Configure<SiloOptions>(o => o.SiloName = "nordicsim-silo-7f9c");
        ClusterSilo.AddTelemetry(services, settings);
        using var provider = services.BuildServiceProvider();
        var meters = provider.GetRequiredService<MeterProvider>();

        var a = Attributes(meters.GetResource());
        Assert.Equal("nordicsim", a["service.name"]);
        Assert.Equal(ProgramInfo.Version, a["service.version"]);
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+\+([0-9a-f]{7,40}|unknown)$"), (string)a["service.version"]);
        Assert.Equal("nordicsim-silo-7f9c", a["service.instance.id"]);
        Assert.Equal("staging", a["deployment.environment"]);
        Assert.Equal("staging", a["deployment.environment.name"]);
    }

    [Fact]
    public void The_environment_defaults_to_local_and_may_not_be_empty()
    {
        Assert.Equal("local", ClusterSettings.Load(null, new Dictionary<string, string?>()).TelemetryEnvironment);
        var e = Assert.Throws<ClusterSettingsException>(() => ClusterSettings.Load(null, new Dictionary<string, string?> { ["NORDICSIM_Telemetry__Environment"] = " " }));
        Assert.Contains("Telemetry:Environment", e.Message);
    }

    [Fact]
    public void The_embedded_cluster_names_its_silos_silo0_onwards()
    {
        Assert.Equal("silo0", TelemetryResource.EmbeddedInstanceId(1));
        Assert.Equal("silo0..silo2", TelemetryResource.EmbeddedInstanceId(3));
        var a = Attributes(TelemetryResource.Create(TelemetryResource.EmbeddedInstanceId(3), ClusterSettings.DefaultTelemetryEnvironment));
        Assert.Equal("nordicsim", a["service.name"]);
        Assert.Equal("silo0..silo2", a["service.instance.id"]);
        Assert.Equal("local", a["deployment.environment"]);
    }

    [Fact]
    public void The_project_s_instrument_units_are_UCUM()
    {
        // Counts are annotations ({tick}); the FDI value is 10^6 annotated EUR (UCUM has no currency units).
        Assert.Equal("10*6{EUR}", SimulationTelemetry.FdiValue.Unit);
        foreach (var unit in new[] { SimulationTelemetry.Ticks.Unit, SimulationTelemetry.AgentSteps.Unit, SimulationTelemetry.Deals.Unit,
                     SimulationTelemetry.FdiValue.Unit, SimulationTelemetry.Migrants.Unit, SimulationTelemetry.Checkpoints.Unit })
            Assert.Matches(new Regex(@"^(10\*\d+)?\{[A-Za-z_]+\}$"), unit!);
    }
}
