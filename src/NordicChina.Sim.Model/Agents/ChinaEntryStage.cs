namespace NordicChina.Sim.Model.Agents;

/// <summary>A Nordic firm's progress into the Chinese market (report ch.4, "Taking Nordic AI applications to the Chinese market").</summary>
public enum ChinaEntryStage
{
    /// <summary>Not trying.</summary>
    None = 0,
    /// <summary>Building a trusted local partner (guanxi) before launching.</summary>
    BuildingPartner = 1,
    /// <summary>Launched and earning revenue in China.</summary>
    Active = 2,
    /// <summary>Tried and failed (gave up while building a partner, or the launch failed).</summary>
    Failed = 3,
    /// <summary>Was active and has left.</summary>
    Exited = 4,
}
