using NordicChina.Sim.Contracts.Grains;
using Orleans.Runtime.Placement;

namespace NordicChina.Sim.Grains.Placement;

/// <summary>
/// Places replications and their agent grains so a replication's calls stay inside one silo:
/// <list type="bullet">
/// <item>a coordinator (<see cref="ReplicationPlacement"/>) goes to a random compatible active silo;</item>
/// <item>an agent grain (<see cref="ReplicationAgentPlacement"/>) goes to the silo that activates it, which is its
/// coordinator's silo (Orleans places a new activation on the silo sending the first call to it). If that silo is
/// not a compatible active one, it goes to a silo chosen from the replication's key, the same for all of the
/// replication's agents;</item>
/// <item>the agent grains of a replication too large for one silo (key marked <see cref="GrainKeys.SpreadMarker"/>)
/// are spread over the compatible silos by their own key.</item>
/// </list>
/// Placement never affects results: agents compute from their keyed random streams and the coordinator's
/// canonical ordering, wherever they live.
/// </summary>
public sealed class ReplicationPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        if (silos.Length == 0)
            throw new OrleansException($"no compatible silo for {target.GrainIdentity}");
        if (strategy is not ReplicationAgentPlacement)
            return Task.FromResult(silos[Random.Shared.Next(silos.Length)]);

        string replication = GrainKeys.ReplicationOf(target.GrainIdentity.Key.ToString()!);
        if (GrainKeys.IsSpread(replication))
            return Task.FromResult(Ordered(silos)[(int)(target.GrainIdentity.GetUniformHashCode() % (uint)silos.Length)]);
        if (context.LocalSiloStatus == SiloStatus.Active && Array.IndexOf(silos, context.LocalSilo) >= 0)
            return Task.FromResult(context.LocalSilo);
        return Task.FromResult(Ordered(silos)[(int)(StableHash(replication) % (uint)silos.Length)]);
    }

    /// <summary>The silos in address order, so a hash picks the same silo wherever placement runs.</summary>
    private static SiloAddress[] Ordered(SiloAddress[] silos)
    {
        var ordered = (SiloAddress[])silos.Clone();
        Array.Sort(ordered);
        return ordered;
    }

    /// <summary>FNV-1a over the key's characters: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return hash;
    }
}
