using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace NordicChina.Sim.Hosting.Cluster;

/// <summary>
/// The cluster configuration, read the same way by silos and clients: a JSON file (<c>--config</c> or
/// <c>--cluster</c>) overlaid by environment variables <c>NORDICSIM_&lt;Section&gt;__&lt;Key&gt;</c>. The keys are
/// listed once, in <see cref="Keys"/>; an unknown key is an error, so a typo never silently falls back to a default.
/// </summary>
public sealed class ClusterSettings
{
    /// <summary>Prefix of the environment variables that override the file.</summary>
    public const string EnvironmentPrefix = "NORDICSIM_";

    /// <summary>Every key the program reads, with its default ("" when it has none) and what it is for.</summary>
    public static IReadOnlyList<ClusterSettingKey> Keys { get; } =
    [
        new("Cluster:ClusterId", "nordicsim", "Orleans cluster id: silos and clients with the same id form one cluster."),
        new("Cluster:ServiceId", "nordicsim", "Orleans service id: grain state (checkpoints, run records) is kept per service id."),
        new("Store:Provider", "postgresql", "Membership and grain-state store; 'postgresql' (ADO.NET provider, Npgsql)."),
        new("Store:ConnectionString", "", "Npgsql connection string. A secret: never logged or written to outputs."),
        new("Store:ApplySchema", "true", "Create or update the store's tables and queries at start (idempotent)."),
        new("Store:ConnectTimeoutSeconds", "5", "Bound on opening a connection to the store."),
        new("Store:CommandTimeoutSeconds", "30", "Bound on one store command."),
        new("Store:Retries", "3", "Retries, with exponential backoff, of transient store errors at start and on checkpoint writes."),
        new("Silo:Name", "", "Silo name in the membership table (default: host name and silo port); on Kubernetes the pod name, always."),
        new("Silo:AdvertisedAddress", "127.0.0.1", "Address other silos and clients use to reach this silo; on Kubernetes the pod IP instead."),
        new("Silo:ListenOnAnyAddress", "false", "Listen on every interface instead of only the advertised address (on Kubernetes: every interface)."),
        new("Silo:SiloPort", "11111", "Silo-to-silo port."),
        new("Silo:GatewayPort", "30000", "Client gateway port."),
        new("Silo:Kubernetes", "false", "Use Orleans' Kubernetes hosting (pod name, IP and labels from the environment)."),
        new("Membership:ProbeTimeoutSeconds", "2", "Silo liveness probe period; a killed silo is declared dead after a few missed probes."),
        new("Membership:MissedProbesLimit", "2", "Missed probes before a silo votes another one dead."),
        new("Membership:TableRefreshSeconds", "10", "How often a silo re-reads the membership table."),
        new("Messaging:ResponseTimeoutSeconds", "120", "Bound on one grain call (silo to silo and client to silo)."),
        new("Client:ConnectAttempts", "5", "Attempts to reach a gateway before the client gives up, with backoff."),
        new("Client:GatewayRefreshSeconds", "10", "How often the client re-reads the gateway list (new silos join the work)."),
        new("Client:ReplicationAttempts", "5", "Attempts per replication when a silo fails under it (each restarts from its last checkpoint)."),
        new("Checkpoint:IntervalYears", "5", "Simulated years between checkpoints of a run's state in grain storage; 0 turns them off."),
        new("Dashboard:Enabled", "false", "Serve the Orleans Dashboard from each silo."),
        new("Dashboard:Host", "127.0.0.1", "Address the dashboard binds to (loopback unless configured)."),
        new("Dashboard:Port", "8080", "Dashboard port."),
        new("Telemetry:Exporter", "none", "OpenTelemetry metrics export: none, console or otlp (NordicChina.Sim and Microsoft.Orleans meters)."),
        new("Telemetry:OtlpEndpoint", "http://127.0.0.1:4317", "OTLP collector endpoint (for http/protobuf, the full URL, e.g. http://127.0.0.1:4318/v1/metrics)."),
        new("Telemetry:OtlpProtocol", "grpc", "OTLP transport: grpc or http/protobuf."),
        new("Telemetry:ExportIntervalSeconds", "15", "Seconds between metric exports (console and OTLP)."),
        new("Telemetry:Environment", DefaultTelemetryEnvironment, "deployment.environment of the exported telemetry (service.name is nordicsim, service.instance.id the silo name)."),
    ];

