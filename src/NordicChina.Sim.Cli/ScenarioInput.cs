using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;
using Spectre.Console;

namespace NordicChina.Sim.Cli;

/// <summary>Loads a scenario for a command, printing every problem with file, line and field.</summary>
public static class ScenarioInput
{
    public static ScenarioDefinition? Load(string path)
    {
        try
        {
            var scenario = ScenarioLoader.Load(path);
            foreach (var w in ScenarioWarnings.Of(path, scenario)) Console.Error.WriteLine($"warning: {w}");
            return scenario;
        }
        catch (ScenarioException ex)
        {
            Report(path, ex);
            return null;
        }
    }

    /// <summary>Prints a loader's errors (the first <see cref="ScenarioException.MaxReported"/>, then how many more)
    /// and the count line.</summary>
    public static void Report(string path, ScenarioException ex)
    {
        foreach (var e in ex.Errors) Console.Error.WriteLine($"error: {e}");
        if (ex.MoreLine is { } more) Console.Error.WriteLine(more);
        Console.Error.WriteLine($"{path}: {ex.Total} problem(s); nothing was run.");
    }

    public static void Describe(ScenarioDefinition s)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(s.Name)}[/]: {s.StartYear}-{s.EndYear}, {s.TicksPerYear} ticks a year, seed {s.Seed}, {s.Replications} replication(s), {s.Policies.Count} policy entries, {s.Parameters.Overrides().Count} parameter override(s).");
    }
}
