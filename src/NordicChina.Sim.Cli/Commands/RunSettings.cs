using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class RunSettings : WindowedRunSettings
{
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML), e.g. scenarios/baseline.yaml.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--seed <N>")]
    [Description("Overrides the scenario's seed.")]
    public long? Seed { get; init; }

    [CommandOption("--run-id <ID>")]
    [Description("With --cluster: the id its checkpoints are kept under, for 'nordicsim resume <ID>' (default: made from the scenario name and the time).")]
    public string? RunId { get; init; }

    [CommandOption("--otel <EXPORTER>")]
    [Description("Also export the run's metrics through OpenTelemetry: 'console'.")]
    public string? Otel { get; init; }

    public override ValidationResult Validate()
    {
        if (Seed is < 0) return ValidationResult.Error("--seed must be 0 or more");
        var shared = base.Validate();
        if (!shared.Successful) return shared;
        if (RunId is not null && Cluster is null) return ValidationResult.Error("--run-id needs --cluster (checkpoints are kept in the cluster's store)");
        if (RunId is not null && !System.Text.RegularExpressions.Regex.IsMatch(RunId, "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")) return ValidationResult.Error("--run-id: letters, digits, '.', '_' and '-' only (at most 100)");
        if (Cluster is not null && Otel is not null) return ValidationResult.Error("--otel is for the embedded cluster; a real cluster's silos export by Telemetry:Exporter in their configuration");
        if (Otel is not null && Otel != "console") return ValidationResult.Error("--otel takes 'console'");
        return ValidationResult.Success();
    }
}
