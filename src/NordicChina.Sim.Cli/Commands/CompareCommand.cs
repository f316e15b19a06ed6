using System.Globalization;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim compare: scenarios against a baseline with common random numbers, differences with 95% CIs.</summary>
public sealed class CompareCommand : AsyncCommand<CompareSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        var baseline = Experiments.Scenario(settings.Baseline, settings.Replications);
        if (baseline is null) return ExitCodes.BadInput;
        var (ensemble, ensembleOk) = Experiments.Uncertainty(settings);
        if (!ensembleOk) return ExitCodes.BadInput;
        baseline = baseline.WithUncertainty(ensemble);
        var scenarios = new List<Model.Scenarios.ScenarioDefinition>();
        foreach (var path in settings.Scenarios)
        {
            var s = ScenarioInput.Load(path);
            if (s is null) return ExitCodes.BadInput;
            if (s.StartYear != baseline.StartYear || s.EndYear != baseline.EndYear || s.TicksPerYear != baseline.TicksPerYear)
            {
                Console.Error.WriteLine($"error: {path}: years {s.StartYear}-{s.EndYear} x {s.TicksPerYear} differ from the baseline's {baseline.StartYear}-{baseline.EndYear} x {baseline.TicksPerYear}; compare scenarios over the same horizon.");
                return ExitCodes.BadInput;
            }
            scenarios.Add(s);
        }
        // Every run's size (population and results in memory, with the baseline's replications) checked before any runs.
        foreach (var (path, s) in new[] { (settings.Baseline, baseline) }.Concat(settings.Scenarios.Zip(scenarios)))
            if (Scenarios.ScenarioLoader.CheckSize(s with { Replications = baseline.Replications, Uncertainty = baseline.Uncertainty }) is { } tooLarge)
            {
                Console.Error.WriteLine($"error: {path}: with --replications {baseline.Replications}: {tooLarge}; nothing was run.");
                return ExitCodes.BadInput;
            }
        string outDir = settings.Out ?? Path.Combine("results", "compare-" + baseline.Name);
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;

        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancellationToken);
        if (opened is null) return openExit;
        await using var cluster = opened;
        AnsiConsole.MarkupLine($"Comparing {scenarios.Count} scenario(s) with [bold]{Markup.Escape(baseline.Name)}[/]: {baseline.Replications} replications each, common seed {baseline.Seed}.");
        var names = await Experiments.WithProgress("runs", settings.Quiet,
            p => new ComparisonRunner(cluster.GrainFactory, cluster.Silos) { MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log }.RunAsync(baseline, scenarios, outDir, p, cancellationToken));
        if (!settings.NoReport) ReportCommand.Write(outDir);
        PrintTable(outDir, names);
        AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (comparison.csv, report.html, runs/).");
        return ExitCodes.Ok;
    }

    private static readonly (string Metric, string Region, string Sector, string Label)[] Headlines =
    [
        ("fdi.total.value", "all", "all", "Chinese FDI, all hosts (EUR m)"),
        ("fdi.total.value", "GSR", "all", "Chinese FDI into the GSR (EUR m)"),
        ("rdcentres.opened", "GSR", "all", "R&D centres opened in the GSR"),
        ("jobs.rd_centres", "GSR", "all", "R&D-centre jobs created in the GSR"),
        ("talent.net_migration", "GSR", "all", "Net talent migration into the GSR"),
        ("window.closing_year", "all", "heavy", "Heavy-industry window closing year"),
    ];

    private static void PrintTable(string outDir, IReadOnlyList<string> names)
    {
        // comparison-horizon.csv, its columns found by name; the headlines have no destination (an empty field).
        var file = CsvOut.ReadFile(Path.Combine(outDir, ComparisonRunner.HorizonFile));
        int Col(string name) => Array.IndexOf(file[0], name);
        int sc = Col("scenario"), me = Col("metric"), re = Col("region"), de = Col("destination"), se = Col("sector"),
            diff = Col("difference"), lo = Col("ci95_low"), hi = Col("ci95_high");
        var rows = file.Skip(1).Where(f => f[de].Length == 0).ToLookup(f => (f[sc], f[me], f[re], f[se]));
        var table = new Table().Title("Difference from the baseline over the whole horizon (mean, 95% CI)").AddColumn("Metric");
        foreach (var n in names.Skip(1)) table.AddColumn(new TableColumn(Markup.Escape(n)).RightAligned());
        foreach (var (metric, region, sector, label) in Headlines)
        {
            var cells = new List<string> { Markup.Escape(label) };
            foreach (var n in names.Skip(1))
            {
                var f = rows[(n, metric, region, sector)].FirstOrDefault();
                cells.Add(f is null ? "-" : $"{Fmt(f[diff])} ({Fmt(f[lo])} .. {Fmt(f[hi])})");
            }
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
    }

    private static string Fmt(string s) => s.Length == 0 ? "n/a" :
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v.ToString(Math.Abs(v) >= 100 ? "N0" : "G3", CultureInfo.InvariantCulture) : s;
}
