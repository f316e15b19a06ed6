namespace NordicChina.Sim.Model.Policies;

/// <summary>
/// A policy or shock a scenario can switch on with a start year, an end year and an intensity.
/// <paramref name="Owner"/> is the government agent that holds the lever (or "world" for shocks);
/// host-scoped levers can be limited to some regions.
/// </summary>
public sealed record PolicyLever(
    int Index,
    string Name,
    string Owner,
    bool HostScoped,
    double MaxIntensity,
    string Description,
    string Mechanism,
    string Source);
