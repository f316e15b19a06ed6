namespace NordicChina.Sim.Grains;

/// <summary>
/// The one failure of a grain called without its state: its silo died and Orleans activated it afresh elsewhere,
/// or it was never initialised. Simulating an empty region or fund would silently give wrong numbers, so the call
/// fails and the run driver restarts the replication (from its last checkpoint when there is one).
/// </summary>
internal static class LostState
{
    /// <summary>Throws unless <paramref name="state"/> is set.</summary>
    public static void Require(object? state, Grain grain, string kind)
    {
        if (state is null)
            throw new InvalidOperationException($"{kind} {grain.GetPrimaryKeyString()} has no state (its silo was lost, or it was never initialised)");
    }
}
