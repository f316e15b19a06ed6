using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>A run or comparison the explorer has queued: its state (waiting, running, done, failed, cancelled),
/// progress, live series and results.</summary>
public sealed class ExplorerJob(string id, string kind, ScenarioEdit edit)
{
    public string Id { get; } = id;
    public string Kind { get; } = kind;
    public ScenarioEdit Edit { get; } = edit;

    /// <summary>The scenario run (for a comparison, the compared one).</summary>
    public ScenarioDefinition? Scenario { get; init; }

    /// <summary>For a comparison, what it is against: "baseline" or the id of a finished run.</summary>
    public string? Against { get; init; }
    public CancellationTokenSource Cancel { get; } = new();
    public volatile string State = "waiting";
    public volatile string? Error;
    public volatile string? OutDir;
    private readonly object _gate = new();
    private RunProgress _progress;
    private int _pointsDone, _points;

    /// <summary>Reported from the runner's threads; read by the page's polls.</summary>
    public RunProgress Progress { get { lock (_gate) return _progress; } set { lock (_gate) _progress = value; } }

    public void Runs(int done, int total) { lock (_gate) (_pointsDone, _points) = (done, total); }
    public LiveSink? Live;
    /// <summary>The window view of a run (<see cref="WindowLive"/>), once it starts.</summary>
    public volatile WindowLive? Window;
    public volatile IReadOnlyList<ComparisonLine>? Comparison;

    /// <summary>For a comparison, each headline's difference per year with its 95% CI.</summary>
    public volatile IReadOnlyList<LiveSeries>? ComparisonYears;

    public object Snapshot()
    {
        var progress = Progress;
        int pointsDone, points;
        lock (_gate) (pointsDone, points) = (_pointsDone, _points);
        return new
        {
        id = Id,
        kind = Kind,
        against = Against,
        state = State,
        error = Error,
        ticksDone = progress.TicksDone,
        totalTicks = progress.TotalTicks,
        replicationsDone = progress.ReplicationsDone,
        replications = progress.Replications,
        runsDone = pointsDone,
        runs = points,
        series = Live?.Series,
        seriesUpdates = Live?.Updates ?? 0,
        comparison = Comparison,
        comparisonYears = ComparisonYears,
        results = OutDir,
        };
    }
}
