namespace NordicChina.Sim.Grains.Tests;

/// <summary>A minimal calibration spec (one parameter, the history targets) with extra lines, for the spec-key tests.</summary>
internal static class CalibrationSpecFiles
{
    /// <summary>Writes spec.yaml into <paramref name="dir"/>: five lines of head (name, seed, targets, one parameter),
    /// so the first extra line is line 6; returns its path.</summary>
    public static string Write(string dir, string extraLines)
    {
        string path = Path.Combine(dir, "spec.yaml");
        string head = $"name: t\nseed: 1\ntargets: [{Path.Combine(TestScenarios.RepoRoot, "scenarios", "targets", "history-2014-2020.yaml")}]\n" +
            "parameters:\n  - { name: outbound.hazard.champion, low: 0.1, high: 0.6 }\n";
        File.WriteAllText(path, head + extraLines);
        return path;
    }
}
