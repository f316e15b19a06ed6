using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim validate: checks a scenario file; exit 0 when valid, 2 with every problem listed otherwise.</summary>
public sealed class ValidateCommand : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var scenario = ScenarioInput.Load(settings.Scenario);
        if (scenario is null) return ExitCodes.BadInput;
        ScenarioInput.Describe(scenario);
        Console.WriteLine($"{settings.Scenario}: valid.");
        return ExitCodes.Ok;
    }
}
