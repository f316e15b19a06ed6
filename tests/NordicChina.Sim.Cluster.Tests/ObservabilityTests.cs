using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>The Orleans Dashboard and OpenTelemetry export of a real cluster: off unless configured, the
/// dashboard on loopback unless configured otherwise, OTLP carrying both the project's and Orleans' meters.</summary>
[Collection(RealClusterCollection.Name)]
public sealed class ObservabilityTests(PostgresServer store)
{
    [Fact]
    public async Task A_silo_serves_the_dashboard_on_loopback_and_exports_both_meters_over_otlp()
    {
        using var cluster = new LocalCluster(store, "observe");
        int dashboardPort = LocalCluster.FreePort();
        int otlpPort = LocalCluster.FreePort();
        using var receiver = new OtlpReceiver(otlpPort);
        var settings = new Dictionary<string, string>
        {
            ["NORDICSIM_Dashboard__Enabled"] = "true",
            ["NORDICSIM_Dashboard__Port"] = dashboardPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NORDICSIM_Telemetry__Exporter"] = "otlp",
            ["NORDICSIM_Telemetry__OtlpProtocol"] = "http/protobuf",
            ["NORDICSIM_Telemetry__OtlpEndpoint"] = $"http://127.0.0.1:{otlpPort}/v1/metrics",
            ["NORDICSIM_Telemetry__ExportIntervalSeconds"] = "1",
            ["NORDICSIM_Telemetry__Environment"] = "observability-test",
        };
        await cluster.StartSilosAsync(1, _ => settings);
        var silo = cluster.Silo(1);
        // The settings line is printed just after the silo reports that it is up: wait for it rather than race it.
        await silo.WaitForOutputAsync("Store:ConnectionString=", TimeSpan.FromSeconds(30));
        Assert.Contains($"dashboard http://127.0.0.1:{dashboardPort}/", silo.Stdout);
        Assert.Contains("Telemetry:Exporter=otlp", silo.Stdout);
        Assert.Contains("Store:ConnectionString=(set, not shown)", silo.Stdout);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var page = await http.GetAsync($"http://127.0.0.1:{dashboardPort}/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Orleans", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        // The dashboard collects its counters periodically: the silo shows up within a few seconds.
        string counters = "";
        for (var until = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < until; await Task.Delay(500))
        {
            counters = (await http.GetStringAsync($"http://127.0.0.1:{dashboardPort}/DashboardCounters")).Replace(" ", "");
            if (counters.Contains("\"totalActiveHostCount\":1", StringComparison.Ordinal)) break;
        }
        Assert.Contains("\"totalActiveHostCount\":1", counters);
        // Bound to loopback: not reachable on the machine's other addresses.
        foreach (var address in (await Dns.GetHostAddressesAsync(Dns.GetHostName())).Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)))
        {
            using var probe = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => probe.ConnectAsync(address, dashboardPort));
        }

        string scenario = cluster.WriteScenario("tiny", years: 1, replications: 1, scale: 0.1);
        var client = await cluster.RunClientAsync("client", "run", scenario, "--out", "tiny", "--quiet");
        Assert.True(client.ExitCode == 0, client.Output);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !(receiver.Received.Contains("nordicsim.agent_steps") && receiver.Received.Contains("orleans-")))
            await Task.Delay(200);
        Assert.Contains("nordicsim.agent_steps", receiver.Received);   // the project's meter
        Assert.Contains("orleans-", receiver.Received);                 // Orleans' own meter (Microsoft.Orleans)
        // The resource (OTLP protobuf: each key is followed by its value's bytes): nordicsim, not unknown_service.
        Assert.Contains("service.name", receiver.Received);
        Assert.DoesNotContain("unknown_service", receiver.Received);
        Assert.Contains("service.version", receiver.Received);
        Assert.Contains(NordicChina.Sim.Hosting.ProgramInfo.Version, receiver.Received);
        Assert.Contains("service.instance.id", receiver.Received);
        Assert.Contains("deployment.environment", receiver.Received);
        Assert.Contains("observability-test", receiver.Received);
        cluster.AssertSecretNeverShown();
    }

    [Fact]
    public async Task Dashboard_and_telemetry_are_off_by_default()
    {
        using var cluster = new LocalCluster(store, "quiet");
        bool defaultPortFreeBefore = !await AcceptsAsync(8080);
        await cluster.StartSilosAsync(1);
        var silo = cluster.Silo(1);
        Assert.DoesNotContain("dashboard http", silo.Stdout);
        Assert.Contains("Dashboard:Enabled=false", silo.Stdout);
        Assert.Contains("Telemetry:Exporter=none", silo.Stdout);
        if (defaultPortFreeBefore) Assert.False(await AcceptsAsync(8080), "a silo with the default configuration serves something on the dashboard port");
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var probe = new TcpClient();
        try { await probe.ConnectAsync(IPAddress.Loopback, port); return true; }
        catch (SocketException) { return false; }
    }

    /// <summary>A minimal OTLP/HTTP receiver: keeps every request body (protobuf; metric names appear as text).</summary>
    private sealed class OtlpReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly StringBuilder _received = new();
        private readonly Task _loop;

        public OtlpReceiver(int port)
        {
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _loop = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); }
                    catch (Exception) { return; }
                    using var body = new MemoryStream();
                    await context.Request.InputStream.CopyToAsync(body);
                    lock (_received) _received.Append(Encoding.Latin1.GetString(body.ToArray()));
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
            });
        }

        public string Received { get { lock (_received) return _received.ToString(); } }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }
    }
}
