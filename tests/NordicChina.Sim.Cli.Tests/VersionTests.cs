namespace NordicChina.Sim.Cli.Tests;

/// <summary>nordicsim --version and the launcher the README names.</summary>
public sealed class VersionTests
{
    [Fact]
    public async Task Version_prints_the_program_version_with_its_commit()
    {
        var r = await Nordicsim.RunAsync(Nordicsim.RepoRoot, "--version");
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Matches(@"^\d+\.\d+\.\d+\+[0-9a-f]{7,}", r.Stdout.Trim());
    }

    [Fact]
    public void The_launcher_at_the_top_of_the_clone_runs_the_release_build()
    {
        string launcher = Path.Combine(Nordicsim.RepoRoot, "nordicsim");
        Assert.True(File.Exists(launcher), "the README's nordicsim launcher");
        if (!OperatingSystem.IsWindows()) Assert.True((File.GetUnixFileMode(launcher) & UnixFileMode.UserExecute) != 0, "the launcher is executable");
        string text = File.ReadAllText(launcher);
        Assert.Contains("src/NordicChina.Sim.Cli/bin/Release/net10.0/nordicsim.dll", text);
        Assert.Contains("exec dotnet \"$dll\" \"$@\"", text);
    }
}
