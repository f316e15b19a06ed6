using NordicChina.Sim.Hosting.Output;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The exact metrics.csv bytes a run would write, for byte-for-byte comparisons.</summary>
public static class MetricsText
{
    /// <summary>Feeds the recorded replications to the metrics sink last first (so all but the last wait in its spool)
    /// and returns the metrics.csv it writes.</summary>
    public static async Task<string> Of(RecordedRun run)
    {
        var dir = Directory.CreateTempSubdirectory("ncs-metrics-");
        try
        {
            await using (var sink = await MetricsFiles.CreateAsync(dir.FullName, run.Scenario))
            {
                foreach (var rep in run.Replications.Reverse())
                    await sink.ReplicationFinishedAsync(rep.Replication, rep.Ticks, CancellationToken.None);
                await sink.CompleteAsync(run.Replications.Count);
            }
            return await File.ReadAllTextAsync(Path.Combine(dir.FullName, ResultWriter.MetricsFile));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
