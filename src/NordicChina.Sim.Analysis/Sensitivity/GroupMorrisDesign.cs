using NordicChina.Sim.Analysis.Randomness;

namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// Morris trajectory design for groups of factors (Campolongo, Cariboni &amp; Saltelli 2007, "An effective screening
/// design for sensitivity analysis of large models", Environ. Model. Softw. 22:1509–1518, §2.3): g groups partition
/// the k parameters, and each trajectory has g + 1 points; between consecutive points exactly one group moves, and
/// every one of its members moves by ±Δ on the unit hypercube at that step. Total evaluations: r·(g + 1) instead
/// of r·(k + 1).
/// </summary>
/// <remarks>
/// <para>
/// As in Campolongo et al.'s matrix B* = J x* + (Δ/2)[(2 B (G P*)ᵀ − J) D* + J], each parameter has its own start level
/// on the p-level grid and hence its own direction: a start level in the lower half of the grid moves up by +Δ, one in the
/// upper half down by −Δ (the same rule as <see cref="MorrisDesign"/>). The groups are visited in a uniformly random
/// order. With <c>coupled: true</c> the members of a group instead share one start level and one direction, so the group
/// acts as a single factor that moves every member between the same relative positions of its range together.
/// </para>
/// <para>
/// Draws, from one <see cref="SeededRandom"/>, per trajectory: a start level for every parameter in column order
/// (coupled: one per group, in group order), then a shuffle of the group order. With groups of one parameter the
/// design is therefore identical, point for point, to <see cref="MorrisDesign.Create"/> with the same seed and levels.
/// </para>
/// <para>
/// Columns: the members of group 0, then of group 1, and so on (<see cref="Parameters"/>). Points are stored
/// trajectory by trajectory: point m (0…g) of trajectory t has flat index t·(g + 1) + m.
/// </para>
/// </remarks>
public sealed class GroupMorrisDesign
{
    private readonly int[][] _changed;
    private readonly double[][] _steps;

    private GroupMorrisDesign(IReadOnlyList<FactorGroup> groups, IReadOnlyList<ParameterRange> parameters, IReadOnlyList<int> groupOf,
        int trajectories, int levels, ulong seed, bool coupled, double[][] unit, double[][] points, int[][] changed, double[][] steps)
    {
        Groups = groups;
        Parameters = parameters;
        GroupOfParameter = groupOf;
        Trajectories = trajectories;
        Levels = levels;
        Seed = seed;
        Coupled = coupled;
        UnitPoints = unit;
        Points = points;
        _changed = changed;
        _steps = steps;
    }

    /// <summary>The g groups, in the order of their results.</summary>
    public IReadOnlyList<FactorGroup> Groups { get; }

    /// <summary>The k parameters, in the column order of every point (group by group).</summary>
    public IReadOnlyList<ParameterRange> Parameters { get; }

    /// <summary>For each column, the index of its group.</summary>
    public IReadOnlyList<int> GroupOfParameter { get; }

    /// <summary>Number of trajectories r.</summary>
    public int Trajectories { get; }

    /// <summary>Number of grid levels p.</summary>
    public int Levels { get; }

    /// <summary>Seed the design was drawn from.</summary>
    public ulong Seed { get; }

    /// <summary>Whether the members of a group share one level and direction.</summary>
    public bool Coupled { get; }

    /// <summary>Step on the unit hypercube, Δ = p / (2(p − 1)).</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    /// <summary>g + 1 points per trajectory.</summary>
    public int PointsPerTrajectory => Groups.Count + 1;

    /// <summary>All r·(g + 1) points on the unit hypercube, trajectory-major. Read, do not modify.</summary>
    public IReadOnlyList<double[]> UnitPoints { get; }

    /// <summary>All points scaled to the parameter ranges, in the order of <see cref="UnitPoints"/>. Read, do not modify.</summary>
    public IReadOnlyList<double[]> Points { get; }

    /// <summary>Flat index of point <paramref name="step"/> (0…g) of trajectory <paramref name="trajectory"/>.</summary>
    public int IndexOf(int trajectory, int step) => trajectory * PointsPerTrajectory + step;

    /// <summary>Index of the group that moves between points step − 1 and step (step = 1…g).</summary>
    public int ChangedGroup(int trajectory, int step) => _changed[trajectory][step - 1];