    private readonly IConfiguration _config;

    private ClusterSettings(IConfiguration config, string source)
    {
        _config = config;
        Source = source;
    }

    /// <summary>Where the settings came from (a file name, or "environment"), for error messages.</summary>
    public string Source { get; }

    public string ClusterId => Text("Cluster:ClusterId");
    public string ServiceId => Text("Cluster:ServiceId");
    public string StoreProvider => Text("Store:Provider");
    public string ConnectionString => Text("Store:ConnectionString");
    public bool ApplySchema => Flag("Store:ApplySchema");
    public int ConnectTimeoutSeconds => Number("Store:ConnectTimeoutSeconds", 1, 600);
    public int CommandTimeoutSeconds => Number("Store:CommandTimeoutSeconds", 1, 3600);
    public int StoreRetries => Number("Store:Retries", 0, 20);
    public string SiloName => Text("Silo:Name");
    public string AdvertisedAddress => Text("Silo:AdvertisedAddress");
    public bool ListenOnAnyAddress => Flag("Silo:ListenOnAnyAddress");
    public int SiloPort => Number("Silo:SiloPort", 1, 65535);
    public int GatewayPort => Number("Silo:GatewayPort", 1, 65535);
    public bool Kubernetes => Flag("Silo:Kubernetes");
    public int ProbeTimeoutSeconds => Number("Membership:ProbeTimeoutSeconds", 1, 60);
    public int MissedProbesLimit => Number("Membership:MissedProbesLimit", 1, 10);
    public int TableRefreshSeconds => Number("Membership:TableRefreshSeconds", 1, 600);
    public int ResponseTimeoutSeconds => Number("Messaging:ResponseTimeoutSeconds", 1, 86_400);
    public int ConnectAttempts => Number("Client:ConnectAttempts", 1, 100);
    public int GatewayRefreshSeconds => Number("Client:GatewayRefreshSeconds", 1, 600);
    public int ReplicationAttempts => Number("Client:ReplicationAttempts", 1, 100);
    public int CheckpointIntervalYears => Number("Checkpoint:IntervalYears", 0, 1000);
    public bool DashboardEnabled => Flag("Dashboard:Enabled");
    public string DashboardHost => Text("Dashboard:Host");
    public int DashboardPort => Number("Dashboard:Port", 1, 65535);
    public string TelemetryExporter => Text("Telemetry:Exporter");
    public string OtlpEndpoint => Text("Telemetry:OtlpEndpoint");
    public string OtlpProtocol => Text("Telemetry:OtlpProtocol");
    public int ExportIntervalSeconds => Number("Telemetry:ExportIntervalSeconds", 1, 3600);
    public string TelemetryEnvironment => Text("Telemetry:Environment");

    /// <summary>Telemetry:Environment's default, also the embedded cluster's environment.</summary>
    public const string DefaultTelemetryEnvironment = "local";

    /// <summary>Reads <paramref name="file"/> (optional) and the NORDICSIM_ environment variables, and checks
    /// every value; throws <see cref="ClusterSettingsException"/> naming the source and key on a problem.</summary>
    public static ClusterSettings Load(string? file, IDictionary<string, string?>? environment = null)
    {
        var builder = new ConfigurationBuilder();
        string source = "environment (NORDICSIM_*)";
        if (file is not null)
        {
            var full = Path.GetFullPath(file);
            if (!File.Exists(full)) throw new ClusterSettingsException($"{file}: no such configuration file");
            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
            source = file;
        }
        if (environment is null) builder.AddEnvironmentVariables(EnvironmentPrefix);
        else builder.AddInMemoryCollection(environment
            .Where(kv => kv.Key.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
            .Select(kv => new KeyValuePair<string, string?>(kv.Key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), kv.Value)));
        IConfiguration config;
        try
        {
            config = builder.Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or System.Text.Json.JsonException)
        {
            var inner = ex.InnerException?.Message ?? ex.Message;
            throw new ClusterSettingsException($"{file}: not a valid JSON configuration file: {inner}");
        }
        var settings = new ClusterSettings(config, source);
        settings.Validate();
        return settings;
    }

