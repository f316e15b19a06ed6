using System.Reflection;

namespace NordicChina.Sim.Hosting;

/// <summary>The program's version as recorded in every output (run.json, the program_version column of summary.csv
/// and the experiment CSVs, Parquet metadata, comparison/sweep/sensitivity/calibration JSON, telemetry's
/// service.version): the informational version with the commit it was built from, <c>0.1.0+abc1234</c>
/// (Directory.Build.props sets the commit from <c>git rev-parse --short HEAD</c>; <c>+unknown</c> outside git).</summary>
public static class ProgramInfo
{
    public static string Version { get; } =
        typeof(ProgramInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProgramInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0";
}
