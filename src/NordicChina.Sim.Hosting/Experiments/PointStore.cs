using System.Text;
using System.Text.Json;
using NordicChina.Sim.Hosting.Output;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Where a sweep or sensitivity run streams its finished points: a work folder with a manifest and one file per point,
/// each written atomically (temporary file, then rename), so an interrupted run loses at most the points in flight and
/// can be resumed. The manifest pins what the points belong to; resuming a different experiment is refused.
/// </summary>
public sealed class PointStore
{
    private const string ManifestFile = "manifest.json";
    private readonly string _points;

    public string Folder { get; }

    private PointStore(string folder)
    {
        Folder = folder;
        _points = Path.Combine(folder, "points");
    }

    /// <summary>Opens the work folder for <paramref name="manifest"/>: new (refusing an existing one unless
    /// <paramref name="resume"/>), or resumed (refusing a missing one or one for another experiment).</summary>
    public static PointStore Open(string folder, object manifest, bool resume)
    {
        string json = JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true });
        string manifestPath = Path.Combine(folder, ManifestFile);
        if (resume)
        {
            if (!File.Exists(manifestPath))
                throw new ExperimentInputException($"--resume: there is no interrupted run to resume in {folder}");
            if (File.ReadAllText(manifestPath) != json)
                throw new ExperimentInputException($"--resume: {folder} holds a different experiment (scenario, grid, replications, seed or program version differ); remove it or use another --out");
        }
        else
        {
            if (Directory.Exists(folder))
                throw new ExperimentInputException($"{folder} holds an interrupted run: resume it with --resume, or remove it");
            Directory.CreateDirectory(folder);
            File.WriteAllText(manifestPath, json);
        }
        var store = new PointStore(folder);
        Directory.CreateDirectory(store._points);
        return store;
    }

    private string PathOf(int point) => Path.Combine(_points, $"{point:D6}.csv");

    public bool Has(int point) => File.Exists(PathOf(point));

    /// <summary>Writes a point's rows as CSV (<see cref="CsvOut"/>: quoted where needed, missing values empty).</summary>
    public void Write(int point, IEnumerable<string[]> rows)
    {
        string tmp = PathOf(point) + ".tmp";
        using (var csv = CsvOut.Create(tmp))
            foreach (var r in rows) csv.Row(r);
        File.Move(tmp, PathOf(point), overwrite: true);
    }

    /// <summary>A point's rows, unquoted (<see cref="CsvOut"/>).</summary>
    public IReadOnlyList<string[]> Read(int point) => CsvOut.ReadFile(PathOf(point));

    /// <summary>
    /// Evaluates every point of <paramref name="points"/> not yet on disk and writes each result as it finishes. The
    /// lowest missing point runs alone first, so a problem that only a run reveals (an output the scenario does not
    /// write) fails fast and removes the work folder; the rest run <paramref name="concurrency"/> at a time. Returns the
    /// number of points evaluated.
    /// </summary>
    public async Task<int> RunMissingAsync(int points, int concurrency, Func<int, CancellationToken, Task<IEnumerable<string[]>>> evaluate,
        IProgress<ExperimentProgress>? progress, CancellationToken cancel, Func<string[], string?>? checkLine = null, Action<string>? log = null)
    {
        if (checkLine is not null) DiscardDamaged(points, checkLine, log ?? Console.Error.WriteLine);
        int done = Enumerable.Range(0, points).Count(Has);
        progress?.Report(new ExperimentProgress(done, points));
        var pending = Enumerable.Range(0, points).Where(i => !Has(i)).ToArray();

        async Task Run(int point, CancellationToken ct)
        {
            Write(point, await evaluate(point, ct));
            progress?.Report(new ExperimentProgress(Interlocked.Increment(ref done), points));
        }

        if (pending.Length > 0)
        {
            try { await Run(pending[0], cancel); }
            catch (ExperimentInputException) { Delete(); throw; }
        }
        await Parallel.ForEachAsync(pending.Skip(1), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancel },
            async (point, ct) => await Run(point, ct));
        return pending.Length;
    }

    /// <summary>Checks every point file on disk (a resumed run's): each must end with a line break and each line pass
    /// <paramref name="checkLine"/>. A damaged one (truncated, edited) is reported with its file and line and removed,
    /// so that the point is run again.</summary>
    private void DiscardDamaged(int points, Func<string[], string?> checkLine, Action<string> log)
    {
        for (int i = 0; i < points; i++)
        {
            string path = PathOf(i);
            if (!File.Exists(path)) continue;
            string text = File.ReadAllText(path);
            string? problem = null;
            int line = 0;
            if (text.Length == 0 || !text.EndsWith('\n')) { problem = "the file is empty or its last line has no line break (truncated)"; line = Math.Max(1, text.Split('\n').Length); }
            else
            {
                try
                {
                    foreach (var (start, fields) in CsvOut.ReadText(text))
                        if (checkLine(fields) is { } p) { problem = p; line = start; break; }
                }
                catch (Exception e) when (e is InvalidDataException or FormatException) { problem = e.Message; line = 1; }
            }
            if (problem is null) continue;
            log($"warning: {path}:{line}: {problem}; point {i} is run again.");
            File.Delete(path);
        }
    }

    public void Delete() => Directory.Delete(Folder, recursive: true);
}
