using System.Diagnostics.Metrics;

namespace NordicChina.Sim.Grains;

/// <summary>The project's meter. Exported with Orleans' own "Microsoft.Orleans" meter when --otel is on.
/// Units are UCUM (as OpenTelemetry asks): counts are dimensionless with a curly-brace annotation ({tick}, {deal},
/// {person}, …); money has no UCUM unit, so the FDI value is <c>10*6{EUR}</c>, 10⁶ (UCUM's <c>10*6</c>) annotated
/// EUR, i.e. millions of euros, the unit of the fdi.*.value metrics (written "EUR m" in docs/metrics.md).</summary>
public static class SimulationTelemetry
{
    public const string MeterName = "NordicChina.Sim";

    /// <summary>UCUM for millions of euros: 10^6 (<c>10*6</c>) with the annotation <c>{EUR}</c>.</summary>
    public const string FdiValueUnit = "10*6{EUR}";

    private static readonly Meter Meter = new(MeterName, typeof(SimulationTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Counter<long> Ticks = Meter.CreateCounter<long>("nordicsim.ticks", "{tick}", "Ticks completed by replication coordinators.");
    public static readonly Counter<long> AgentSteps = Meter.CreateCounter<long>("nordicsim.agent_steps", "{step}", "Agent steps executed (one agent processed in one tick).");
    public static readonly Counter<long> Deals = Meter.CreateCounter<long>("nordicsim.fdi.deals", "{deal}", "Completed Chinese FDI deals.");
    public static readonly Counter<double> FdiValue = Meter.CreateCounter<double>("nordicsim.fdi.value", FdiValueUnit, "Chinese FDI value, millions of euros.");
    public static readonly Counter<long> Migrants = Meter.CreateCounter<long>("nordicsim.talent.migrants", "{person}", "Accepted migrants.");
    /// <summary>Counts one tick's deals, FDI value and migrants.</summary>
    public static void Record(NordicChina.Sim.Model.Schedule.TickOutcome tick)
    {
        Ticks.Add(1);
        Deals.Add(tick.FdiDeals);
        FdiValue.Add(tick.FdiValueEurM);
        Migrants.Add(tick.Migrants);
    }

    public static readonly Counter<long> Checkpoints = Meter.CreateCounter<long>("nordicsim.checkpoints", "{checkpoint}", "Replication checkpoints written to grain storage.");
}
