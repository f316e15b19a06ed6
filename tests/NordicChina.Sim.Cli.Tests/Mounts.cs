using System.Diagnostics;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>File systems for tests that need the kernel to refuse writes (a read-only bind mount) or to run out of
/// space (a small tmpfs). Needs root, as the tests run in CI; each mount is undone when disposed.</summary>
public sealed class Mounts : IDisposable
{
    private readonly string _path;

    private Mounts(string path) => _path = path;

    public static Mounts ReadOnlyBind(string folder)
    {
        Run("mount", "--bind", folder, folder);
        var m = new Mounts(folder);
        Run("mount", "-o", "remount,bind,ro", folder);
        return m;
    }

    public static Mounts SmallTmpfs(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        return new Mounts(folder);
    }

    public void Dispose() => Run("umount", _path);

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit(10_000);
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {err.Trim()}");
    }
}
