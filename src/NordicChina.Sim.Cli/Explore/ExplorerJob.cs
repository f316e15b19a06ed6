using NordicChina.Sim.Hosting;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>A run or comparison the explorer has queued: its state (waiting, running, done, failed, cancelled),
/// progress, live series and results.</summary>
public sealed class ExplorerJob(string id, string kind, ScenarioEdit edit)
{
    public string Id { get; } = id;
    public string Kind { get; } = kind;
    public ScenarioEdit Edit { get; } = edit;
    public CancellationTokenSource Cancel { get; } = new();
    public volatile string State = "waiting";
    public volatile string? Error;
    public volatile string? OutDir;
    public RunProgress Progress;
    public int PointsDone, Points;
    public LiveSink? Live;
    public volatile IReadOnlyList<ComparisonLine>? Comparison;

    public object Snapshot() => new
    {
        id = Id,
        kind = Kind,
        state = State,
        error = Error,
        ticksDone = Progress.TicksDone,
        totalTicks = Progress.TotalTicks,
        replicationsDone = Progress.ReplicationsDone,
        replications = Progress.Replications,
        runsDone = PointsDone,
        runs = Points,
        series = Live?.Series,
        comparison = Comparison,
        results = OutDir,
    };
}