    /// <summary>
    /// Signed move (+Δ or −Δ) of the group's first member between points step − 1 and step (step = 1…g): the sign of
    /// the group's elementary effect. It is the move of every member for a coupled group or a group of one; for other
    /// groups members may move in opposite directions and only |EE|, hence μ*, is meaningful (Campolongo et al. 2007).
    /// </summary>
    public double UnitStep(int trajectory, int step) => _steps[trajectory][step - 1];

    /// <summary>Draws a group design.</summary>
    /// <param name="groups">g ≥ 1 groups, each with at least one member; parameter names must be unique across groups.</param>
    /// <param name="trajectories">r ≥ 2 trajectories.</param>
    /// <param name="seed">Seed of the <see cref="SeededRandom"/> that draws start levels and group orders.</param>
    /// <param name="levels">Even number p ≥ 2 of grid levels, default 4.</param>
    /// <param name="coupled">Members of a group share one level and direction (default: each its own, as Campolongo et al.).</param>
    public static GroupMorrisDesign Create(IReadOnlyList<FactorGroup> groups, int trajectories, ulong seed,
        int levels = MorrisDesign.DefaultLevels, bool coupled = false)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count == 0) throw new ArgumentException("At least one group is needed.", nameof(groups));
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "Morris levels p must be even and at least 2.");
        var groupList = groups.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var parameters = new List<ParameterRange>();
        var groupOf = new List<int>();
        var firstColumn = new int[groupList.Length];
        for (int g = 0; g < groupList.Length; g++)
        {
            var group = groupList[g] ?? throw new ArgumentException("A group is null.", nameof(groups));
            if (group.Members is not { Count: > 0 }) throw new ArgumentException($"Group '{group.Name}' has no members.", nameof(groups));
            firstColumn[g] = parameters.Count;
            foreach (var p in group.Members)
            {
                if (!names.Add(p.Name)) throw new ArgumentException($"Parameter '{p.Name}' is in more than one group.", nameof(groups));
                parameters.Add(p);
                groupOf.Add(g);
            }
        }

        int k = parameters.Count, gCount = groupList.Length, half = levels / 2;
        double delta = levels / (2.0 * (levels - 1));
        long total = (long)trajectories * (gCount + 1);
        if (total > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(trajectories), trajectories, $"{trajectories} trajectories of {gCount} groups make {total} points, more than an array holds.");

        var rng = new SeededRandom(seed);
        var unit = new double[total][];
        var scaled = new double[total][];
        var changed = new int[trajectories][];
        var steps = new double[trajectories][];
        var level = new int[k];
        var order = new int[gCount];
        for (int t = 0; t < trajectories; t++)
        {
            if (coupled)
            {
                for (int g = 0; g < gCount; g++)
                {
                    int l = rng.Next(levels);
                    for (int j = 0; j < k; j++) if (groupOf[j] == g) level[j] = l;
                }
            }
            else
            {
                for (int j = 0; j < k; j++) level[j] = rng.Next(levels);
            }
            for (int g = 0; g < gCount; g++) order[g] = g;
            rng.ShuffleInPlace(order.AsSpan());

            changed[t] = (int[])order.Clone();
            steps[t] = new double[gCount];
            int index = t * (gCount + 1);
            unit[index] = ToUnit(level, levels - 1);
            for (int m = 0; m < gCount; m++)
            {
                int g = order[m];
                steps[t][m] = level[firstColumn[g]] < half ? delta : -delta;
                for (int j = firstColumn[g]; j < k && groupOf[j] == g; j++)
                    level[j] += level[j] < half ? half : -half;
                unit[index + m + 1] = ToUnit(level, levels - 1);
            }
        }

        for (int n = 0; n < unit.Length; n++)
        {
            scaled[n] = new double[k];
            for (int j = 0; j < k; j++) scaled[n][j] = parameters[j].FromUnit(unit[n][j]);
        }
        return new GroupMorrisDesign(Array.AsReadOnly(groupList), parameters.AsReadOnly(), groupOf.AsReadOnly(), trajectories, levels, seed, coupled,
            unit, scaled, changed, steps);
    }

    private static double[] ToUnit(int[] level, int intervals)
    {
        var u = new double[level.Length];
        for (int i = 0; i < u.Length; i++) u[i] = level[i] / (double)intervals;
        return u;
    }
}
