using System.Reflection;

namespace NordicChina.Sim.Hosting;

/// <summary>The program's version, as stamped into run.json.</summary>
public static class ProgramInfo
{
    public static string Version { get; } =
        typeof(ProgramInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
        ?? typeof(ProgramInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0";
}
