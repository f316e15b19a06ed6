namespace NordicChina.Sim.Model.Randomness;

/// <summary>What a random stream is used for. Part of every stream key, so that adding a draw for one
/// purpose never shifts the numbers another purpose sees. Values are fixed: never renumber.</summary>
public enum RandomPurpose
{
    Initialisation = 1,
    FirmGrowth = 2,
    StartupFailure = 3,
    StartupBirth = 4,
    GoingOut = 5,
    HostChoice = 6,
    DealSize = 7,
    AcquisitionTarget = 8,
    Screening = 9,
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
    EquityTarget = 20,
}
