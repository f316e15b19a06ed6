namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>Global sensitivity methods: Morris elementary effects (screening) and Sobol indices (variance-based).</summary>
public enum SensitivityMethod
{
    Morris = 0,
    Sobol = 1,
}
