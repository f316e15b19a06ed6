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
        string file = Write(settings.Results);
        AnsiConsole.MarkupLine($"Report written to [bold]{Markup.Escape(Path.GetFullPath(file))}[/].");
        return ExitCodes.Ok;
    }

    public static string Write(string folder)
    {
        string file = Path.Combine(folder, "report.html");
        HtmlReport.Write(folder, file);
        return file;
    }
}
