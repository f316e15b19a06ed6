using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>
/// The production topology as processes on this machine: silo processes (<c>nordicsim silo --config</c>) joined
/// through PostgreSQL, and clients (<c>--cluster</c>). Each instance has its own cluster and service id, its
/// own configuration file, and the connection string only in the environment.
/// </summary>
public sealed class LocalCluster : IDisposable
{
    private readonly PostgresServer _store;
    private readonly List<NordicsimProcess> _all = [];
    private readonly Dictionary<int, NordicsimProcess> _silos = [];

    public LocalCluster(PostgresServer store, string name, int checkpointYears = 1)
    {
        _store = store;
        Directory = System.IO.Directory.CreateTempSubdirectory($"nordicsim-{name}-");
        string id = $"{name}-{Environment.ProcessId}-{DateTime.UtcNow.Ticks:x}";
        ServiceId = id;
        Config = Path.Combine(Directory.FullName, "cluster.json");
        var config = new Dictionary<string, object>
        {
            ["Cluster"] = new Dictionary<string, object> { ["ClusterId"] = id, ["ServiceId"] = id },
            ["Membership"] = new Dictionary<string, object> { ["ProbeTimeoutSeconds"] = 2, ["MissedProbesLimit"] = 3, ["TableRefreshSeconds"] = 5 },
            ["Messaging"] = new Dictionary<string, object> { ["ResponseTimeoutSeconds"] = 30 },
            ["Client"] = new Dictionary<string, object> { ["GatewayRefreshSeconds"] = 2, ["ReplicationAttempts"] = 6 },
            ["Checkpoint"] = new Dictionary<string, object> { ["IntervalYears"] = checkpointYears },
        };
        File.WriteAllText(Config, JsonSerializer.Serialize(config, new JsonSerializerOptions { WriteIndented = true }));
    }

    public DirectoryInfo Directory { get; }

    /// <summary>The configuration file every process of this cluster reads.</summary>
    public string Config { get; }

    public string ServiceId { get; }

    /// <summary>Every process started, for the secret check.</summary>
    public IReadOnlyList<NordicsimProcess> Processes => _all;

    public IReadOnlyDictionary<string, string> StoreEnvironment => new Dictionary<string, string>
    {
        ["NORDICSIM_Store__ConnectionString"] = _store.ConnectionString,
    };

    /// <summary>Starts the next <paramref name="count"/> silos and waits for each to join; <paramref name="extra"/>
    /// adds settings (environment variables) per silo index.</summary>
    public async Task StartSilosAsync(int count, Func<int, IReadOnlyDictionary<string, string>>? extra = null)
    {
        var started = Enumerable.Range(_silos.Count + 1, count).Select(i => StartSilo(i, extra?.Invoke(i))).ToList();
        // The up line is the last of the silo's announcement (its settings come before it).
        foreach (var s in started) await s.WaitForOutputAsync("nordicsim silo up", TimeSpan.FromMinutes(2));
    }

    private NordicsimProcess StartSilo(int index, IReadOnlyDictionary<string, string>? extra)
    {
        var env = new Dictionary<string, string>
        {
            ["NORDICSIM_Silo__Name"] = $"silo{index}",
            ["NORDICSIM_Silo__SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NORDICSIM_Silo__GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in StoreEnvironment) env[k] = v;
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) env[k] = v;
        var silo = NordicsimProcess.Start($"silo{index}", Directory.FullName, env, "silo", "--config", Config);
        _silos[index] = silo;
        _all.Add(silo);
        return silo;
    }

    public NordicsimProcess Silo(int index) => _silos[index];

    /// <summary>Starts a client command with --cluster appended.</summary>
    public NordicsimProcess StartClient(string name, params string[] args)
    {
        var client = NordicsimProcess.Start(name, Directory.FullName, StoreEnvironment, [.. args, "--cluster", Config]);
        _all.Add(client);
        return client;
    }

    /// <summary>Runs a client command to completion.</summary>
    public async Task<NordicsimProcess> RunClientAsync(string name, params string[] args)
    {
        var client = StartClient(name, args);
        await client.WaitForExitAsync(TimeSpan.FromMinutes(6));
        return client;
    }

    /// <summary>Runs an embedded (single-process) command to completion, for the reference results.</summary>
    public async Task<NordicsimProcess> RunEmbeddedAsync(string name, params string[] args)
    {
        var p = NordicsimProcess.Start(name, Directory.FullName, new Dictionary<string, string>(), args);
        _all.Add(p);
        await p.WaitForExitAsync(TimeSpan.FromMinutes(6));
        return p;
    }

    /// <summary>Writes a smaller baseline into the cluster's folder: the first <paramref name="years"/> years,
    /// <paramref name="replications"/> replications, a fraction <paramref name="scale"/> of the population.</summary>
    public string WriteScenario(string name, int years, int replications, double scale = 0.2)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Root, "scenarios", "baseline.yaml"))
            .Replace("name: baseline", $"name: {name}")
            .Replace("  end: 2040 ", $"  end: {2020 + years - 1} ")
            .Replace("replications: 20 ", $"replications: {replications} ")
            .Replace("  scale: 1.0 ", $"  scale: {scale.ToString(System.Globalization.CultureInfo.InvariantCulture)} ");
        string path = Path.Combine(Directory.FullName, name + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Fails if the store's password appears in any process's output or any file written under the
    /// cluster's folder (results, run.json, logs).</summary>
    public void AssertSecretNeverShown()
    {
        string secret = _store.Password;
        Assert.False(string.IsNullOrEmpty(secret));
        foreach (var p in _all)
            Assert.False(p.Output.Contains(secret, StringComparison.Ordinal), $"{p.Name} printed the store password");
        foreach (var file in Directory.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (file.Name == "cluster.json") continue;   // written by the test, holds no secret either
            var bytes = File.ReadAllBytes(file.FullName);
            Assert.False(System.Text.Encoding.UTF8.GetString(bytes).Contains(secret, StringComparison.Ordinal), $"{file.FullName} contains the store password");
        }
        Assert.DoesNotContain(secret, File.ReadAllText(Config));
    }

    public static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        foreach (var p in _all) p.Dispose();
        try { Directory.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
