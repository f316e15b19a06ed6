namespace NordicChina.Sim.Contracts.Grains;

/// <summary>
/// The one place grain keys are spelt. A replication's key is <c>{runKey}/{replication}</c>; its agent grains
/// (regions, countries, funds, and any other agent grain a replication owns) are keyed
/// <c>{replicationKey}/{kind}/{name}</c>, so the replication an agent belongs to is its key without the last two
/// segments (<see cref="ReplicationOf"/>). Placement reads nothing else from a key.
/// </summary>
public static class GrainKeys
{
    /// <summary>A replication that starts with more agents than this is too large for one silo: its agent grains
    /// are spread over the silos instead of living with their coordinator. At the catalogue's estimate of
    /// <c>Population.BytesPerAgent</c> (400 bytes) that is about 80 MB of agent state; the baseline has about 8,000
    /// agents per replication, the benchmark's largest run about 100,000.</summary>
    public const long SpreadAgentsAbove = 200_000;

    /// <summary>Appended to the key of a replication that is too large for one silo (see <see cref="SpreadAgentsAbove"/>).</summary>
    public const string SpreadMarker = "~spread";

    public static string Replication(string runKey, int replication) => $"{runKey}/{replication}";

    /// <summary>A replication's key, marked <see cref="SpreadMarker"/> when it starts with more than
    /// <see cref="SpreadAgentsAbove"/> agents.</summary>
    public static string Replication(string runKey, int replication, long initialAgents) =>
        initialAgents > SpreadAgentsAbove ? Replication(runKey, replication) + SpreadMarker : Replication(runKey, replication);

    public static string Region(string replicationKey, string code) => $"{replicationKey}/region/{code}";
    public static string FundFamily(string replicationKey, int family) => $"{replicationKey}/funds/{family}";
    public static string Country(string replicationKey, string code) => $"{replicationKey}/country/{code}";
    public static string Checkpoint(string runId, int replication) => $"{runId}/{replication}";
    public static string Run(string runId) => runId;

    /// <summary>The key of the replication an agent grain (<c>{replicationKey}/{kind}/{name}</c>) belongs to.</summary>
    public static string ReplicationOf(string agentKey)
    {
        int name = agentKey.LastIndexOf('/');
        int kind = name > 0 ? agentKey.LastIndexOf('/', name - 1) : -1;
        return kind > 0 ? agentKey[..kind] : agentKey;
    }

    /// <summary>True when the replication is too large for one silo, so its agent grains are spread.</summary>
    public static bool IsSpread(string replicationKey) => replicationKey.EndsWith(SpreadMarker, StringComparison.Ordinal);

    /// <summary>Grain storage for checkpoints and run records: memory in the embedded cluster, PostgreSQL in a real one.</summary>
    public const string CheckpointStorage = "checkpoints";
}
