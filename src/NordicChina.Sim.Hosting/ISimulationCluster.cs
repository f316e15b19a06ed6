namespace NordicChina.Sim.Hosting;

/// <summary>Where runs execute: the embedded localhost cluster (the default) or a real cluster reached as a client.</summary>
public interface ISimulationCluster : IAsyncDisposable
{
    /// <summary>Makes grain references in the cluster.</summary>
    IGrainFactory GrainFactory { get; }

    /// <summary>Silos in the cluster when the run started (active silos, for a real cluster).</summary>
    int Silos { get; }
}
