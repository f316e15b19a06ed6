using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Agents;

/// <summary>A firm's state (MODEL-BRIEF "Firms"). Held by its region's grain; mutated only in the commit phase.</summary>
public sealed class Firm
{
    public required long Id { get; init; }
    public required int Region { get; init; }
    public required int Sector { get; init; }
    public required FirmKind Kind { get; init; }
    /// <summary>Revenue, EUR m per year.</summary>
    public double Revenue { get; set; }
    /// <summary>AI-relevant high-skill employees (persons, part of the region's talent pool).</summary>
    public long HighSkill { get; set; }
    /// <summary>Low-skill employees (persons; not part of the talent pool).</summary>
    public long LowSkill { get; set; }
    /// <summary>Extra revenue growth of a young Chinese AI startup, decaying over time (per year).</summary>
    public double GrowthPremium { get; set; }
    public bool Alive { get; set; } = true;
    /// <summary>Owned by a Chinese investor after an acquisition.</summary>
    public bool ChineseOwned { get; set; }
    public long OwnerId { get; set; }
    /// <summary>Production moved to China after a takeover.</summary>
    public bool Relocated { get; set; }
    /// <summary>Tick of the firm's birth (0 for the initial population).</summary>
    public int BornTick { get; init; }

    /// <summary>How deep and specific the firm's domain niche is (0-1): the moat of a Nordic AI firm in China.</summary>
    public double DomainNiche { get; init; }
    /// <summary>Willingness to adapt to another market's ways (0-1).</summary>
    public double Adaptability { get; init; }
    /// <summary>Access to industrial and longitudinal data (0-1).</summary>
    public double IndustrialData { get; init; }
    /// <summary>Access to consumer and personal data (0-1).</summary>
    public double ConsumerData { get; init; }
    /// <summary>Has adopted AI in its operations (the Bass diffusion state).</summary>
    public bool AiAdopted { get; set; }

    /// <summary>Where the firm stands in entering the Chinese market.</summary>
    public ChinaEntryStage ChinaStage { get; set; }
    /// <summary>Years spent building a trusted local partner.</summary>
    public double PartnerYears { get; set; }
    /// <summary>Years this firm needs before its partner is trusted enough to launch.</summary>
    public double PartnerYearsNeeded { get; set; }
    /// <summary>Revenue earned in China, EUR m per year.</summary>
    public double ChinaRevenue { get; set; }

    public bool IsChinese => Kind is FirmKind.ChineseChampion or FirmKind.ChineseManufacturer or FirmKind.ChineseStartup;
    public bool IsStartup => Kind is FirmKind.Startup or FirmKind.ChineseStartup;

    /// <summary>Startup valuation, EUR m (revenue times the startup multiple).</summary>
    public double Valuation(double multiple) => Revenue * multiple;
}
