namespace NordicChina.Sim.Cluster.Tests;

/// <summary>Paths in the repository and to the built program.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The nordicsim program built in the same configuration as this test assembly.</summary>
    public static string NordicsimDll
    {
        get
        {
            string config = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            string path = Path.Combine(Root, "src", "NordicChina.Sim.Cli", "bin", config, "net10.0", "nordicsim.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first.", path);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NordicChina.Sim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