    /// <summary>The value of every key (defaults filled in), with the secret masked: safe to log or write out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Redacted() =>
        Keys.Select(k => new KeyValuePair<string, string>(k.Name,
            k.Name == "Store:ConnectionString" ? (ConnectionString.Length == 0 ? "" : "(set, not shown)") : Text(k.Name))).ToArray();

    private void Validate()
    {
        var known = Keys.Select(k => k.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in _config.AsEnumerable().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (pair.Value is null) continue;   // a section, not a value
            if (!known.Contains(pair.Key))
                throw new ClusterSettingsException($"{Source}: {pair.Key}: unknown setting; known settings: {string.Join(", ", Keys.Select(k => k.Name))}");
        }
        // Touch every typed value once so a bad one fails here, naming its key.
        _ = (ConnectTimeoutSeconds, CommandTimeoutSeconds, StoreRetries, SiloPort, GatewayPort, ProbeTimeoutSeconds, MissedProbesLimit,
            TableRefreshSeconds, ResponseTimeoutSeconds, ConnectAttempts, GatewayRefreshSeconds, ReplicationAttempts, CheckpointIntervalYears, DashboardPort,
            ExportIntervalSeconds);
        _ = (ApplySchema, ListenOnAnyAddress, Kubernetes, DashboardEnabled);
        if (!string.Equals(StoreProvider, "postgresql", StringComparison.OrdinalIgnoreCase))
            throw new ClusterSettingsException($"{Source}: Store:Provider: '{StoreProvider}' is not supported; use 'postgresql'");
        if (TelemetryExporter is not ("none" or "console" or "otlp"))
            throw new ClusterSettingsException($"{Source}: Telemetry:Exporter: '{TelemetryExporter}' is not one of none, console, otlp");
        if (OtlpProtocol is not ("grpc" or "http/protobuf"))
            throw new ClusterSettingsException($"{Source}: Telemetry:OtlpProtocol: '{OtlpProtocol}' is not grpc or http/protobuf");
        if (!Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out _))
            throw new ClusterSettingsException($"{Source}: Telemetry:OtlpEndpoint: '{OtlpEndpoint}' is not an absolute URI");
        if (string.IsNullOrWhiteSpace(TelemetryEnvironment))
            throw new ClusterSettingsException($"{Source}: Telemetry:Environment: empty; name the deployment environment (default '{DefaultTelemetryEnvironment}')");
        foreach (var (key, value) in new[] { ("Cluster:ClusterId", ClusterId), ("Cluster:ServiceId", ServiceId) })
            if (string.IsNullOrWhiteSpace(value))
                throw new ClusterSettingsException($"{Source}: {key}: empty; give an id (default 'nordicsim')");
        // Kubernetes hosting advertises the pod IP and ignores Silo:AdvertisedAddress; otherwise Orleans needs an IP address.
        if (!Kubernetes && !System.Net.IPAddress.TryParse(AdvertisedAddress, out _))
            throw new ClusterSettingsException($"{Source}: Silo:AdvertisedAddress: '{AdvertisedAddress}' is not an IP address (e.g. 10.0.0.5)");
        if (!System.Net.IPAddress.TryParse(DashboardHost, out _))
            throw new ClusterSettingsException($"{Source}: Dashboard:Host: '{DashboardHost}' is not an IP address");
    }

    /// <summary>Checks what a silo or client needs beyond the defaults: the store's connection string.</summary>
    public void RequireStore()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
            throw new ClusterSettingsException($"{Source}: Store:ConnectionString: not set (put it in the file or in NORDICSIM_Store__ConnectionString)");
        try { _ = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString); }
        catch (ArgumentException)
        {
            // The message could quote the secret; say only which key is wrong.
            throw new ClusterSettingsException($"{Source}: Store:ConnectionString: not a valid Npgsql connection string");
        }
    }

    private string Text(string key)
    {
        var value = _config[key];
        return value ?? Keys.First(k => k.Name == key).Default;
    }

    private bool Flag(string key)
    {
        var text = Text(key);
        return bool.TryParse(text, out var value) ? value
            : throw new ClusterSettingsException($"{Source}: {key}: '{text}' is not true or false");
    }

    private int Number(string key, int min, int max)
    {
        var text = Text(key);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            throw new ClusterSettingsException($"{Source}: {key}: '{text}' is not a whole number");
        if (value < min || value > max)
            throw new ClusterSettingsException($"{Source}: {key}: {value} is outside {min} to {max}");
        return value;
    }
}
