using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Contracts.Grains;

/// <summary>
/// What is needed to resume a run (key: the run id), kept in grain storage: the resolved scenario, where its
/// results go, and whether it has finished. Each client session on the run gets its own number, which names
/// that session's grains so they never meet a stale activation of an interrupted session.
/// </summary>
[Alias("ncs.IRunGrain")]
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Records a new run; fails if the id is taken by a different run.</summary>
    [Alias("Register")]
    Task Register(RunRecord record);

    [Alias("Get")]
    Task<RunRecord?> Get();

    /// <summary>Starts a client session on the run and returns its number (1, 2, ...).</summary>
    [Alias("BeginSession")]
    Task<int> BeginSession();

    [Alias("MarkFinished")]
    Task MarkFinished();
}
