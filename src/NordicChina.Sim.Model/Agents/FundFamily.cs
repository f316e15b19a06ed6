namespace NordicChina.Sim.Model.Agents;

/// <summary>
/// The venture funds of one family (Chinese or Nordic), in fund index order. A family is the unit a host steps
/// and checkpoints, so the number of hosts does not grow with the population.
/// </summary>
public sealed class FundFamily(int family, int firstIndex)
{
    /// <summary>0: Chinese funds, 1: Nordic funds (<see cref="Steps.FundStep.Families"/>).</summary>
    public int Family { get; } = family;

    /// <summary>Index of the family's first fund among all funds.</summary>
    public int FirstIndex { get; } = firstIndex;

    public List<VentureFund> Funds { get; } = new();

    public void Write(BinaryWriter w)
    {
        AgentState.WriteHeader(w);
        w.Write(Family);
        w.Write(FirstIndex);
        w.Write(Funds.Count);
        foreach (var f in Funds) AgentState.Write(w, f);
    }

    public static FundFamily Read(BinaryReader r)
    {
        AgentState.ReadHeader(r);
        var family = new FundFamily(r.ReadInt32(), r.ReadInt32());
        int n = r.ReadInt32();
        for (int i = 0; i < n; i++) family.Funds.Add(AgentState.ReadFund(r));
        return family;
    }
}
