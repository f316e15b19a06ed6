using System.Diagnostics;
using System.Text;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// An exclusive lock on a results folder, held by the nordicsim process that writes it: a lock file next to the
/// folder (<c>.NAME.lock</c>) opened with <see cref="FileShare.None"/>, so a second process writing the same folder
/// is refused. The operating system releases the lock when the process ends, however it ends. On taking the lock,
/// temporary folders left by earlier processes that were killed while writing this folder are removed.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream? _stream;
    private readonly string _path;

    private OutputLock(FileStream? stream, string path) { _stream = stream; _path = path; }

    /// <summary>The lock file of the results folder <paramref name="target"/>.</summary>
    public static string PathFor(string target)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>Takes the lock of <paramref name="target"/>; null when another process holds it. When the lock file
    /// cannot be made at all (a read-only or missing parent, say) the run goes ahead without one and the writing of
    /// the results reports the problem.</summary>
    public static OutputLock? TryAcquire(string target)
    {
        string path = PathFor(target);
        FileStream stream;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (File.Exists(path) && IsSharingViolation(ex))
        {
            return null;   // held by another process
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new OutputLock(null, path);
        }
        try
        {
            stream.SetLength(0);
            stream.Write(Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n"));
            stream.Flush();
        }
        catch (IOException) { /* the pid is for people; the lock is what matters */ }
        RemoveStaleTemporaries(target);
        return new OutputLock(stream, path);
    }

    /// <summary>Removes <c>.NAME.tmp-PID-TICK</c> folders of <paramref name="target"/> whose process is gone (a run
    /// killed while writing), and <c>.NAME.old-PID-TICK</c> ones when the folder itself is there (a swap that was
    /// interrupted after the new results were in place). Never a folder of a live process.</summary>
    public static void RemoveStaleTemporaries(string target)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        string? parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent)) return;
        string name = Path.GetFileName(full);
        string[] candidates;
        try { candidates = Directory.GetDirectories(parent, $".{name}.*-*-*"); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return; }
        foreach (var dir in candidates)
        {
            string rest = Path.GetFileName(dir)[(name.Length + 1)..];
            bool temporary = rest.StartsWith(".tmp-", StringComparison.Ordinal);
            bool old = rest.StartsWith(".old-", StringComparison.Ordinal) && Directory.Exists(full);
            if (!temporary && !old) continue;
            var parts = rest[5..].Split('-');
            if (parts.Length != 2 || !int.TryParse(parts[0], out int pid) || !long.TryParse(parts[1], out _)) continue;
            if (pid == Environment.ProcessId || IsAlive(pid)) continue;
            try { Directory.Delete(dir, recursive: true); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* left for a later run */ }
        }
    }

    // ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION on Windows; on Unix .NET reports a held flock the same way
    // (EWOULDBLOCK is also accepted in case a runtime passes the errno through).
    private static bool IsSharingViolation(IOException ex) => (ex.HResult & 0xFFFF) is 32 or 33 || ex.HResult is 11 or 35;

    private static bool IsAlive(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (Exception) { return true; }   // cannot tell: keep its folder
    }

    public void Dispose()
    {
        if (_stream is null) return;
        try { File.Delete(_path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        _stream.Dispose();
    }
}
