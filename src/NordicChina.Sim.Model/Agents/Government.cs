namespace NordicChina.Sim.Model.Agents;

/// <summary>A government's state between ticks: for China and Sweden the AI capability per sector, for China the
/// robot density. (The levers it owns are read from the policy schedule, not kept.)</summary>
public sealed class Government(string country)
{
    public string Country { get; } = country;
    public double[] Capability { get; set; } = [];
    public double RobotDensity { get; set; }

    public void Write(BinaryWriter w)
    {
        AgentState.WriteHeader(w);
        w.Write(RobotDensity);
        w.Write(Capability.Length);
        foreach (var c in Capability) w.Write(c);
    }

    public static Government Read(BinaryReader r, string country)
    {
        AgentState.ReadHeader(r);
        var g = new Government(country) { RobotDensity = r.ReadDouble() };
        var capability = new double[r.ReadInt32()];
        for (int i = 0; i < capability.Length; i++) capability[i] = r.ReadDouble();
        g.Capability = capability;
        return g;
    }
}
