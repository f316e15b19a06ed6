namespace NordicChina.Sim.Hosting;

/// <summary>Where the run's OpenTelemetry metrics go.</summary>
public enum TelemetryExport
{
    None = 0,
    Console = 1,
}
