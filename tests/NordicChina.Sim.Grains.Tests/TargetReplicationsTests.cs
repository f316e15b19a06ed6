using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The spec's per-file replications (<c>targets: - { file, replications }</c>): a noisy targets file runs more
/// replications per design point than the spec's default; a plain path keeps the default.</summary>
public sealed class TargetReplicationsTests
{
    private static readonly string History = Path.Combine(TestScenarios.RepoRoot, "scenarios", "targets", "history-2014-2020.yaml");
    private static readonly string Report = Path.Combine(TestScenarios.RepoRoot, "scenarios", "targets", "report-2017-2018.yaml");

    private static string Write(string dir, string targets)
    {
        string path = Path.Combine(dir, "spec.yaml");
        File.WriteAllText(path, $"name: t\nseed: 1\nreplications: 4\ntargets:\n{targets}parameters:\n  - {{ name: outbound.hazard.champion, low: 0.1, high: 0.6 }}\n");
        return path;
    }

    [Fact]
    public void A_file_with_its_own_replications_runs_them_and_a_plain_path_runs_the_specs()
    {
        var dir = Directory.CreateTempSubdirectory("ncs-target-reps-");
        try
        {
            var spec = CalibrationSpecLoader.Load(Write(dir.FullName, $"  - {{ file: {History}, replications: 8 }}\n  - {Report}\n"));
            Assert.Equal([History, Report], spec.TargetFiles);
            Assert.Equal((8, 4), (spec.ReplicationsFor(0), spec.ReplicationsFor(1)));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Bad_per_file_entries_are_reported_at_their_line_and_field()
    {
        var dir = Directory.CreateTempSubdirectory("ncs-target-reps-");
        try
        {
            string path = Write(dir.FullName,
                $"  - {{ file: {History}, replications: 1 }}\n  - {{ file: {Report}, reps: 8 }}\n  - {{ replications: 8 }}\n");
            var e = Assert.Throws<ScenarioException>(() => CalibrationSpecLoader.Load(path));
            Assert.Equal([("targets[0].replications", 5), ("targets[1].reps", 6), ("targets[2].file", 7)],
                e.Errors.Select(x => (x.Field, x.Line)).OrderBy(x => x.Line).ToArray());
            Assert.Contains("from 2 to 1000", e.Errors[0].Message, StringComparison.Ordinal);
        }
        finally { dir.Delete(true); }
    }
}
