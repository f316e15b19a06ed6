namespace NordicChina.Sim.Model.Parameters;

/// <summary>
/// Collects the parameter declarations (files under Parameters/Declarations) into the catalogue: each
/// <see cref="Add"/> is the single place where a parameter's name, default, unit, valid range, source, description,
/// integer flag and the <see cref="ModelParameters"/> member it sets are written down. The plausible range is not
/// declared: <see cref="ParameterDefinition"/> derives it from the default and the valid range.
/// </summary>
internal sealed class ParameterDeclarations
{
    private readonly List<ParameterDefinition> _definitions = [];
    private readonly List<Action<ModelParameters, double>> _setters = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public ParameterDeclarations() { }

    /// <summary>Declares one parameter. <paramref name="set"/> stores its value in the typed member the rules read
    /// (for a family inside a loop over regions or sectors, one element of the member's array).</summary>
    public void Add(string name, double @default, string unit, double min, double max, string source, string description,
        Action<ModelParameters, double> set, bool integer = false)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!_names.Add(name)) throw new InvalidOperationException($"Duplicate parameter '{name}'.");
        _definitions.Add(new ParameterDefinition(name, @default, unit, min, max, source, description, integer));
        _setters.Add(set);
    }

    /// <summary>The definitions in declaration order (catalogue order).</summary>
    internal IReadOnlyList<ParameterDefinition> Definitions => _definitions;

    /// <summary>The setters, parallel to <see cref="Definitions"/>.</summary>
    internal Action<ModelParameters, double>[] Setters => [.. _setters];
}
