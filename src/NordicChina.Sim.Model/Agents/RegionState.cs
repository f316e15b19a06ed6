using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Agents;

/// <summary>
/// Everything a region holds between ticks: its firms (in id order), the Chinese R&amp;D centres it hosts, its
/// talent pool, and the serials that name the next firm and centre. Written to and read from checkpoints bit for bit.
/// </summary>
public sealed class RegionState(Region region)
{
    public Region Region { get; } = region;

    /// <summary>The region's own entity id (keys the streams of region-level draws).</summary>
    public long Entity { get; } = EntityIds.Region(region.Index);

    public List<Firm> Firms { get; } = new();
    public List<RdCentre> Centres { get; } = new();
    public TalentPool Pool { get; } = new();
    public long NextFirmSerial { get; set; }
    public long NextCentreSerial { get; set; }

    /// <summary>Startups at the start of the run: the base of the birth rate.</summary>
    public double InitialStartups { get; set; }

    /// <summary>Available talent at the start of the run: the base of the talent ratio in adoption.</summary>
    public long InitialAvailable { get; set; }

    /// <summary>The census of the end of the last commit (not part of the state: taken again from the firms when
    /// missing, as after a checkpoint is read back).</summary>
    public Steps.RegionCensus? Census { get; set; }

    /// <summary>Scratch lists of the region's inbound market, reused every tick (not part of the state).</summary>
    public Rules.MarketLists Market { get; } = new();

    /// <summary>Agents this region steps: live firms, open R&amp;D centres and the talent pool.</summary>
    public int Agents
    {
        get
        {
            int n = 1;
            foreach (var f in Firms) if (f.Alive) n++;
            foreach (var c in Centres) if (c.Open) n++;
            return n;
        }
    }

    public void Write(BinaryWriter w)
    {
        AgentState.WriteHeader(w);
        w.Write(NextFirmSerial);
        w.Write(NextCentreSerial);
        w.Write(InitialStartups);
        w.Write(InitialAvailable);
        AgentState.Write(w, Pool);
        w.Write(Firms.Count);
        foreach (var f in Firms) AgentState.Write(w, f);
        w.Write(Centres.Count);
        foreach (var c in Centres) AgentState.Write(w, c);
    }

    public static RegionState Read(BinaryReader r, Region region)
    {
        AgentState.ReadHeader(r);
        var s = new RegionState(region)
        {
            NextFirmSerial = r.ReadInt64(),
            NextCentreSerial = r.ReadInt64(),
            InitialStartups = r.ReadDouble(),
            InitialAvailable = r.ReadInt64(),
        };
        AgentState.ReadPool(r, s.Pool);
        int firms = r.ReadInt32();
        s.Firms.Capacity = firms;
        for (int i = 0; i < firms; i++) s.Firms.Add(AgentState.ReadFirm(r));
        int centres = r.ReadInt32();
        for (int i = 0; i < centres; i++) s.Centres.Add(AgentState.ReadCentre(r));
        return s;
    }
}
