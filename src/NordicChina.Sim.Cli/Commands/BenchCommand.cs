using System.Diagnostics;
using System.Globalization;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Model.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>
/// nordicsim bench: the Orleans engine against the direct driver (the same steps in one process without Orleans,
/// the limit of this machine) on the baseline, the cost per agent-step over populations, and how much of the
/// machine one large replication uses. Each figure is printed beside its limit (README.md, "Performance").
/// </summary>
public sealed class BenchCommand : AsyncCommand<BenchSettings>
{
    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);

    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160;   // a file or pipe keeps the table's rows whole
        var baseline = ScenarioInput.Load(settings.Scenario);
        if (baseline is null) return ExitCodes.BadInput;

        await using var cluster = await EmbeddedCluster.StartAsync(settings.Silos);
        if (settings.Explorer) return await ExplorerBench.RunAsync(cluster, settings, cancellationToken);
        var engine = new Benchmark.Driver("Orleans engine", new ScenarioRunner(cluster.GrainFactory), settings.Silos);
        var direct = new Benchmark.Driver("direct driver", new ScenarioRunner(new DirectReplicationEngine()), 1);

        AnsiConsole.MarkupLine($"Benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, engine on {settings.Silos} embedded silo(s).");
        // Warm up both drivers on the whole horizon, so the JIT's tiered recompilation of the shared model code is
        // done before anything is measured; then every figure is the best of --repeat runs, drivers alternating.
        var warm = baseline.WithReplications(Math.Min(settings.Replications, 4));
        for (int i = 0; i < 2; i++)
        {
            await engine.MeasureAsync(warm, cancellationToken);
            await direct.MeasureAsync(warm, cancellationToken);
        }
        async Task<(Benchmark.Measurement Engine, Benchmark.Measurement Direct)> Both(ScenarioDefinition s)
        {
            Benchmark.Measurement? e = null, d = null;
            for (int i = 0; i < settings.Repeat; i++)
            {
                var re = await engine.MeasureAsync(s, cancellationToken);
                var rd = await direct.MeasureAsync(s, cancellationToken);
                if (e is null || re.WallSeconds < e.WallSeconds) e = re;
                if (d is null || rd.WallSeconds < d.WallSeconds) d = rd;
            }
            return (e!, d!);
        }

        var table = new Table().Title("nordicsim bench").AddColumn("Measure").AddColumn(new TableColumn("Orleans engine").RightAligned())
            .AddColumn(new TableColumn("Direct driver").RightAligned()).AddColumn(new TableColumn("Engine ÷ direct").RightAligned()).AddColumn("Limit");

        // 1. The baseline with N replications on both drivers.
        var scenario = baseline.WithReplications(settings.Replications);
        var (e, d) = await Both(scenario);
        string limit = settings.Replications >= 320 ? "≤ 1.15" : "≤ 1.25";
        table.AddRow($"Baseline, {settings.Replications} replications x {e.Ticks} ticks ({e.Agents:N0} agents): wall seconds",
            F(e.WallSeconds, "F2"), F(d.WallSeconds, "F2"), F(e.WallSeconds / d.WallSeconds, "F2"), limit);
        table.AddRow("  CPU seconds", F(e.CpuSeconds, "F2"), F(d.CpuSeconds, "F2"), F(e.CpuSeconds / d.CpuSeconds, "F2"), "");
        table.AddRow("  agent-steps per second", F(e.StepsPerSecond, "N0"), F(d.StepsPerSecond, "N0"), F(d.StepsPerSecond / e.StepsPerSecond, "F2"), "");
        table.AddRow("  managed heap after the run (MB)", F(e.HeapMegabytes, "N0"), F(d.HeapMegabytes, "N0"), "", "");
        table.AddRow("  allocated (MB) / garbage collections", $"{F(e.AllocatedMegabytes, "N0")} / {e.Collections}", $"{F(d.AllocatedMegabytes, "N0")} / {d.Collections}", "", "");

        // 2. Cost per agent-step over populations (one replication each).
        var costs = new List<(long Target, double Engine, double Direct)>();
        // Small populations run as many replications at once as keep the machine busy (about 200,000 agents in all),
        // as the baseline does; each run aims at --scaling-steps agent-steps, so start-up weighs little.
        foreach (long target in settings.ScalingAgents())
        {
            int horizon = baseline.EndYear - baseline.StartYear + 1;
            int replications = (int)Math.Max(1, Math.Ceiling(200_000.0 / target));
            int years = (int)Math.Clamp(Math.Ceiling(settings.ScalingSteps / (double)(target * replications * baseline.TicksPerYear)), Math.Min(4, horizon), horizon);
            var s = Benchmark.WithAgents(baseline, target).WithReplications(replications) with { EndYear = baseline.StartYear + years - 1 };
            var (re, rd) = await Both(s);
            costs.Add((target, re.MicrosecondsPerStep, rd.MicrosecondsPerStep));
            table.AddRow($"Cost per agent-step (wall), ~{target:N0} agents ({re.Agents:N0}; {replications} replication(s) x {re.Ticks} ticks)",
                F(re.MicrosecondsPerStep, "F3") + " µs", F(rd.MicrosecondsPerStep, "F3") + " µs", F(re.MicrosecondsPerStep / rd.MicrosecondsPerStep, "F2"), "");
        }
        var fromTenThousand = costs.Where(c => c.Target >= 10_000).ToArray();
        if (fromTenThousand.Length >= 2)
            table.AddRow("Cost per agent-step, largest ÷ smallest from ~10,000 agents up",
                F(fromTenThousand.Max(c => c.Engine) / fromTenThousand.Min(c => c.Engine), "F2"),
                F(fromTenThousand.Max(c => c.Direct) / fromTenThousand.Min(c => c.Direct), "F2"), "", "≤ 1.3");

        // 3. One large replication: does it use both cores?
        if (settings.LargeAgents > 0)
        {
            var s = Benchmark.WithAgents(baseline, settings.LargeAgents).WithReplications(1) with { EndYear = baseline.StartYear + settings.LargeYears - 1 };
            var (re, rd) = await Both(s);
            table.AddRow($"One replication of {re.Agents:N0} agents x {re.Ticks} ticks: CPU ÷ wall",
                F(re.CpuSeconds / re.WallSeconds, "F2"), F(rd.CpuSeconds / rd.WallSeconds, "F2"), F(re.WallSeconds / rd.WallSeconds, "F2"),
                Environment.ProcessorCount >= 2 ? "≥ 1.6 (2 cores)" : "");
        }

        double ping = await Benchmark.PingThroughputAsync(cluster.GrainFactory, TimeSpan.FromSeconds(settings.PingSeconds));
        table.AddRow("Raw grain calls per second (ping grain, 256 in flight), for reference", F(ping, "N0"), "", "", "");
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
