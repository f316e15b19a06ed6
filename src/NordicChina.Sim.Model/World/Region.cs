namespace NordicChina.Sim.Model.World;

/// <summary>A region of the model. Its attributes live in the parameter catalogue under region.&lt;Code&gt;.*.</summary>
public sealed record Region(int Index, string Code, string Name, RegionKind Kind, string Country, bool InEuropeanUnion = false)
{
    /// <summary>Hosts that Chinese money can flow into.</summary>
    public bool IsHost => Kind is RegionKind.SwedishHost or RegionKind.EuropeanHost or RegionKind.UnitedStates;
    public bool IsChinese => Kind == RegionKind.ChineseHub;
    public bool IsSwedish => Kind == RegionKind.SwedishHost;
    public bool IsEuropean => Kind is RegionKind.SwedishHost or RegionKind.EuropeanHost;
    /// <summary>The Nordic regions: Sweden's, Finland, Denmark and Norway.</summary>
    public bool IsNordic => Kind == RegionKind.SwedishHost || Code is "FIN" or "DNK" or "NOR";
}
