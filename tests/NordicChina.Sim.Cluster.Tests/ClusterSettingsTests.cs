using NordicChina.Sim.Hosting.Cluster;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>The cluster configuration: one set of keys, from a file and NORDICSIM_ variables, checked on load.</summary>
public sealed class ClusterSettingsTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("nordicsim-settings-");

    private string File(string json)
    {
        string path = Path.Combine(_dir.FullName, "cluster.json");
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    private static Dictionary<string, string?> Env(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => (string?)p.Value);

    [Fact]
    public void Without_file_or_variables_every_key_has_its_documented_default()
    {
        var s = ClusterSettings.Load(null, Env());
        Assert.Equal("nordicsim", s.ClusterId);
        Assert.Equal(5, s.CheckpointIntervalYears);
        Assert.Equal(11111, s.SiloPort);
        Assert.False(s.DashboardEnabled);
        Assert.Equal("127.0.0.1", s.DashboardHost);
        Assert.Equal("none", s.TelemetryExporter);
        Assert.All(ClusterSettings.Keys, k => Assert.Equal(k.Default, s.Redacted().Single(r => r.Key == k.Name).Value));
    }

    [Fact]
    public void An_environment_variable_overrides_the_file()
    {
        var path = File("""{ "Cluster": { "ClusterId": "from-file", "ServiceId": "svc" }, "Silo": { "SiloPort": 12000 } }""");
        var s = ClusterSettings.Load(path, Env(("NORDICSIM_Cluster__ClusterId", "from-env"), ("PATH", "/bin")));
        Assert.Equal("from-env", s.ClusterId);
        Assert.Equal("svc", s.ServiceId);
        Assert.Equal(12000, s.SiloPort);
    }

    [Theory]
    [InlineData("""{ "Silo": { "SiloPrt": 1 } }""", "cluster.json: Silo:SiloPrt: unknown setting")]
    [InlineData("""{ "Silo": { "SiloPort": "eleven" } }""", "cluster.json: Silo:SiloPort: 'eleven' is not a whole number")]
    [InlineData("""{ "Silo": { "SiloPort": 70000 } }""", "cluster.json: Silo:SiloPort: 70000 is outside 1 to 65535")]
    [InlineData("""{ "Dashboard": { "Enabled": "yes" } }""", "cluster.json: Dashboard:Enabled: 'yes' is not true or false")]
    [InlineData("""{ "Telemetry": { "Exporter": "zipkin" } }""", "cluster.json: Telemetry:Exporter: 'zipkin' is not one of none, console, otlp")]
    [InlineData("""{ "Store": { "Provider": "redis" } }""", "cluster.json: Store:Provider: 'redis' is not supported")]
    [InlineData("""{ "Cluster": { """, "cluster.json: not a valid JSON configuration file")]
    public void A_bad_file_is_refused_naming_the_file_and_the_key(string json, string message)
    {
        var ex = Assert.Throws<ClusterSettingsException>(() => ClusterSettings.Load(File(json), Env()));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void An_unknown_variable_with_the_prefix_is_refused()
    {
        var ex = Assert.Throws<ClusterSettingsException>(() => ClusterSettings.Load(null, Env(("NORDICSIM_Store__ConectionString", "x"))));
        Assert.Contains("Store:ConectionString: unknown setting", ex.Message);
    }

    [Fact]
    public void The_connection_string_is_required_checked_and_never_shown()
    {
        var none = ClusterSettings.Load(null, Env());
        Assert.Contains("Store:ConnectionString: not set", Assert.Throws<ClusterSettingsException>(none.RequireStore).Message);

        var broken = ClusterSettings.Load(null, Env(("NORDICSIM_Store__ConnectionString", "Host=db;Bogus Key=s3cret-value")));
        var ex = Assert.Throws<ClusterSettingsException>(broken.RequireStore);
        Assert.DoesNotContain("s3cret-value", ex.Message);

        var s = ClusterSettings.Load(null, Env(("NORDICSIM_Store__ConnectionString", "Host=db.example;Port=6543;Database=sim;Username=u;Password=s3cret-value"),
            ("NORDICSIM_Store__ConnectTimeoutSeconds", "3")));
        s.RequireStore();
        Assert.DoesNotContain("s3cret-value", string.Join(";", s.Redacted()));
        Assert.Equal("PostgreSQL at db.example:6543, database sim", PostgresStore.Describe(s));
        var bounded = new Npgsql.NpgsqlConnectionStringBuilder(PostgresStore.BoundedConnectionString(s));
        Assert.Equal(3, bounded.Timeout);
        Assert.Equal(30, bounded.CommandTimeout);
        Assert.Equal("s3cret-value", bounded.Password);
    }

    [Fact]
    public void The_schema_has_every_query_the_providers_call()
    {
        var schema = PostgresStore.SchemaScript();
        foreach (var key in new[] { "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
            "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey", "CleanupDefunctSiloEntriesKey",
            "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey" })
            Assert.Contains($"('{key}'", schema);
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
