namespace NordicChina.Sim.Hosting;

/// <summary>What legitimately differs between the silos that host the simulation: where checkpoints are kept
/// and how long a grain call may take.</summary>
public sealed class SimulationSiloOptions
{
    /// <summary>Backend of the checkpoint storage. <see cref="SimulationStorage.Postgres"/> needs
    /// <see cref="PostgresConnectionString"/>.</summary>
    public SimulationStorage Storage { get; set; } = SimulationStorage.Memory;

    /// <summary>The PostgreSQL connection string for <see cref="SimulationStorage.Postgres"/> (never logged).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Bound on every grain call (Orleans' SiloMessagingOptions.ResponseTimeout); null keeps Orleans' default.</summary>
    public TimeSpan? ResponseTimeout { get; set; }
}
