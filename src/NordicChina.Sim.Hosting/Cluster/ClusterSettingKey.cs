namespace NordicChina.Sim.Hosting.Cluster;

/// <summary>One configuration key: its name ("Section:Key"), its default and what it does.</summary>
public sealed record ClusterSettingKey(string Name, string Default, string Description)
{
    /// <summary>The environment variable that sets this key, e.g. NORDICSIM_Store__ConnectionString.</summary>
    public string EnvironmentVariable => ClusterSettings.EnvironmentPrefix + Name.Replace(":", "__", StringComparison.Ordinal);
}
