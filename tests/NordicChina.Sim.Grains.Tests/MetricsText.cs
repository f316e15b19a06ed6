using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Output;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The exact metrics.csv bytes a run would write, for byte-for-byte comparisons.</summary>
public static class MetricsText
{
    public static async Task<string> Of(RunResult run)
    {
        var dir = Directory.CreateTempSubdirectory("ncs-metrics-");
        try
        {
            await ResultWriter.WriteAsync(run, dir.FullName, Summary.Build(run));
            return await File.ReadAllTextAsync(Path.Combine(dir.FullName, ResultWriter.MetricsFile));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
