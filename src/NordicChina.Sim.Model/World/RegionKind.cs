namespace NordicChina.Sim.Model.World;

/// <summary>The role a region plays in the ecosystem.</summary>
public enum RegionKind
{
    /// <summary>A Swedish host region (GSR, West Sweden).</summary>
    SwedishHost = 0,
    /// <summary>A competing European host named in the report.</summary>
    EuropeanHost = 1,
    /// <summary>A Chinese hub whose firms go out.</summary>
    ChineseHub = 2,
    /// <summary>The United States: talent sink and rival destination.</summary>
    UnitedStates = 3,
}
