using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 3, takeovers: a Chinese-owned firm in a host region moves production to China with annual
/// hazard relocation.hazard x sector.&lt;s&gt;.relocation (report ch.4: acquired manufacturing may be moved,
/// R&amp;D and human capital cannot easily be). A relocation removes relocation.low_skill_share of the
/// low-skill and relocation.high_skill_share of the high-skill jobs, once.
/// </summary>
public static class Relocation
{
    public static double Probability(ModelParameters p, Firm firm, SimClock clock) =>
        firm.ChineseOwned && !firm.Relocated && !firm.IsChinese
            ? clock.PerTick(p.RelocationHazard * p.SectorRelocation[firm.Sector])
            : 0;

    /// <summary>Applies a relocation and returns the (low-skill, high-skill) jobs lost.</summary>
    public static (long LowSkillLost, long HighSkillLost) Apply(ModelParameters p, Firm firm)
    {
        long low = (long)Math.Round(firm.LowSkill * p.RelocationLowShare);
        long high = (long)Math.Round(firm.HighSkill * p.RelocationHighShare);
        firm.LowSkill -= low;
        firm.HighSkill -= high;
        firm.Relocated = true;
        return (low, high);
    }
}
