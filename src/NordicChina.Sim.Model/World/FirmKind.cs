namespace NordicChina.Sim.Model.World;

/// <summary>The firm types of MODEL-BRIEF "Entities".</summary>
public enum FirmKind
{
    /// <summary>A Nordic or European industrial incumbent.</summary>
    Incumbent = 0,
    /// <summary>A Nordic or European AI startup in a deep-tech niche.</summary>
    Startup = 1,
    /// <summary>A Chinese platform giant or national AI champion.</summary>
    ChineseChampion = 2,
    /// <summary>A Chinese industrial manufacturer needing an AI/automation upgrade.</summary>
    ChineseManufacturer = 3,
    /// <summary>A Chinese AI startup.</summary>
    ChineseStartup = 4,
}
