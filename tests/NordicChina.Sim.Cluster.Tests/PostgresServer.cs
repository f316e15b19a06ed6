using System.Diagnostics;

namespace NordicChina.Sim.Cluster.Tests;

/// <summary>
/// The PostgreSQL server the real-cluster tests use: the one CI started (its connection string in
/// CLUSTER_TEST_POSTGRES), or a throw-away one started here with .ci/start-postgres.sh (which installs
/// PostgreSQL where it is missing and it may) and stopped at the end.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "CLUSTER_TEST_POSTGRES";

    private readonly string? _ownBase;

    public PostgresServer()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }
        var baseFile = Path.GetTempFileName();
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(Repo.Root, ".ci", "start-postgres.sh"));
        psi.Environment["PG_BASE_FILE"] = baseFile;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            p.Kill(true);
            throw new InvalidOperationException("starting PostgreSQL took more than 10 minutes");
        }
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"the real-cluster tests need PostgreSQL 15 or later; .ci/start-postgres.sh failed:\n{stderr.Result}");
        ConnectionString = stdout.Result.Trim();
        _ownBase = File.ReadAllText(baseFile).Trim();
        File.Delete(baseFile);
    }

    /// <summary>Npgsql connection string (a secret: the tests check it never leaks).</summary>
    public string ConnectionString { get; }

    /// <summary>The password inside the connection string, which must never appear in logs or outputs.</summary>
    public string Password => new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Password ?? "";

    public void Dispose()
    {
        if (_ownBase is null) return;
        var stop = Path.Combine(_ownBase, "stop.sh");
        if (!File.Exists(stop)) return;
        using var p = Process.Start(new ProcessStartInfo("bash", [stop]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        p.WaitForExit(TimeSpan.FromMinutes(1));
    }
}
