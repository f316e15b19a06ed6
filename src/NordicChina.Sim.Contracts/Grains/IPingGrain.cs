namespace NordicChina.Sim.Contracts.Grains;

/// <summary>The benchmark's reference: an empty grain call.</summary>
[Alias("ncs.IPingGrain")]
public interface IPingGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    Task<int> Ping(int value);
}
