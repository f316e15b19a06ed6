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
        var (window, windowError) = YearWindow.Resolve(settings.From, settings.Until, baseline.StartYear, baseline.EndYear);
        if (windowError is not null)
        {
            Console.Error.WriteLine($"error: {windowError}; nothing was run.");
            return ExitCodes.BadInput;
        }
        var groups = ParseGroups(settings.Groups);
        if (groups is null) return ExitCodes.BadInput;
        string outDir = settings.Out ?? ComparisonRunner.DefaultFolder(baseline.Name, scenarios.Select(s => s.Name));
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;

        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancellationToken);
        if (opened is null) return openExit;
        await using var cluster = opened;
        AnsiConsole.MarkupLine($"Comparing {scenarios.Count} scenario(s) with [bold]{Markup.Escape(baseline.Name)}[/]: {baseline.Replications} replications each, common seed {baseline.Seed}.");
        var names = await Experiments.WithProgress("runs", settings.Quiet,
            p => new ComparisonRunner(cluster.GrainFactory, cluster.Silos) { MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log, Groups = HeadlineTable.Groups(groups), Window = window, WriteMetrics = settings.WriteMetrics }.RunAsync(baseline, scenarios, outDir, p, cancellationToken));
        var given = new[] { baseline.Name }.Concat(scenarios.Select(s => s.Name)).ToArray();
        for (int i = 0; i < names.Count; i++)
            if (names[i] != given[i])
                Console.Error.WriteLine($"note: {(i == 0 ? settings.Baseline : settings.Scenarios[i - 1])}: another scenario compared is also named '{given[i]}'; its results are under the name '{names[i]}' (runs/scenario={names[i]}, the scenario column).");
        if (!settings.NoReport) ReportCommand.Write(outDir);
        PrintTable(outDir, names, groups, window ?? (baseline.StartYear, baseline.EndYear), window is not null);
        AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (comparison.csv{(window is null ? "" : ", " + ComparisonRunner.WindowFile)}, report.html, runs/).");
        return ExitCodes.Ok;
    }

    /// <summary>The region groups given with --group, or null after printing why one is not a group (exit 2 follows).</summary>
    internal static IReadOnlyList<Model.World.RegionGroup>? ParseGroups(IEnumerable<string> texts)
    {
        var groups = new List<Model.World.RegionGroup>();
        foreach (var text in texts)
        {
            if (Model.World.RegionGroup.Parse(text, out var error) is not { } g)
            {
                Console.Error.WriteLine($"error: --group {text}: {error}; nothing was written.");
                return null;
            }
            if (groups.All(x => x.Name != g.Name)) groups.Add(g);
        }
        return groups;
    }

    /// <summary>The console's comparison table: the headline indicators of the GSR and of every group, over the
    /// whole horizon (comparison-horizon.csv) or the --from/--until window (comparison-window.csv).</summary>
    internal static void PrintTable(string outDir, IReadOnlyList<string> names, IReadOnlyList<Model.World.RegionGroup> groups, (int From, int Until) years, bool windowed)
    {
        // Columns found by name; the headlines have no destination (an empty field).
        var file = CsvOut.ReadFile(Path.Combine(outDir, windowed ? ComparisonRunner.WindowFile : ComparisonRunner.HorizonFile));
        int Col(string name) => Array.IndexOf(file[0], name);
        int sc = Col("scenario"), me = Col("metric"), re = Col("region"), de = Col("destination"), se = Col("sector"),
            diff = Col("difference"), lo = Col("ci95_low"), hi = Col("ci95_high");
        var rows = file.Skip(1).ToLookup(f => (f[sc], f[me], f[re], f[de], f[se]));
        var table = new Table().Title($"Difference from the baseline, {YearWindow.Label(years)} (mean, 95% CI): flows summed over the years, stocks at the end of {years.Until}").AddColumn("Metric");
        foreach (var n in names.Skip(1)) table.AddColumn(new TableColumn(Markup.Escape(n)).RightAligned());
        foreach (var (label, unit, metric, region, destination, sector) in HeadlineTable.Definitions(groups, years.Until))
        {
            var cells = new List<string> { Markup.Escape($"{label} ({unit})") };
            foreach (var n in names.Skip(1))
            {
                var f = rows[(n, metric, region, destination, sector)].FirstOrDefault();
                cells.Add(f is null ? "-" : $"{Fmt(f[diff])} ({Fmt(f[lo])} .. {Fmt(f[hi])})");
            }
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
    }

    /// <summary>A difference as the report writes it (<see cref="Reporting.Fmt.Signed"/>).</summary>
    private static string Fmt(string s) => s.Length == 0 ? "n/a" :
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? Reporting.Fmt.Signed(v) : s;
}
