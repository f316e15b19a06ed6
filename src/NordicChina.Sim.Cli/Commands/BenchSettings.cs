using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class BenchSettings : CommandSettings
{
    [CommandOption("--scenario <FILE>")]
    [Description("Baseline scenario (default scenarios/baseline.yaml).")]
    [DefaultValue("scenarios/baseline.yaml")]
    public string Scenario { get; init; } = "scenarios/baseline.yaml";

    [CommandOption("--replications <N>")]
    [Description("Replications of the baseline run (default 20).")]
    [DefaultValue(20)]
    public int Replications { get; init; } = 20;

    [CommandOption("--silos <N>")]
    [Description("Silos of the embedded cluster (default 1).")]
    [DefaultValue(1)]
    public int Silos { get; init; } = 1;

    [CommandOption("--ping-seconds <S>")]
    [Description("How long to measure raw grain calls (default 5).")]
    [DefaultValue(5)]
    public int PingSeconds { get; init; } = 5;

    [CommandOption("--scaling-years <N>")]
    [Description("Simulated years of each population-scaling run (default 5).")]
    [DefaultValue(5)]
    public int ScalingYears { get; init; } = 5;

    public override ValidationResult Validate() =>
        Replications < 1 ? ValidationResult.Error("--replications must be 1 or more")
        : ExperimentSettings.CheckSilos(Silos) is { Successful: false } silos ? silos
        : PingSeconds < 1 ? ValidationResult.Error("--ping-seconds must be 1 or more")
        : ScalingYears < 1 ? ValidationResult.Error("--scaling-years must be 1 or more")
        : ValidationResult.Success();
}
