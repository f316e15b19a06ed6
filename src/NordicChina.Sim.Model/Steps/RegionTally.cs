namespace NordicChina.Sim.Model.Steps;

/// <summary>What happened in one region in one commit phase: the counts its metrics report. Filled by the named
/// steps of <see cref="RegionStep.Commit"/>, read by <see cref="Metrics.RegionMetrics"/>.</summary>
public sealed class RegionTally
{
    // Migrate
    public long Outflow, Inflow, Refused;
    // ApplyDeals
    public int Opened;
    // StepFirms and StepCentres
    public long Lost, RelocatedJobs, Adopted, ChinaAttempts, ChinaEntered, ChinaFailed, ChinaExited;
    public int Closed;
    // Hire
    public long Hired, RdHired, Unfilled;
    // Graduate and Retire
    public long Graduates, Retired;
    // SetWages
    public long HighSkillJobs, LowSkillJobs, ChineseOwned, LiveFirms, RdStaff;
    public int ActiveCentres;
    public double[] RdPersonYearsBySector = [];

    /// <summary>Adds a chunk's firm counts (all whole numbers: the sum does not depend on the order).</summary>
    public void AddFirmCounts(RegionTally chunk)
    {
        Lost += chunk.Lost;
        RelocatedJobs += chunk.RelocatedJobs;
        Adopted += chunk.Adopted;
        ChinaAttempts += chunk.ChinaAttempts;
        ChinaEntered += chunk.ChinaEntered;
        ChinaFailed += chunk.ChinaFailed;
        ChinaExited += chunk.ChinaExited;
    }
}
