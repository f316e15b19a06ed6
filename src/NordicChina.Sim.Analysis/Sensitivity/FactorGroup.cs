namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// A group of input factors screened as one (Campolongo, Cariboni &amp; Saltelli 2007): in a
/// <see cref="GroupMorrisDesign"/> every member moves at the same step of a trajectory.
/// </summary>
/// <param name="Name">Name of the group as reported in the results.</param>
/// <param name="Members">The member parameters and their ranges (at least one).</param>
public sealed record FactorGroup(string Name, IReadOnlyList<ParameterRange> Members)
{
    /// <summary>A group of one parameter, named after it: screening it is plain Morris.</summary>
    public static FactorGroup Single(ParameterRange parameter) => new(parameter.Name, [parameter]);
}
