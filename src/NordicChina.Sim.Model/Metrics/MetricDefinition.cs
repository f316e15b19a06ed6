namespace NordicChina.Sim.Model.Metrics;

/// <summary>One output metric: name, unit, aggregation kind, what the region and sector columns hold, meaning.</summary>
public sealed record MetricDefinition(int Id, string Name, string Unit, MetricKind Kind, string Breakdown, string Description);
