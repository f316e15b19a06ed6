using Npgsql;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>
/// The real cluster as processes: three <c>nordicsim silo</c> processes joined through PostgreSQL and a
/// <c>--cluster</c> client, each a separate process, compared with the embedded (single-process) run of the same
/// scenario and seed. Every test also checks that the store's password was never printed or written.
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed class RealClusterTests(PostgresServer store)
{
    private static readonly TimeSpan Minutes = TimeSpan.FromMinutes(6);

    private static string Scenario(LocalCluster cluster, int years, int replications) => cluster.WriteScenario("clustered", years, replications);

    private static string Read(LocalCluster cluster, params string[] path) => File.ReadAllText(Path.Combine([cluster.Directory.FullName, .. path]));

    [Fact]
    public async Task A_run_on_three_silo_processes_writes_what_the_embedded_run_writes()
    {
        using var cluster = new LocalCluster(store, "same");
        string scenario = Scenario(cluster, years: 4, replications: 6);
        await cluster.StartSilosAsync(3);

        var client = await cluster.RunClientAsync("client", "run", scenario, "--out", "clustered", "--quiet");
        Assert.True(client.ExitCode == 0, client.Output);
        Assert.Contains("Connected to cluster", client.Stderr);
        Assert.Contains("(3 silo(s))", client.Stderr);
        var embedded = await cluster.RunEmbeddedAsync("embedded", "run", scenario, "--out", "embedded", "--quiet");
        Assert.True(embedded.ExitCode == 0, embedded.Output);

        Assert.Equal(Read(cluster, "embedded", "metrics.csv"), Read(cluster, "clustered", "metrics.csv"));
        Assert.Equal(Read(cluster, "embedded", "summary.csv"), Read(cluster, "clustered", "summary.csv"));
        var runJson = Read(cluster, "clustered", "run.json");
        Assert.Contains("\"mode\": \"cluster\"", runJson);
        Assert.Contains("\"silos\": 3", runJson);
        Assert.DoesNotContain("Password", runJson, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Host=", runJson, StringComparison.Ordinal);
        cluster.AssertSecretNeverShown();
    }

    [Fact]
    public async Task A_sweep_survives_one_of_three_silos_killed_and_gives_every_point_once_with_undisturbed_results()
    {
        using var cluster = new LocalCluster(store, "kill");
        string scenario = Scenario(cluster, years: 6, replications: 2);
        string[] sweep = ["sweep", scenario, "--vary", "outbound.hazard.manufacturer=0.02:0.09:0.01", "--quiet"];
        await cluster.StartSilosAsync(3);

        var client = cluster.StartClient("sweep", [.. sweep, "--out", "disturbed"]);
        // Kill a silo once the sweep is under way: some points written, more to come.
        string points = Path.Combine(cluster.Directory.FullName, "disturbed.partial", "points");
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline && !client.HasExited && !(Directory.Exists(points) && Directory.GetFiles(points, "*.csv").Length >= 1))
            await Task.Delay(50);
        Assert.False(client.HasExited, "the sweep finished before a silo could be killed:\n" + client.Output);
        int writtenBeforeKill = Directory.GetFiles(points, "*.csv").Length;
        Assert.True(writtenBeforeKill < 8, $"all points were written before the kill ({writtenBeforeKill})");
        cluster.Silo(2).Kill();

        Assert.True(await client.WaitForExitAsync(Minutes) == 0, client.Output + cluster.Silo(1).Output);
        var embedded = await cluster.RunEmbeddedAsync("embedded", [.. sweep, "--out", "undisturbed"]);
        Assert.True(embedded.ExitCode == 0, embedded.Output);

        var disturbed = Read(cluster, "disturbed", "sweep.csv");
        Assert.Equal(Read(cluster, "undisturbed", "sweep.csv"), disturbed);
        // Every point exactly once: the metric rows of each point appear once, no point is missing.
        var rows = disturbed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        var perPoint = rows.GroupBy(r => r[..r.IndexOf(',')]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(0, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), perPoint.Keys.Order());
        Assert.Single(perPoint.Values.Distinct());
        Assert.Equal(rows.Length, rows.Distinct().Count());
        cluster.AssertSecretNeverShown();
    }

    [Fact]
    public async Task A_run_interrupted_with_the_whole_cluster_restarted_resumes_from_its_checkpoints_to_identical_results()
    {
        using var cluster = new LocalCluster(store, "resume", checkpointYears: 1);
        string scenario = Scenario(cluster, years: 8, replications: 4);
        await cluster.StartSilosAsync(3);

        var client = cluster.StartClient("interrupted", "run", scenario, "--run-id", "resume-me", "--out", "resumed", "--quiet");
        // Wait for checkpoints of every replication past the start, then kill the client and every silo.
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline && !client.HasExited && await CheckpointsWrittenAsync(cluster, "resume-me") < 4 * 2)
            await Task.Delay(100);
        Assert.False(client.HasExited, "the run finished before it could be interrupted:\n" + client.Output);
        client.Kill();
        foreach (var i in new[] { 1, 2, 3 }) cluster.Silo(i).Kill();
        Assert.False(Directory.Exists(Path.Combine(cluster.Directory.FullName, "resumed")), "an interrupted run left a results folder");

        // A new cluster on the same store: the checkpoints are in PostgreSQL, not in any process.
        await cluster.StartSilosAsync(3);
        var resume = await cluster.RunClientAsync("resume", "resume", "resume-me", "--quiet");
        Assert.True(resume.ExitCode == 0, resume.Output);
        Assert.Contains("Resuming run resume-me", resume.Stderr);
        Assert.Contains("continuing from its checkpoint at tick", resume.Stderr);

        var embedded = await cluster.RunEmbeddedAsync("embedded", "run", scenario, "--out", "uninterrupted", "--quiet");
        Assert.True(embedded.ExitCode == 0, embedded.Output);
        Assert.Equal(Read(cluster, "uninterrupted", "metrics.csv"), Read(cluster, "resumed", "metrics.csv"));
        Assert.Equal(Read(cluster, "uninterrupted", "summary.csv"), Read(cluster, "resumed", "summary.csv"));
        Assert.Contains("\"run_id\": \"resume-me\"", Read(cluster, "resumed", "run.json"));
        cluster.AssertSecretNeverShown();
    }

    [Fact]
    public async Task An_unreachable_store_gives_a_clear_error_quickly_and_never_the_password()
    {
        using var cluster = new LocalCluster(store, "unreachable");
        int closed = LocalCluster.FreePort();
        var csb = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Port = closed };
        var env = new Dictionary<string, string>
        {
            ["NORDICSIM_Store__ConnectionString"] = csb.ConnectionString,
            ["NORDICSIM_Store__Retries"] = "1",
            ["NORDICSIM_Store__ConnectTimeoutSeconds"] = "2",
        };
        var started = DateTime.UtcNow;
        var silo = NordicsimProcess.Start("silo", cluster.Directory.FullName, env, "silo", "--config", cluster.Config);
        Assert.Equal(1, await silo.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains($"PostgreSQL at 127.0.0.1:{closed}", silo.Stderr);
        Assert.Contains("failed after 2 attempt(s)", silo.Stderr);

        string scenario = Scenario(cluster, years: 1, replications: 1);
        var client = NordicsimProcess.Start("client", cluster.Directory.FullName, env, "run", scenario, "--cluster", cluster.Config, "--out", "never", "--quiet");
        Assert.Equal(1, await client.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains($"PostgreSQL at 127.0.0.1:{closed}", client.Stderr);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(50), "the errors took too long");
        Assert.False(Directory.Exists(Path.Combine(cluster.Directory.FullName, "never")));
        foreach (var p in new[] { silo, client })
            Assert.DoesNotContain(store.Password, p.Output);
    }

    [Fact]
    public async Task A_store_that_accepts_connections_but_never_answers_fails_the_silo_within_its_timeouts()
    {
        using var cluster = new LocalCluster(store, "hung");
        // A listener whose backlog accepts TCP connections that nobody ever reads or answers.
        var hung = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        hung.Start();
        try
        {
            int port = ((System.Net.IPEndPoint)hung.LocalEndpoint).Port;
            var env = new Dictionary<string, string>
            {
                ["NORDICSIM_Store__ConnectionString"] = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Port = port }.ConnectionString,
                ["NORDICSIM_Store__Retries"] = "1",
                ["NORDICSIM_Store__ConnectTimeoutSeconds"] = "2",
            };
            var started = DateTime.UtcNow;
            var silo = NordicsimProcess.Start("silo", cluster.Directory.FullName, env, "silo", "--config", cluster.Config);
            Assert.Equal(1, await silo.WaitForExitAsync(TimeSpan.FromMinutes(1)));
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(40), $"took {DateTime.UtcNow - started}");
            Assert.Contains($"PostgreSQL at 127.0.0.1:{port}", silo.Stderr);
            Assert.Contains("failed after 2 attempt(s)", silo.Stderr);
            Assert.DoesNotContain(store.Password, silo.Output);
        }
        finally { hung.Stop(); }
    }

    [Fact]
    public async Task A_bad_cluster_configuration_is_refused_with_the_file_and_key_and_exit_code_2()
    {
        using var cluster = new LocalCluster(store, "badconfig");
        string bad = Path.Combine(cluster.Directory.FullName, "bad.json");
        File.WriteAllText(bad, "{ \"Silo\": { \"GatewayPrt\": 30000 } }");
        var silo = NordicsimProcess.Start("silo", cluster.Directory.FullName, cluster.StoreEnvironment, "silo", "--config", bad);
        Assert.Equal(2, await silo.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("bad.json: Silo:GatewayPrt: unknown setting", silo.Stderr);

        File.WriteAllText(bad, "{ \"Checkpoint\": { \"IntervalYears\": -1 } }");
        string scenario = Scenario(cluster, years: 1, replications: 1);
        var client = NordicsimProcess.Start("client", cluster.Directory.FullName, cluster.StoreEnvironment, "run", scenario, "--cluster", bad, "--out", "never", "--quiet");
        Assert.Equal(2, await client.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("bad.json: Checkpoint:IntervalYears: -1 is outside 0 to 1000", client.Stderr);

        var noStore = NordicsimProcess.Start("silo", cluster.Directory.FullName, new Dictionary<string, string>(), "silo", "--config", cluster.Config);
        Assert.Equal(2, await noStore.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("Store:ConnectionString: not set", noStore.Stderr);
    }

    /// <summary>Checkpoint rows of a run whose version shows at least one write after the first (the store is
    /// read directly, as an operator would).</summary>
    private async Task<int> CheckpointsWrittenAsync(LocalCluster cluster, string runId)
    {
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(sum(version), 0) FROM orleansstorage WHERE serviceid = @service AND graintypestring = 'checkpoint' AND grainidextensionstring LIKE @run", connection);
        command.Parameters.AddWithValue("service", cluster.ServiceId);
        command.Parameters.AddWithValue("run", runId + "/%");
        try { return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture); }
        catch (PostgresException) { return 0; }   // schema not there yet
    }
}
