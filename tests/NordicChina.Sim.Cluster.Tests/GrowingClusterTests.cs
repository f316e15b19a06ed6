using System.Globalization;
using System.Text.Json;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>A silo that joins a running cluster takes part in work already under way.</summary>
[Collection(RealClusterCollection.Name)]
public sealed class GrowingClusterTests(PostgresServer store)
{
    [Fact]
    public async Task A_silo_added_during_a_sweep_receives_replications_and_the_results_are_unchanged()
    {
        using var cluster = new LocalCluster(store, "grow");
        var siloPorts = new Dictionary<int, int>();
        var dashboardPorts = new Dictionary<int, int>();
        IReadOnlyDictionary<string, string> Settings(int index)
        {
            siloPorts[index] = LocalCluster.FreePort();
            dashboardPorts[index] = LocalCluster.FreePort();
            return new Dictionary<string, string>
            {
                ["NORDICSIM_Silo__SiloPort"] = siloPorts[index].ToString(CultureInfo.InvariantCulture),
                ["NORDICSIM_Dashboard__Enabled"] = "true",
                ["NORDICSIM_Dashboard__Port"] = dashboardPorts[index].ToString(CultureInfo.InvariantCulture),
            };
        }
        // Long enough (30 points x 3 replications) that the sweep is still placing replications when the second silo
        // has joined, even on an idle machine (12 points finished first there once).
        string scenario = cluster.WriteScenario("grow", years: 12, replications: 3);
        string[] sweep = ["sweep", scenario, "--vary", "outbound.hazard.manufacturer=0.02:0.31:0.01", "--quiet"];

        await cluster.StartSilosAsync(1, Settings);
        var client = cluster.StartClient("sweep", [.. sweep, "--out", "grown"]);
        string points = Path.Combine(cluster.Directory.FullName, "grown.partial", "points");
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline && !client.HasExited && !(Directory.Exists(points) && Directory.GetFiles(points, "*.csv").Length >= 1))
            await Task.Delay(50);
        Assert.False(client.HasExited, "the sweep finished before a silo could be added:\n" + client.Output);

        await cluster.StartSilosAsync(1, Settings);
        // The new silo's dashboard lists the replication grains placed on it (the client finds the new gateway
        // within Client:GatewayRefreshSeconds; new replications are placed over all active silos).
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        int onNewSilo = 0;
        while (!client.HasExited && onNewSilo == 0)
        {
            onNewSilo = await ReplicationActivationsAsync(http, dashboardPorts[2], siloPorts[2]);
            await Task.Delay(250);
        }
        Assert.True(onNewSilo > 0, "no replication ran on the silo added during the sweep:\n" + client.Output);

        Assert.True(await client.WaitForExitAsync(TimeSpan.FromMinutes(6)) == 0, client.Output);
        var embedded = await cluster.RunEmbeddedAsync("embedded", [.. sweep, "--out", "single"]);
        Assert.True(embedded.ExitCode == 0, embedded.Output);
        Assert.Equal(File.ReadAllText(Path.Combine(cluster.Directory.FullName, "single", "sweep.csv")),
            File.ReadAllText(Path.Combine(cluster.Directory.FullName, "grown", "sweep.csv")));
        cluster.AssertSecretNeverShown();
    }

    /// <summary>Replication-grain activations the dashboard reports on the silo listening on <paramref name="siloPort"/>.</summary>
    private static async Task<int> ReplicationActivationsAsync(HttpClient http, int dashboardPort, int siloPort)
    {
        try
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{dashboardPort}/DashboardCounters"));
            return doc.RootElement.GetProperty("simpleGrainStats").EnumerateArray()
                .Where(s => s.GetProperty("grainType").GetString()!.Contains("ReplicationGrain", StringComparison.Ordinal)
                    && s.GetProperty("siloAddress").GetString()!.Contains($":{siloPort}", StringComparison.Ordinal))
                .Sum(s => s.GetProperty("activationCount").GetInt32());
        }
        catch (HttpRequestException) { return 0; }
        catch (TaskCanceledException) { return 0; }
    }
}
