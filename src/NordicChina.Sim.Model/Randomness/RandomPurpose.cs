namespace NordicChina.Sim.Model.Randomness;

/// <summary>What a random stream is used for. Part of every stream key, so the streams of different purposes
/// are independent: adding a draw to one never shifts the numbers of another. A purpose's stream may serve
/// several draws in a fixed order (e.g. the going-out decision and then the host choice, or every request of a
/// host's inbound market in canonical order). Values are fixed: never renumber.</summary>
public enum RandomPurpose
{
    Initialisation = 1,
    FirmGrowth = 2,
    StartupFailure = 3,
    StartupBirth = 4,
    GoingOut = 5,
    AcquisitionTarget = 8,
    Relocation = 10,
    RdCentreClosure = 11,
    Graduation = 12,
    Migration = 13,
    MigrationAcceptance = 14,
    CapabilityShock = 15,
    FundInvestment = 16,
    FundFailure = 17,
    Hiring = 18,
    Attrition = 19,
    AiAdoption = 21,
    ChinaEntry = 22,
    FundHoldings = 23,
    /// <summary>Which parameter-ensemble member a pair of replications uses (drawn by the host, never inside a replication).</summary>
    EnsembleMember = 25,
}
