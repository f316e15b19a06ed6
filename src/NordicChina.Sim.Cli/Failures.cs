using System.Text.RegularExpressions;
using NordicChina.Sim.Cli.Commands;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Cli;

/// <summary>How the program reports what went wrong: one line <c>nordicsim: message</c>, the .NET trace only with the
/// global <c>--verbose</c> option; option values the command-line library cannot convert are named with their range.</summary>
public static partial class Failures
{
    public const string VerboseOption = "--verbose";

    /// <summary>Removes the global <c>--verbose</c> option (anywhere before a <c>--</c>) from <paramref name="args"/>.</summary>
    public static (string[] Args, bool Verbose) TakeVerbose(string[] args)
    {
        int end = Array.IndexOf(args, "--");
        if (end < 0) end = args.Length;
        bool verbose = args.Take(end).Contains(VerboseOption);
        return (args.Take(end).Where(a => a != VerboseOption).Concat(args.Skip(end)).ToArray(), verbose);
    }

    /// <summary>The valid values of the numeric options, for messages on values that do not convert.</summary>
    private static readonly Dictionary<string, string> Ranges = new(StringComparer.Ordinal)
    {
        ["--seed"] = $"a whole number from 0 to {long.MaxValue}",
        ["--replications"] = $"a whole number from 1 to {ScenarioLoader.MaxReplications}",
        ["--silos"] = $"a whole number from 1 to {ExperimentSettings.MaxSilos}",
        ["--samples"] = $"a whole number from 2 to {int.MaxValue}",
        ["--scaling-steps"] = "a whole number from 1000 to 10000000000",
        ["--large-agents"] = "a whole number from 0 to 20000000",
        ["--large-years"] = "a whole number from 1 to 100",
        ["--repeat"] = "a whole number from 1 to 20",
        ["--ping-seconds"] = "a whole number from 1 to 600",
    };

    [GeneratedRegex("^Failed to convert '(?<value>.*)' to ", RegexOptions.Singleline)]
    private static partial Regex ConversionFailed();

    /// <summary>The message for a command-line error: a value that did not convert names its option and valid range.</summary>
    public static string CommandLine(string message, string[] args)
    {
        var m = ConversionFailed().Match(message);
        if (!m.Success) return message;
        string value = m.Groups["value"].Value;
        string? option = null;
        for (int i = 1; i < args.Length && option is null; i++)
            if (args[i] == value && args[i - 1].StartsWith("--", StringComparison.Ordinal)) option = args[i - 1];
        for (int i = 0; i < args.Length && option is null; i++)
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Split('=', 2) is [var name, var v] && v == value) option = name;
        if (option is not null)
            return $"{option}: '{value}' is not valid; give {Ranges.GetValueOrDefault(option, "a value of the option's type")}";
        // A numeric option given last, or followed by another option, has no value.
        for (int i = args.Length - 1; i >= 0; i--)
            if (Ranges.TryGetValue(args[i], out var range) && (i == args.Length - 1 || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                return $"{args[i]}: needs a value; give {range}";
        return $"an option's value '{value}' is not valid (see --help for the option's values)";
    }

    /// <summary>One line for an unexpected failure; the whole exception with <paramref name="verbose"/>.</summary>
    public static string Unexpected(Exception ex, bool verbose)
    {
        if (verbose) return ex.ToString();
        while (ex is AggregateException { InnerExceptions.Count: 1 } or System.Reflection.TargetInvocationException && ex.InnerException is not null)
            ex = ex.InnerException;
        string first = ex.Message.Split('\n')[0].Trim();
        return ex is IOException or UnauthorizedAccessException or InvalidOperationException ? first : $"{first} ({ex.GetType().Name})";
    }
}
