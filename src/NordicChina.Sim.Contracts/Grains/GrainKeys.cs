namespace NordicChina.Sim.Contracts.Grains;

/// <summary>The one place grain keys are spelt.</summary>
public static class GrainKeys
{
    public static string Replication(string runKey, int replication) => $"{runKey}/{replication}";
    public static string Region(string replicationKey, string code) => $"{replicationKey}/region/{code}";
    public static string Fund(string replicationKey, int index) => $"{replicationKey}/fund/{index}";
    public static string Country(string replicationKey, string code) => $"{replicationKey}/country/{code}";
}
