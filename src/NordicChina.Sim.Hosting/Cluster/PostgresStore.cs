using System.Data.Common;
using Npgsql;

namespace NordicChina.Sim.Hosting.Cluster;

/// <summary>
/// The PostgreSQL store behind the real cluster: the bounded connection string every provider uses, the
/// project's own schema (tables and the OrleansQuery rows the ADO.NET providers call), applied by the program,
/// and retries with backoff on transient errors. Nothing here ever prints the connection string.
/// </summary>
public static class PostgresStore
{
    /// <summary>ADO.NET invariant name the Orleans providers load Npgsql by.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The connection string with the connect and command timeouts of the settings
    /// (Store:ConnectTimeoutSeconds, Store:CommandTimeoutSeconds), so no store call can hang.</summary>
    public static string BoundedConnectionString(ClusterSettings settings) =>
        new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            Timeout = settings.ConnectTimeoutSeconds,
            CommandTimeout = settings.CommandTimeoutSeconds,
        }.ConnectionString;

    /// <summary>Where the store is, for messages: host, port and database, never the user or password.</summary>
    public static string Describe(ClusterSettings settings)
    {
        var csb = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        return $"PostgreSQL at {csb.Host}:{csb.Port}, database {csb.Database}";
    }

    /// <summary>Applies the schema (idempotent; serialised between silos by an advisory lock inside it).</summary>
    public static async Task ApplySchemaAsync(ClusterSettings settings, CancellationToken cancel)
    {
        var script = SchemaScript();
        await WithRetriesAsync(settings, "applying the schema", async ct =>
        {
            await using var connection = new NpgsqlConnection(BoundedConnectionString(settings));
            await connection.OpenAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            await using (var command = new NpgsqlCommand(script, connection, tx))
                await command.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }, cancel);
    }

    /// <summary>Checks the store answers (used by a client before it looks for gateways).</summary>
    public static Task CheckReachableAsync(ClusterSettings settings, CancellationToken cancel) =>
        WithRetriesAsync(settings, "connecting", async ct =>
        {
            await using var connection = new NpgsqlConnection(BoundedConnectionString(settings));
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
        }, cancel);

    /// <summary>The schema script shipped inside this assembly.</summary>
    public static string SchemaScript()
    {
        using var stream = typeof(PostgresStore).Assembly.GetManifestResourceStream("postgresql-schema.sql")
            ?? throw new InvalidOperationException("postgresql-schema.sql is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Runs <paramref name="action"/>, retrying transient store errors with exponential backoff
    /// (0.5 s, 1 s, 2 s, ...) up to Store:Retries times; then fails with a message naming the store (not the secret).</summary>
    public static async Task WithRetriesAsync(ClusterSettings settings, string what, Func<CancellationToken, Task> action, CancellationToken cancel)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                await action(cancel);
                return;
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < settings.StoreRetries && !cancel.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt)), cancel);
            }
            catch (Exception ex) when (ex is DbException or TimeoutException or System.Net.Sockets.SocketException)
            {
                throw new StoreUnavailableException(
                    $"{Describe(settings)}: {what} failed after {attempt + 1} attempt(s): {Reason(ex)}", ex);
            }
        }
    }

    private static bool IsTransient(Exception ex) => ex switch
    {
        PostgresException pg => pg.IsTransient,
        NpgsqlException npg => npg.IsTransient || npg.InnerException is System.Net.Sockets.SocketException or TimeoutException,
        TimeoutException => true,
        _ => false,
    };

    /// <summary>The error's message chain, which Npgsql keeps free of the password.</summary>
    private static string Reason(Exception ex)
    {
        var parts = new List<string>();
        for (var e = ex; e is not null && parts.Count < 3; e = e.InnerException) parts.Add(e.Message);
        return string.Join(" -> ", parts.Distinct());
    }
}
