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
    [Description("Replications of the baseline run measured on both drivers (default 20; the README also gives 320).")]
    [DefaultValue(20)]
    public int Replications { get; init; } = 20;

    [CommandOption("--silos <N>")]
    [Description("Silos of the embedded cluster (default 1).")]
    [DefaultValue(1)]
    public int Silos { get; init; } = 1;

    [CommandOption("--scaling <AGENTS>")]
    [Description("Comma-separated populations for the cost per agent-step, one replication each (default 1000,10000,100000,1000000).")]
    [DefaultValue("1000,10000,100000,1000000")]
    public string Scaling { get; init; } = "1000,10000,100000,1000000";

    [CommandOption("--scaling-steps <N>")]
    [Description("Agent-steps each scaling run aims at (default 80000000): its simulated years are this ÷ (agents x ticks per year), from 4 to the scenario's horizon, so initialisation weighs little.")]
    [DefaultValue(80_000_000L)]
    public long ScalingSteps { get; init; } = 80_000_000;

    [CommandOption("--large-agents <N>")]
    [Description("Agents of the one large replication whose use of the cores is measured (default 800000; 0 skips it).")]
    [DefaultValue(800_000L)]
    public long LargeAgents { get; init; } = 800_000;

    [CommandOption("--large-years <N>")]
    [Description("Simulated years of the large replication (default 2).")]
    [DefaultValue(2)]
    public int LargeYears { get; init; } = 2;

    [CommandOption("--repeat <N>")]
    [Description("Runs of each measurement per driver, drivers alternating; the fastest counts (default 3).")]
    [DefaultValue(3)]
    public int Repeat { get; init; } = 3;

    [CommandOption("--ping-seconds <S>")]
    [Description("How long to measure raw grain calls (default 3).")]
    [DefaultValue(3)]
    public int PingSeconds { get; init; } = 3;

    [CommandOption("--explorer")]
    [Description("Measure the web explorer's responsiveness instead (nordicsim explore's server in this process, driven over HTTP as its page drives it): the time from pressing Run to the first chart update and the chart updates per second during a run of --scenario with --replications, best of --repeat runs after a warm-up. The engine's measurements are skipped.")]
    public bool Explorer { get; init; }

    public long[] ScalingAgents() => [.. Scaling.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => long.Parse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture))];

    public override ValidationResult Validate()
    {
        if (Replications is < 1 or > 10_000) return ValidationResult.Error("--replications must be between 1 and 10000");
        if (ExperimentSettings.CheckSilos(Silos) is { Successful: false } silos) return silos;
        if (Repeat is < 1 or > 20) return ValidationResult.Error("--repeat must be between 1 and 20");
        if (PingSeconds is < 1 or > 600) return ValidationResult.Error("--ping-seconds must be between 1 and 600");
        if (ScalingSteps is < 1_000 or > 10_000_000_000) return ValidationResult.Error("--scaling-steps must be between 1000 and 10000000000");
        if (LargeYears is < 1 or > 100) return ValidationResult.Error("--large-years must be between 1 and 100");
        if (LargeAgents is < 0 or > 20_000_000) return ValidationResult.Error("--large-agents must be between 0 and 20000000");
        try
        {
            var agents = ScalingAgents();
            if (agents.Length == 0 || agents.Any(a => a is < 100 or > 20_000_000))
                return ValidationResult.Error("--scaling takes populations between 100 and 20000000, separated by commas");
        }
        catch (FormatException) { return ValidationResult.Error("--scaling takes whole numbers separated by commas, e.g. 1000,10000"); }
        catch (OverflowException) { return ValidationResult.Error("--scaling takes whole numbers separated by commas, e.g. 1000,10000"); }
        return ValidationResult.Success();
    }
}
