namespace NordicChina.Sim.Hosting.Cluster;

/// <summary>The membership and state store could not be reached within the configured bounds.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
