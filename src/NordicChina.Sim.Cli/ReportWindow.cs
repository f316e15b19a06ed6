using System.Text.Json;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Cli;

/// <summary>
/// report --from/--until/--group: the window's tables of a finished run or comparison, computed again from the runs'
/// metrics.csv (flows summed over the window's years, stocks at the end of its last year): headlines-window.csv for
/// a run, comparison-window.csv for a comparison, which the report then shows.
/// </summary>
public static class ReportWindow
{
    /// <summary>Writes the window's file into <paramref name="folder"/>; null when done, else the reason it cannot be.</summary>
    public static async Task<string?> WriteAsync(string folder, int? from, int? until, IReadOnlyList<RegionGroup> groups)
    {
        string comparisonJson = Path.Combine(folder, "comparison.json"), runJson = Path.Combine(folder, "run.json");
        if (File.Exists(comparisonJson))
        {
            using var cmp = JsonDocument.Parse(await File.ReadAllTextAsync(comparisonJson));
            var root = cmp.RootElement;
            var names = new List<string> { root.GetProperty("baseline").GetString()! };
            names.AddRange(root.GetProperty("scenarios").EnumerateArray().Select(e => e.GetString()!));
            ulong seed = root.GetProperty("seed").GetUInt64();
            bool uncertain = root.TryGetProperty("parameter_uncertainty", out var pu) && pu.ValueKind != JsonValueKind.Null;
            var yearly = new List<YearlyValues>();
            (int From, int Until)? window = null;
            foreach (var name in names)
            {
                string run = Path.Combine(folder, ComparisonRunner.RunFolder(name));
                var (values, w, error) = await ReadRunAsync(run, from, until);
                if (error is not null) return error;
                window ??= w;
                yearly.Add(values!);
            }
            await ComparisonRunner.WriteWindowAsync(folder, names, yearly, HeadlineTable.Groups(groups), window!.Value.From, window.Value.Until, seed, uncertain);
            Hosting.Output.OutputFolder.Record(folder, ComparisonRunner.WindowFile);
            await DataPackage.AddResourceAsync(folder, ComparisonRunner.WindowFile);
            return null;
        }
        if (File.Exists(runJson))
        {
            var (values, w, error) = await ReadRunAsync(folder, from, until);
            if (error is not null) return error;
            using var run = JsonDocument.Parse(await File.ReadAllTextAsync(runJson));
            bool uncertain = run.RootElement.TryGetProperty("parameter_uncertainty", out var pu) && pu.ValueKind != JsonValueKind.Null;
            await HeadlineTable.WriteAsync(Path.Combine(folder, HeadlineTable.WindowFile), HeadlineTable.Of(values!, w!.Value.From, w.Value.Until, groups, uncertain));
            Hosting.Output.OutputFolder.Record(folder, HeadlineTable.WindowFile);
            await DataPackage.AddResourceAsync(folder, HeadlineTable.WindowFile);
            return null;
        }
        return $"{folder}: --from, --until and --group need the folder of a run (run.json) or a comparison (comparison.json)";
    }

    private static async Task<(YearlyValues? Values, (int From, int Until)? Window, string? Error)> ReadRunAsync(string runFolder, int? from, int? until)
    {
        string runJson = Path.Combine(runFolder, "run.json"), metrics = Path.Combine(runFolder, ResultWriter.MetricsFile);
        if (!File.Exists(runJson)) return (null, null, $"{runJson}: not found");
        if (!File.Exists(metrics)) return (null, null, $"{metrics}: not found (a window needs the per-tick metrics, which --output-level summary leaves out)");
        using var run = JsonDocument.Parse(await File.ReadAllTextAsync(runJson));
        var r = run.RootElement;
        int start = r.GetProperty("start_year").GetInt32(), end = r.GetProperty("end_year").GetInt32(), reps = r.GetProperty("replications").GetInt32();
        var (window, error) = YearWindow.Resolve(from, until, start, end);
        if (error is not null) return (null, null, error);
        try
        {
            return (MetricsReader.Read(metrics, reps), window ?? (start, end), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException)
        {
            return (null, null, ex.Message);
        }
    }
}
