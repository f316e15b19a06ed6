namespace NordicChina.Sim.Contracts.Grains;

/// <summary>The one place grain keys are spelt.</summary>
public static class GrainKeys
{
    public static string Replication(string runKey, int replication) => $"{runKey}/{replication}";
    public static string Region(string replicationKey, string code) => $"{replicationKey}/region/{code}";
    public static string FundFamily(string replicationKey, int family) => $"{replicationKey}/funds/{family}";
    public static string Country(string replicationKey, string code) => $"{replicationKey}/country/{code}";
    public static string Checkpoint(string runId, int replication) => $"{runId}/{replication}";
    public static string Run(string runId) => runId;

    /// <summary>Grain storage for checkpoints and run records: memory in the embedded cluster, PostgreSQL in a real one.</summary>
    public const string CheckpointStorage = "checkpoints";
}
