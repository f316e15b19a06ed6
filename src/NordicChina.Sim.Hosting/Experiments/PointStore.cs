using System.Text;
using System.Text.Json;

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

    public void Write(int point, IEnumerable<string> lines)
    {
        string tmp = PathOf(point) + ".tmp";
        File.WriteAllText(tmp, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        File.Move(tmp, PathOf(point), overwrite: true);
    }

    public IReadOnlyList<string> Read(int point) => File.ReadAllLines(PathOf(point));

    public void Delete() => Directory.Delete(Folder, recursive: true);
}
