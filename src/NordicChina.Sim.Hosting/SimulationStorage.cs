namespace NordicChina.Sim.Hosting;

/// <summary>Where the checkpoint storage (<see cref="Contracts.Grains.GrainKeys.CheckpointStorage"/>) keeps its
/// records: in silo memory (embedded cluster, test cluster) or in PostgreSQL (real cluster).</summary>
public enum SimulationStorage
{
    Memory,
    Postgres,
}
