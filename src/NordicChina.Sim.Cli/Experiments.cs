using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Model.Scenarios;
using Spectre.Console;

namespace NordicChina.Sim.Cli;

/// <summary>What the experiment commands share: loading the scenario with overrides, reporting bad options
/// (exit 2), and a progress bar with time left.</summary>
public static class Experiments
{
    /// <summary>Loads the scenario and applies --replications; null (after printing why) when the input is bad.</summary>
    public static ScenarioDefinition? Scenario(string path, int? replications)
    {
        var s = ScenarioInput.Load(path);
        if (s is null) return null;
        if (replications is { } r) s = s.WithReplications(r);
        return s;
    }

    /// <summary>The ensemble --parameter-uncertainty asks for: (null, true) when the option is absent, the ensemble and true
    /// when it loads, (null, false) after printing every problem as file:line:column: field: message (exit 2 follows).</summary>
    public static (Model.Parameters.ParameterUncertainty? Ensemble, bool Ok) Uncertainty(Commands.ParameterUncertaintySettings settings)
    {
        if (settings.ParameterUncertainty is not { IsSet: true } option) return (null, true);
        string? path = string.IsNullOrEmpty(option.Value) ? null : option.Value;
        try
        {
            var ensemble = path is null ? Hosting.Uncertainty.ParameterEnsemble.Shipped() : Hosting.Uncertainty.ParameterEnsemble.Load(path);
            AnsiConsole.MarkupLine($"Parameter uncertainty: {ensemble.Members} member(s) of {ensemble.Names.Length} parameter(s) from {Markup.Escape(path ?? "the shipped ensemble")}; replications 2k and 2k+1 share a member.");
            return (ensemble, true);
        }
        catch (Scenarios.ScenarioException ex)
        {
            ScenarioInput.Report(path ?? Hosting.Uncertainty.ParameterEnsemble.ShippedFile, ex);
            return (null, false);
        }
    }

    /// <summary>True when results may be written to <paramref name="outDir"/>; otherwise prints why (exit 2 follows).</summary>
    public static bool OutputAllowed(string outDir)
    {
        if (Hosting.Output.OutputFolder.CheckTarget(outDir) is { } problem)
        {
            Console.Error.WriteLine($"error: {problem}; nothing was run.");
            return false;
        }
        // Held until the program ends: a second nordicsim writing the same folder is refused.
        var held = Hosting.Output.OutputLock.TryAcquire(outDir);
        if (held is null)
        {
            Console.Error.WriteLine($"error: --out {outDir}: another nordicsim process is writing this folder ({Hosting.Output.OutputLock.PathFor(outDir)} is locked); nothing was run.");
            return false;
        }
        lock (Locks) Locks.Add(held);
        return true;
    }

    private static readonly List<Hosting.Output.OutputLock> Locks = [];

    /// <summary>Releases the output folders' locks (at the program's end).</summary>
    public static void ReleaseOutputs()
    {
        lock (Locks)
        {
            foreach (var l in Locks) l.Dispose();
            Locks.Clear();
        }
    }

    public static int BadInput(ExperimentInputException ex)
    {
        Console.Error.WriteLine($"error: {ex.Message}");
        Console.Error.WriteLine("nothing was run.");
        return ExitCodes.BadInput;
    }

    /// <summary>Runs <paramref name="work"/> with a progress bar of points (with estimated time left) when the console is interactive.</summary>
    public static async Task<T> WithProgress<T>(string label, bool quiet, Func<IProgress<ExperimentProgress>?, Task<T>> work)
    {
        if (quiet || !AnsiConsole.Profile.Capabilities.Interactive) return await work(null);
        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label, maxValue: 1);
                using var cancelling = Interruption.Token.Register(() => task.Description = $"{label}: cancelling");
                var progress = new Progress<ExperimentProgress>(p => { task.MaxValue = Math.Max(1, p.Points); task.Value = p.PointsDone; });
                var result = await work(progress);
                task.Value = task.MaxValue;
                return result;
            });
    }
}
