namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// Writes a result folder atomically: everything goes into a temporary sibling folder, which replaces the
/// target only when complete. A failed or interrupted run leaves earlier results untouched.
/// </summary>
public static class OutputFolder
{
    /// <summary>Marks a folder as written by nordicsim, so that a later run may replace it.</summary>
    public const string Marker = ".nordicsim-results";

    /// <summary>Null when results may be written to <paramref name="target"/>: it does not exist, is an empty folder, or
    /// holds earlier nordicsim results. Otherwise why not (nordicsim never replaces a folder it did not write).</summary>
    public static string? CheckTarget(string target)
    {
        string full = Path.GetFullPath(target);
        if (File.Exists(full)) return $"--out {target}: is a file, not a folder";
        if (!Directory.Exists(full)) return null;
        if (Path.TrimEndingDirectorySeparator(full) == Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()))
            return $"--out {target}: is the current folder; give a results folder";
        if (File.Exists(Path.Combine(full, Marker)) || !Directory.EnumerateFileSystemEntries(full).Any()) return null;
        return $"--out {target}: the folder exists and does not hold nordicsim results; it would be replaced, so choose a new or empty folder";
    }

    /// <summary>Writes the results through <paramref name="writeInto"/> into a temporary folder that replaces
    /// <paramref name="target"/> when complete. Cancelled (or failed) before the swap, the temporary folder is
    /// removed and <paramref name="target"/> is untouched.</summary>
    public static async Task WriteAsync(string target, Func<string, Task> writeInto, CancellationToken cancel = default)
    {
        if (CheckTarget(target) is { } problem) throw new InvalidOperationException(problem);
        target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        string stamp = $"{Environment.ProcessId}-{Environment.TickCount64}";
        string temp = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{stamp}");
        Directory.CreateDirectory(temp);
        try
        {
            await writeInto(temp);
            await File.WriteAllTextAsync(Path.Combine(temp, Marker), "Written by nordicsim; a later run with --out here replaces this folder.\n");
            cancel.ThrowIfCancellationRequested();   // interrupted: never swap
            string? old = null;
            if (Directory.Exists(target))
            {
                old = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{stamp}");
                Directory.Move(target, old);
            }
            Directory.Move(temp, target);
            if (old is not null) Directory.Delete(old, recursive: true);
        }
        catch
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            throw;
        }
    }
}
