using NordicChina.Sim.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim report: turns a results folder into one self-contained report.html.</summary>
public sealed class ReportCommand : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Results))
        {
            Console.Error.WriteLine($"error: {settings.Results}: no such results folder.");
            return ExitCodes.BadInput;
        }
        string[] inputs = ["summary.csv", "comparison.csv", "sweep.csv", "sensitivity.csv", "calibration.csv"];
        if (!inputs.Any(f => File.Exists(Path.Combine(settings.Results, f))))
        {
            Console.Error.WriteLine($"error: {settings.Results}: holds no nordicsim results ({string.Join(", ", inputs)}).");
            return ExitCodes.BadInput;
        }
        if (settings.From is not null || settings.Until is not null || settings.Groups.Length > 0)
        {
            var groups = CompareCommand.ParseGroups(settings.Groups);
            if (groups is null) return ExitCodes.BadInput;
            string? problem = ReportWindow.WriteAsync(settings.Results, settings.From, settings.Until, groups).GetAwaiter().GetResult();
            if (problem is not null)
            {
                Console.Error.WriteLine($"error: {problem}; no report was written.");
                return ExitCodes.BadInput;
            }
        }
        string file;
        try { file = Write(settings.Results, settings.Figures); }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message} No report was written.");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {settings.Results}: cannot write report.html there ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}).");
            return ExitCodes.BadInput;
        }
        AnsiConsole.MarkupLine($"Report written to [bold]{Markup.Escape(Path.GetFullPath(file))}[/].");
        return ExitCodes.Ok;
    }

    /// <summary>Writes report.html into a results folder (a temporary file renamed over the name, never through a
    /// symbolic link), refusing truncated or damaged result files, and lists it in the folder's nordicsim marker.</summary>
    public static string Write(string folder, string? figures = null)
    {
        string file = Path.Combine(folder, "report.html");
        HtmlReport.Write(folder, file, strict: true, figures);
        Hosting.Output.OutputFolder.Record(folder, "report.html");
        return file;
    }
}
