namespace NordicChina.Sim.Model.World;

/// <summary>The governments of the model. Each is an agent holding its policy levers; China and Sweden also
/// carry the national heavy-industry AI capability that the catch-up mechanism moves.</summary>
public static class Countries
{
    public const string China = "CN";
    public const string Sweden = "SE";
    public const string EuropeanUnion = "EU";
    public const string UnitedStates = "US";

    public static IReadOnlyList<string> All { get; } = [China, Sweden, EuropeanUnion, UnitedStates];

    /// <summary>Countries whose sector capability is tracked (the two sides of the window of opportunity).</summary>
    public static IReadOnlyList<string> WithCapability { get; } = [Sweden, China];

    public static int IndexOf(string code) => code switch
    {
        China => 0, Sweden => 1, EuropeanUnion => 2, UnitedStates => 3,
        _ => throw new ArgumentException($"Unknown country '{code}'."),
    };
}
