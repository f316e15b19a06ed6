using MathNet.Numerics.Distributions;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Steps;

/// <summary>
/// What a government does at the start of each tick: evaluates the levers it owns, and for China and Sweden moves
/// sector capability by <see cref="CatchUp"/> (mechanism 1) with last tick's knowledge flows.
/// </summary>
public static class CountryStep
{
    public static Government Initialize(StepContext ctx, string country)
    {
        var p = ctx.P;
        return new Government(country)
        {
            Capability = country switch
            {
                Countries.China => (double[])p.InitialCapabilityCn.Clone(),
                Countries.Sweden => (double[])p.InitialCapabilitySe.Clone(),
                _ => [],
            },
            RobotDensity = country == Countries.China ? CatchUp.InitialRobotDensity(p, ctx.Clock.StartYear) : 0,
        };
    }

    /// <summary>Moves the government to <paramref name="tick"/> (nothing moves at tick 0) and reports it.</summary>
    public static CountryState Advance(StepContext ctx, Government g, int tick, KnowledgeFlows flows)
    {
        var p = ctx.P;
        if (tick > 0 && g.Capability.Length > 0)
        {
            var clock = ctx.Clock;
            var policy = PolicySchedule.Evaluate(ctx.Policies, p, clock.YearOf(tick), g.Country);
            var rng = ctx.Stream(EntityIds.Country(Countries.IndexOf(g.Country)), tick, RandomPurpose.CapabilityShock);
            // A modelled deal or R&D person-year stands for 1 / population.scale real ones, so national
            // dynamics do not depend on the sampling scale of the firm population.
            double perModelled = 1.0 / p.PopulationScale;
            if (g.Country == Countries.China)
            {
                g.RobotDensity = CatchUp.StepRobotDensity(p, g.RobotDensity, policy[PolicyLevers.AutomationSubsidy], clock.Dt);
                double readiness = CatchUp.Readiness(p, g.RobotDensity);
                foreach (var s in Sectors.All)
                    g.Capability[s.Index] = CatchUp.StepChina(p, s, g.Capability[s.Index], readiness, policy[PolicyLevers.AiPlan],
                        flows.AcquisitionsBySector[s.Index] * perModelled, flows.RdPersonYearsBySector[s.Index] * perModelled, clock.Dt, Normal.Sample(rng, 0, 1));
            }
            else
            {
                foreach (var s in Sectors.All)
                    g.Capability[s.Index] = CatchUp.StepSweden(p, g.Capability[s.Index], flows.SwedishHostedRdPersonYearsBySector[s.Index] * perModelled, clock.Dt, Normal.Sample(rng, 0, 1));
            }
        }
        return Report(ctx, g, tick);
    }

    /// <summary>The levers the government owns in force at <paramref name="tick"/>, and its capability.</summary>
    public static CountryState Report(StepContext ctx, Government g, int tick) =>
        new(g.Country,
            [.. PolicySchedule.Evaluate(ctx.Policies, ctx.P, ctx.Clock.YearOf(tick), g.Country).Values],
            [.. g.Capability],
            g.RobotDensity);
}
