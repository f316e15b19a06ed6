using System.Text;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// Writes a result folder atomically: everything goes into a temporary sibling folder, which replaces the
/// target only when complete. A failed or interrupted run leaves earlier results untouched.
/// <para>The folder's <see cref="Marker"/> lists every file and folder nordicsim wrote there. A later run replaces only
/// those: a folder holding anything else (notes, the scenario file, another results folder) is refused, naming it.</para>
/// <para>When the target cannot be replaced by a rename (it is a mount point: an empty tmpfs, a container volume), the
/// results are moved into the folder itself, replacing only nordicsim's files.</para>
/// </summary>
public static class OutputFolder
{
    /// <summary>Marks a folder as written by nordicsim and lists what it wrote, so that a later run may replace it.</summary>
    public const string Marker = ".nordicsim-results";

    private const string MarkerHeader = "Written by nordicsim; a later run with --out here replaces the files listed below, and only those.";
    private const string FilesLine = "files:";

    /// <summary>What nordicsim wrote before the marker listed its files (markers of earlier versions carry no list).</summary>
    private static readonly HashSet<string> LegacyNames =
    [
        "metrics.csv", "metrics.parquet", "summary.csv", "run.json", "report.html", "comparison.csv", "comparison-horizon.csv", "comparison.json", "runs",
        "sweep.csv", "sweep.parquet", "sweep.json", "sensitivity.csv", "sensitivity.json", "points.csv",
        "calibration.csv", "calibration-trace.csv", "calibration.json", "fitted.yaml", DataPackage.File,
    ];

    private static readonly EnumerationOptions All = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    /// <summary>Renames a directory; a seam for tests, which set <c>NORDICSIM_TEST_RENAME_BUSY=1</c> to make renaming an
    /// existing results folder fail as it does at a mount point (EBUSY).</summary>
    internal static Action<string, string> MoveDirectory { get; set; } =
        Environment.GetEnvironmentVariable("NORDICSIM_TEST_RENAME_BUSY") == "1"
            ? (from, to) => throw new IOException($"Device or resource busy (simulated by NORDICSIM_TEST_RENAME_BUSY): '{from}'")
            : Directory.Move;

