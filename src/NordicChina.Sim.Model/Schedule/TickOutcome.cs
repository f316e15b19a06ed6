using NordicChina.Sim.Model.Exchange;

namespace NordicChina.Sim.Model.Schedule;

/// <summary>One tick's metrics in canonical order, the agent-steps it took, and the figures the telemetry counts.</summary>
public sealed record TickOutcome(MetricBatch Metrics, long AgentSteps, int FdiDeals, double FdiValueEurM, long Migrants);
