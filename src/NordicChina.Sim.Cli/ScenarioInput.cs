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
            return ScenarioLoader.Load(path);
        }
        catch (ScenarioException ex)
        {
            foreach (var e in ex.Errors) Console.Error.WriteLine($"error: {e}");
            Console.Error.WriteLine($"{path}: {ex.Errors.Count} problem(s); nothing was run.");
            return null;
        }
    }

    public static void Describe(ScenarioDefinition s)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(s.Name)}[/]: {s.StartYear}-{s.EndYear}, {s.TicksPerYear} ticks a year, seed {s.Seed}, {s.Replications} replication(s), {s.Policies.Count} policy entries, {s.Parameters.Overrides().Count} parameter override(s).");
    }
}
