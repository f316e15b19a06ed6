using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim sensitivity: Morris or Sobol indices of chosen outputs over the parameters' plausible ranges and,
/// as factors beside them, policy levers' intensities (lever.&lt;name&gt;[.&lt;from&gt;-&lt;to&gt;].intensity).</summary>
public sealed class SensitivityCommand : AsyncCommand<SensitivitySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SensitivitySettings settings, CancellationToken cancellationToken)
    {
        if (settings.Screening) return await SensitivityScreening.ExecuteAsync(settings, cancellationToken);
        var scenario = Experiments.Scenario(settings.Scenario, settings.Replications);
        if (scenario is null) return ExitCodes.BadInput;
        var method = settings.Method == "sobol" ? SensitivityMethod.Sobol : SensitivityMethod.Morris;
        int samples = settings.Samples ?? (method == SensitivityMethod.Morris ? 10 : 16);
        string outDir = settings.Out ?? Path.Combine("results", $"{scenario.Name}-{settings.Method}");
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;
        try
        {
            var ranges = SensitivityRunner.Ranges(settings.All ? null : settings.Params!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var outputs = settings.Outputs is null ? OutputSpec.Defaults
                : settings.Outputs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(OutputSpec.Parse).ToArray();
            int points = SensitivityRunner.CheckDesignSize(method, samples, ranges.Count);
            SensitivityRunner.CheckYears(scenario, ranges);
            foreach (var r in settings.All ? [] : ranges)   // the factors the user named (not every policy default of --all)
                if (LeverAxis.DefaultNote(scenario, r.Name) is { } note) Console.Error.WriteLine($"note: {note}.");
            var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancellationToken);
            if (opened is null) return openExit;
            await using var cluster = opened;
            int levers = ranges.Count(r => LeverAxis.IsLever(r.Name));
            AnsiConsole.MarkupLine($"{settings.Method} analysis of [bold]{Markup.Escape(scenario.Name)}[/]: {ranges.Count - levers} parameters"
                + (levers > 0 ? $" and {levers} lever(s)" : "") + $", {points} runs x {scenario.Replications} replications.");
            await Experiments.WithProgress("runs", settings.Quiet, async p =>
            {
                await new SensitivityRunner(cluster.GrainFactory, cluster.Silos) { MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log }.RunAsync(scenario, method, samples, ranges, outputs, outDir, settings.Resume, p, cancellationToken);
                return 0;
            });
            ReportCommand.Write(outDir);
            PrintTables(outDir, method);
            AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (sensitivity.csv, points.csv, report.html).");
            return ExitCodes.Ok;
        }
        catch (ExperimentInputException ex) { return Experiments.BadInput(ex); }
    }

    /// <summary>Factors listed in one output's console table; sensitivity.csv and report.html have them all.</summary>
    private const int MaxRows = 15;

    /// <summary>One table per output: the factors ranked as in the report (<see cref="Reporting.SensitivityRanking"/>),
    /// with mu* (95% CI), sigma and mu for Morris, or S1 and ST with their 95% CIs for Sobol, read from sensitivity.csv.</summary>
    internal static void PrintTables(string outDir, SensitivityMethod method)
    {
        var file = Hosting.Output.CsvOut.ReadFile(Path.Combine(outDir, "sensitivity.csv"));
        int Col(string name) => Array.IndexOf(file[0], name);
        int ou = Col("output"), pa = Col("parameter"), ix = Col("index"), va = Col("value"), lo = Col("ci95_low"), hi = Col("ci95_high");
        static double Number(string s) => s.Length == 0 ? double.NaN : double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        bool morris = method == SensitivityMethod.Morris;
        string primary = Reporting.SensitivityRanking.PrimaryIndex(morris ? "morris" : "sobol");
        foreach (var output in file.Skip(1).GroupBy(f => f[ou]))
        {
            var cell = output.ToDictionary(f => (f[pa], f[ix]), f => (Value: Number(f[va]), Low: Number(f[lo]), High: Number(f[hi])));
            var factors = Reporting.SensitivityRanking.Order(output.Select(f => f[pa]).Distinct()
                .Select(p => (p, cell.TryGetValue((p, primary), out var v) ? v.Value : double.NaN)));
            string[] indices = morris ? ["mu_star", "sigma", "mu"] : ["S1", "ST"];
            bool[] withCi = morris ? [true, false, false] : [true, true];
            string title = Reporting.SensitivityRanking.OutputTitle(output.Key);
            var table = new Table().Title(Markup.Escape($"{(morris ? "Morris" : "Sobol")}, {(title == output.Key ? title : $"{title} ({output.Key})")}: factors by {(morris ? "mu*" : "S1")}"))
                .AddColumn(new TableColumn("#").RightAligned()).AddColumn(new TableColumn("Factor").NoWrap());
            foreach (var (index, ci) in indices.Zip(withCi))
            {
                table.AddColumn(new TableColumn(index == "mu_star" ? "mu*" : index).RightAligned());
                if (ci) table.AddColumn(new TableColumn("95% CI").RightAligned());
            }
            foreach (var (factor, rank) in factors.Take(MaxRows).Select((f, i) => (f, i + 1)))
            {
                var cells = new List<string> { rank.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(factor) };
                foreach (var (index, ci) in indices.Zip(withCi))
                {
                    var v = cell.TryGetValue((factor, index), out var x) ? x : (Value: double.NaN, Low: double.NaN, High: double.NaN);
                    cells.Add(Reporting.Fmt.Number(v.Value));
                    if (ci) cells.Add(Markup.Escape(Reporting.Fmt.Interval(v.Low, v.High)));   // "low to high", as the report
                }
                table.AddRow(cells.ToArray());
            }
            AnsiConsole.Write(table);
            if (factors.Count > MaxRows) AnsiConsole.MarkupLine($"The {MaxRows} most influential of {factors.Count} factors; sensitivity.csv and report.html have them all.");
        }
    }
}
