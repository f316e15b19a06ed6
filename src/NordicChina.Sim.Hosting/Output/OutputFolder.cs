namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// Writes a result folder atomically: everything goes into a temporary sibling folder, which replaces the
/// target only when complete. A failed or interrupted run leaves earlier results untouched.
/// </summary>
public static class OutputFolder
{
    public static async Task WriteAsync(string target, Func<string, Task> writeInto)
    {
        target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        string stamp = $"{Environment.ProcessId}-{Environment.TickCount64}";
        string temp = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{stamp}");
        Directory.CreateDirectory(temp);
        try
        {
            await writeInto(temp);
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