    /// <summary>Null when results may be written to <paramref name="target"/>: it does not exist, is an empty folder, or
    /// holds only what nordicsim wrote there, and a temporary folder and file can be written next to it. Otherwise why not
    /// (nordicsim never replaces files it did not write). Called before any simulation, so an unwritable --out fails at once.</summary>
    public static string? CheckTarget(string target)
    {
        if (string.IsNullOrWhiteSpace(target)) return "--out: the folder name is empty";
        string shown = Show(target);
        string full;
        try { full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target)); }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException)
        {
            return $"--out {shown}: not a usable path ({ex.Message})";
        }
        if (File.Exists(full)) return $"--out {shown}: is a file, not a folder";
        if (Directory.Exists(full))
        {
            if (full == Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()))
                return $"--out {shown}: is the current folder; give a results folder";
            if (ForeignProblem(shown, full) is { } foreign) return foreign;
        }
        return Probe(shown, full);
    }

    private static string? ForeignProblem(string shown, string full, string? ignore = null)
    {
        IReadOnlyList<string> foreign;
        try { foreign = Foreign(full, ignore); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"--out {shown}: cannot read the folder ({ex.Message})";
        }
        if (foreign.Count == 0) return null;
        string names = string.Join(", ", foreign.Take(5)) + (foreign.Count > 5 ? $" and {foreign.Count - 5} more" : "");
        return File.Exists(Path.Combine(full, Marker))
            ? $"--out {shown}: the folder holds files nordicsim did not write ({names}); nordicsim replaces only its own results, so move them or choose another folder"
            : $"--out {shown}: the folder exists and does not hold nordicsim results ({names}); it would be replaced, so choose a new or empty folder";
    }

    /// <summary>The entries of <paramref name="folder"/> (relative paths, '/'-separated) that its marker does not list;
    /// every entry when there is no marker. A foreign folder is named once, not its contents.</summary>
    public static IReadOnlyList<string> Foreign(string folder, string? ignore = null)
    {
        var foreign = new List<string>();
        var owned = ReadOwned(folder);
        void Walk(DirectoryInfo dir, string rel)
        {
            foreach (var e in dir.EnumerateFileSystemInfos("*", All).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                string r = rel + e.Name;
                if (rel.Length == 0 && (e.Name == Marker || e.Name == ignore)) continue;
                bool isDir = e is DirectoryInfo && e.LinkTarget is null;
                bool mine = owned is null ? false
                    : owned.Legacy ? rel.Length == 0 && LegacyNames.Contains(e.Name)
                    : owned.Names.Contains(r) && (isDir ? owned.Dirs.Contains(r) : !owned.Dirs.Contains(r));
                if (!mine) foreign.Add(isDir ? r + "/" : r);
                else if (isDir && !owned!.Legacy) Walk((DirectoryInfo)e, r + "/");
            }
        }
        Walk(new DirectoryInfo(folder), "");
        return foreign;
    }

    private sealed record Owned(bool Legacy, HashSet<string> Names, HashSet<string> Dirs);

    private static Owned? ReadOwned(string folder)
    {
        string marker = Path.Combine(folder, Marker);
        if (!File.Exists(marker)) return null;
        var lines = File.ReadAllLines(marker);
        int start = Array.IndexOf(lines, FilesLine);
        if (start < 0) return new Owned(true, [], []);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var dirs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1))
        {
            if (line.Length == 0) continue;
            string name = line.TrimEnd('/');
            names.Add(name);
            if (line.EndsWith('/')) dirs.Add(name);
        }
        return new Owned(false, names, dirs);
    }

    /// <summary>Every entry under <paramref name="folder"/>, relative, folders with a trailing '/' (symbolic links as files).</summary>
    private static List<string> ListEntries(string folder)
    {
        var list = new List<string>();
        void Walk(DirectoryInfo dir, string rel)
        {
            foreach (var e in dir.EnumerateFileSystemInfos("*", All).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (rel.Length == 0 && e.Name == Marker) continue;
                if (e is DirectoryInfo d && e.LinkTarget is null)
                {
                    list.Add(rel + e.Name + "/");
                    Walk(d, rel + e.Name + "/");
                }
                else list.Add(rel + e.Name);
            }
        }
        Walk(new DirectoryInfo(folder), "");
        return list;
    }

    private static void WriteMarker(string folder, IEnumerable<string> entries)
    {
        var sb = new StringBuilder(MarkerHeader).Append('\n').Append(FilesLine).Append('\n');
        foreach (var e in entries.Distinct(StringComparer.Ordinal)) sb.Append(e).Append('\n');
        WriteFileAtomically(Path.Combine(folder, Marker), sb.ToString());
    }

    /// <summary>Adds <paramref name="relative"/> (a file nordicsim wrote later, such as report.html) to the marker of a
    /// results folder, when it has one listing its files.</summary>
    public static void Record(string folder, string relative)
    {
        var owned = ReadOwned(folder);
        if (owned is null || owned.Legacy || owned.Names.Contains(relative)) return;
        var lines = File.ReadAllLines(Path.Combine(folder, Marker));
        int start = Array.IndexOf(lines, FilesLine);
        WriteMarker(folder, lines.Skip(start + 1).Where(l => l.Length > 0).Append(relative));
    }

    /// <summary>Writes <paramref name="path"/> by writing a temporary file in its folder and renaming it over the name:
    /// a symbolic link at <paramref name="path"/> is replaced, never written through.</summary>
    public static void WriteFileAtomically(string path, string content)
    {
        string full = Path.GetFullPath(path);
        string tmp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId}-{Environment.TickCount64}");
        try
        {
            using (var s = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var w = new StreamWriter(s, new UTF8Encoding(false)))
                w.Write(content);
            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(tmp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }

    /// <summary>Checks that the temporary folder and a file in it can be created where the results will be written (and,
    /// for an existing folder, that its files can be replaced); removes all it made. Null when they can.</summary>
    private static string? Probe(string shown, string full)
    {
        bool exists = Directory.Exists(full);
        string parent = Path.GetDirectoryName(full) ?? full;
        string? firstCreated = null;
        string stamp = $"{Environment.ProcessId}-{Environment.TickCount64}";
        var probes = new List<string>();
        try
        {
            for (string? p = parent; p is not null && !Directory.Exists(p); p = Path.GetDirectoryName(p))
            {
                if (File.Exists(p)) return $"--out {shown}: {Show(p)} is a file, not a folder";
                firstCreated = p;
            }
            Directory.CreateDirectory(parent);
            bool inPlace = exists && IsMountPoint(full);
            if (!inPlace) probes.Add(Path.Combine(parent, $".{Path.GetFileName(full)}.probe-{stamp}"));
            if (exists) probes.Add(Path.Combine(full, $".nordicsim-probe-{stamp}"));
            foreach (var dir in probes)
            {
                Directory.CreateDirectory(dir);
                using var f = new FileStream(Path.Combine(dir, "probe"), FileMode.CreateNew, FileAccess.Write, FileShare.None);
                f.Write("nordicsim write check\n"u8);
                f.Flush(flushToDisk: true);
            }
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            string why = ex switch
            {
                PathTooLongException => "the path is too long",
                UnauthorizedAccessException => "permission denied",
                FileNotFoundException or DirectoryNotFoundException => "files cannot be created there",
                _ => ex.Message.Replace(full, shown),
            };
            return $"--out {shown}: cannot write results there ({Trim(why)})";
        }
        finally
        {
            foreach (var dir in probes) TryDelete(dir);
            if (firstCreated is not null) TryDelete(firstCreated);
        }
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static string Show(string path) => path.Length <= 120 ? path : path[..60] + "..." + path[^40..] + $" ({path.Length} characters)";

    private static string Trim(string message) => message.Length <= 200 ? message : message[..200] + "...";

    /// <summary>True when <paramref name="folder"/> is a mount point (listed in /proc/self/mountinfo), so that it cannot
    /// be replaced by renaming; false where that cannot be told.</summary>
    public static bool IsMountPoint(string folder)
    {
        try
        {
            if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/mountinfo")) return false;
            string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            string resolved = new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
            foreach (var line in File.ReadLines("/proc/self/mountinfo"))
            {
                var fields = line.Split(' ');
                if (fields.Length > 4 && Unescape(fields[4]) is var mount && (mount == full || mount == resolved)) return true;
            }
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>mountinfo escapes space, tab, newline and backslash as \ooo.</summary>
    private static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 3 < s.Length && s[(i + 1)..(i + 4)].All(c => c is >= '0' and <= '7'))
            {
                sb.Append((char)Convert.ToInt32(s[(i + 1)..(i + 4)], 8));
                i += 3;
            }
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>Writes the results through <paramref name="writeInto"/> into a temporary folder that replaces
    /// <paramref name="target"/> when complete. Cancelled (or failed) before the swap, the temporary folder is
    /// removed and <paramref name="target"/> is untouched.</summary>
    public static async Task WriteAsync(string target, Func<string, Task> writeInto, CancellationToken cancel = default)
    {
        if (CheckTarget(target) is { } problem) throw new InvalidOperationException(problem);
        string shown = Show(target);
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        bool inPlace = Directory.Exists(target) && IsMountPoint(target);
        string stamp = $"{Environment.ProcessId}-{Environment.TickCount64}";
        string temp = inPlace ? Path.Combine(target, $".nordicsim-tmp-{stamp}") : Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{stamp}");
        Directory.CreateDirectory(temp);
        try
        {
            await writeInto(temp);
            var written = ListEntries(temp);
            WriteMarker(temp, written);
            cancel.ThrowIfCancellationRequested();   // interrupted: never swap
            if (Directory.Exists(target) && ForeignProblem(shown, target, inPlace ? Path.GetFileName(temp) : null) is { } appeared)
                throw new InvalidOperationException(appeared.Replace("the folder holds", "while the command ran, the folder came to hold") + "; the results were not written");
            if (!inPlace && TrySwap(temp, target, parent, stamp)) return;
            InstallInPlace(temp, target, written);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>Replaces <paramref name="target"/> by <paramref name="temp"/> with renames. False, with nothing changed,
    /// when the existing target cannot be renamed (a mount point answers EBUSY).</summary>
    private static bool TrySwap(string temp, string target, string parent, string stamp)
    {
        string? old = null;
        if (Directory.Exists(target))
        {
            old = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{stamp}");
            try { MoveDirectory(target, old); }
            catch (IOException) { return false; }
        }
        try { Directory.Move(temp, target); }
        catch
        {
            if (old is not null) Directory.Move(old, target);
            throw;
        }
        if (old is not null) Directory.Delete(old, recursive: true);
        return true;
    }

    /// <summary>Moves the finished results from <paramref name="temp"/> into <paramref name="target"/> file by file,
    /// removing what the previous nordicsim results there listed and the new ones do not; nothing else is touched.</summary>
    private static void InstallInPlace(string temp, string target, List<string> written)
    {
        var old = ReadOwned(target);
        var oldEntries = old is null ? [] : old.Legacy
            ? Directory.EnumerateFileSystemEntries(target, "*", All).Select(Path.GetFileName).Where(n => n != Marker && LegacyNames.Contains(n!)).Select(n => n!).ToList()
            : File.ReadAllLines(Path.Combine(target, Marker)).SkipWhile(l => l != FilesLine).Skip(1).Where(l => l.Length > 0).ToList();
        // Claim old and new entries first, so that an interruption leaves nothing unclaimed.
        WriteMarker(target, oldEntries.Concat(written));
        var newNames = written.Select(w => w.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in written)
        {
            string rel = entry.TrimEnd('/');
            string src = Path.Combine(temp, rel), dst = Path.Combine(target, rel);
            if (entry.EndsWith('/'))
            {
                if (File.Exists(dst) || new FileInfo(dst).LinkTarget is not null) File.Delete(dst);
                Directory.CreateDirectory(dst);
            }
            else
            {
                if (Directory.Exists(dst) && new DirectoryInfo(dst).LinkTarget is null) Directory.Delete(dst, recursive: true);
                File.Move(src, dst, overwrite: true);
            }
        }
        foreach (var entry in oldEntries.Select(e => e.TrimEnd('/')).Where(e => !newNames.Contains(e)).OrderByDescending(e => e.Length))
        {
            string path = Path.Combine(target, entry);
            if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null) Directory.Delete(path, recursive: true);
            else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null) File.Delete(path);
        }
        WriteMarker(target, written);
    }
}
