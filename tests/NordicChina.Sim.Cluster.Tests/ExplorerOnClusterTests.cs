using System.Text.Json;
using System.Text.RegularExpressions;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>
/// nordicsim explore --cluster: the explorer as a client of a real cluster (a silo process joined through
/// PostgreSQL), its runs done on the silos and written as the embedded run of the same scenario writes them.
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed class ExplorerOnClusterTests(PostgresServer store)
{
    private static readonly TimeSpan Minutes = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task The_explorer_with_cluster_runs_on_the_silos_and_writes_the_embedded_runs_metrics()
    {
        using var cluster = new LocalCluster(store, "explore");
        string scenario = cluster.WriteScenario("clustered", years: 2, replications: 2, scale: 0.1);
        string library = Path.Combine(cluster.Directory.FullName, "library");
        Directory.CreateDirectory(library);
        File.Copy(scenario, Path.Combine(library, "clustered.yaml"));
        await cluster.StartSilosAsync(1);

        var explorer = cluster.StartClient("explore", "explore", "--port", "0", "--scenarios", library, "--out", "explore-out");
        try
        {
            await explorer.WaitForOutputAsync("Explorer: ", Minutes);
            Assert.Contains("Connected to cluster", explorer.Stderr);
            string url = Regex.Match(explorer.Stdout, @"Explorer: (\S+)").Groups[1].Value;
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
            var started = await http.PostAsync("api/runs?scenario=clustered.yaml", null);
            string body = await started.Content.ReadAsStringAsync();
            Assert.True(started.IsSuccessStatusCode, body);
            string id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
            string state = "", status = "";
            for (var deadline = DateTime.UtcNow + Minutes; DateTime.UtcNow < deadline && state is not ("done" or "failed" or "cancelled"); await Task.Delay(200))
            {
                status = await http.GetStringAsync($"api/runs/{id}");
                state = JsonDocument.Parse(status).RootElement.GetProperty("state").GetString()!;
            }
            Assert.True(state == "done", status + "\n" + explorer.Output);
            byte[] fromExplorer = await http.GetByteArrayAsync($"api/runs/{id}/metrics.csv");

            var embedded = await cluster.RunEmbeddedAsync("embedded", "run", scenario, "--out", "embedded", "--quiet");
            Assert.True(embedded.ExitCode == 0, embedded.Output);
            Assert.Equal(File.ReadAllBytes(Path.Combine(cluster.Directory.FullName, "embedded", "metrics.csv")), fromExplorer);
        }
        finally { explorer.Kill(); }
        cluster.AssertSecretNeverShown();
    }
}
