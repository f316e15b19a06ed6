using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class RunSettings : CommandSettings
{
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML), e.g. scenarios/baseline.yaml.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Output folder (default: results/<scenario name>). Replaced only when the run succeeds.")]
    public string? Out { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Overrides the scenario's seed.")]
    public long? Seed { get; init; }

    [CommandOption("--replications <N>")]
    [Description("Overrides the scenario's number of replications.")]
    public int? Replications { get; init; }

    [CommandOption("--silos <N>")]
    [Description("Silos of the embedded localhost cluster (default 1).")]
    [DefaultValue(1)]
    public int Silos { get; init; } = 1;

    [CommandOption("--otel <EXPORTER>")]
    [Description("Also export the run's metrics through OpenTelemetry: 'console'.")]
    public string? Otel { get; init; }

    [CommandOption("--quiet")]
    [Description("No progress bar (for scripts).")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate()
    {
        if (Seed is < 0) return ValidationResult.Error("--seed must be 0 or more");
        if (Replications is < 1 or > Scenarios.ScenarioLoader.MaxReplications) return ValidationResult.Error($"--replications must be between 1 and {Scenarios.ScenarioLoader.MaxReplications}");
        if (Silos is < 1 or > 16) return ValidationResult.Error("--silos must be between 1 and 16");
        if (Otel is not null && Otel != "console") return ValidationResult.Error("--otel takes 'console'");
        return ValidationResult.Success();
    }
}
