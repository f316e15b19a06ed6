namespace NordicChina.Sim.Model.Policies;

/// <summary>The documented direction of every lever's effect (see <see cref="LeverExpectation"/>).</summary>
public static class LeverExpectations
{
    public static IReadOnlyList<LeverExpectation> All { get; } =
    [
        new("going_out", 2.0, "fdi.total.deals", "all", "all", +1, false),
        new("capital_controls", 1.0, "fdi.total.deals", "all", "all", -1, false),
        new("ai_plan", 2.0, "capability.cn", "all", "heavy", +1, true),
        new("ai_plan", 2.0, "window.gap", "all", "heavy", -1, true),
        new("automation_subsidy", 3.0, "capability.cn_robot_density", "all", "all", +1, true),
        new("automation_subsidy", 3.0, "adoption.new", "GDM", "all", +1, false),
        new("talent_return", 2.0, "talent.net_migration", "BJS", "all", +1, false),
        new("debt_tightening", 1.0, "vc.failed", "*", "all", +1, false),
        new("wasp", 2.0, "talent.phd_stock", "GSR", "all", +1, true),
        new("wasp", 2.0, "talent.rd_quality", "GSR", "all", +1, true),
        new("fdi_screening", 1.0, "fdi.acquisition.deals", "all", "all", -1, false),
        new("fdi_screening", 1.0, "fdi.rd_centre.deals", "all", "all", +1, false),
        new("eu_china_treaty", 1.0, "fdi.acquisition.deals", "GSR", "all", +1, false),
        new("trade_conflict", 1.5, "fdi.total.deals", "all", "all", -1, false),
        new("trade_conflict", 1.5, "china_entry.entered", "*", "all", -1, false),
        new("us_visa_restrictions", 1.0, "talent.flow>USA", "BJS", "all", -1, false),
        new("pandemic", 1.0, "fdi.total.deals", "all", "all", -1, false),
        new("pandemic", 1.0, "vc.deals", "*", "all", -1, false),
        new("triple_helix", 3.0, "adoption.new", "GSR", "all", +1, false),
        new("open_data", 3.0, "adoption.new", "GSR", "all", +1, false),
        new("ip_protection", 1.0, "fdi.total.deals", "GSR", "all", +1, false, ["GSR"]),
    ];
}
