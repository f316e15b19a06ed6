namespace NordicChina.Sim.Scenarios;

/// <summary>One problem in a scenario file, located by file, line, column and field path.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Field, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Field}: {Message}" : $"{File}: {Field}: {Message}";
}
