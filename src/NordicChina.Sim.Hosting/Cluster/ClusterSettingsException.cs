namespace NordicChina.Sim.Hosting.Cluster;

/// <summary>A configuration problem: the message names the source (file or environment) and the key.</summary>
public sealed class ClusterSettingsException(string message) : Exception(message);
