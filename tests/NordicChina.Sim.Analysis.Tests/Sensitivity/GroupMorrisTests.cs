using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Sensitivity;

public class GroupMorrisTests
{
    private static readonly ParameterRange X1 = new("x1", 0, 10), X2 = new("x2", -1, 1), X3 = new("x3", 100, 200), X4 = new("x4", 0, 4);

    /// <summary>y = 3 x1 − 2 x2 + 0.5 x3 + 1.5 x4: b·(high − low) = 30, −4, 50, 6.</summary>
    private static double Linear(double[] x, GroupMorrisDesign d)
    {
        double y = 0;
        for (int j = 0; j < x.Length; j++)
            y += d.Parameters[j].Name switch { "x1" => 3, "x2" => -2, "x3" => 0.5, "x4" => 1.5, _ => 0 } * x[j];
        return y;
    }

    [Fact]
    public void EveryTrajectoryMovesEachGroupOnceWithAllItsMembersAndNothingElse()
    {
        FactorGroup[] groups = [new("a", [X1, X2]), FactorGroup.Single(X3), new("b", [X4, new("x5", 0, 1), new("x6", 0, 1)])];
        foreach (bool coupled in new[] { false, true })
        {
            var d = GroupMorrisDesign.Create(groups, trajectories: 30, seed: 4, coupled: coupled);
            Assert.Equal(30 * 4, d.Points.Count);
            Assert.Equal(["x1", "x2", "x3", "x4", "x5", "x6"], d.Parameters.Select(p => p.Name));
            for (int t = 0; t < 30; t++)
            {
                var moved = new List<int>();
                for (int m = 1; m <= 3; m++)
                {
                    int g = d.ChangedGroup(t, m);
                    moved.Add(g);
                    var before = d.UnitPoints[d.IndexOf(t, m - 1)];
                    var after = d.UnitPoints[d.IndexOf(t, m)];
                    for (int j = 0; j < 6; j++)
                    {
                        double change = after[j] - before[j];
                        if (d.GroupOfParameter[j] == g) Assert.Equal(d.Delta, Math.Abs(change), 1e-12);
                        else Assert.Equal(0, change);
                    }
                    int first = Enumerable.Range(0, 6).First(j => d.GroupOfParameter[j] == g);
                    Assert.Equal(d.UnitStep(t, m), after[first] - before[first], 1e-12);
                    if (coupled)
                        for (int j = 0; j < 6; j++)
                            if (d.GroupOfParameter[j] == g) Assert.Equal(before[first], before[j]);
                }
                Assert.Equal([0, 1, 2], moved.Order());
            }
        }
    }

    [Fact]
    public void GroupsOfOneAreThePlainMorrisDesignAndAnalysis()
    {
        ParameterRange[] ranges = [X1, X2, X3, X4];
        var plain = MorrisDesign.Create(ranges, trajectories: 12, seed: 77);
        var grouped = GroupMorrisDesign.Create(ranges.Select(FactorGroup.Single).ToArray(), trajectories: 12, seed: 77);
        Assert.Equal(plain.Points.Count, grouped.Points.Count);
        for (int n = 0; n < plain.Points.Count; n++) Assert.Equal(plain.Points[n], grouped.Points[n]);

        var outputs = plain.Points.Select(x => x[0] * x[1] + Math.Sin(x[2]) + x[3] * x[3]).ToArray();
        var a = MorrisAnalysis.Analyze(plain, outputs, bootstrapSamples: 100);
        var b = GroupMorrisAnalysis.Analyze(grouped, outputs, bootstrapSamples: 100);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(a.Parameters[i].Name, b.Parameters[i].Name);
            Assert.Equal(a.Parameters[i].MuStar, b.Parameters[i].MuStar);
            Assert.Equal(a.Parameters[i].Mu, b.Parameters[i].Mu);
            Assert.Equal(a.Parameters[i].Sigma, b.Parameters[i].Sigma);
            Assert.Equal(a.Parameters[i].MuStarInterval, b.Parameters[i].MuStarInterval);
        }
    }

    [Fact]
    public void LinearModelGivesCoefficientTimesRangeForSingletonsAndTheSumForACoupledGroup()
    {
        // Coupled group {x1, x3}: every member moves in the same direction, so EE = 30 + 50 = 80 in every trajectory
        // (μ* = |Σ b_j (high_j − low_j)|, σ = 0); {x2} and {x4} alone: μ* = |b|·range = 4 and 6.
        FactorGroup[] groups = [new("g13", [X1, X3]), FactorGroup.Single(X2), FactorGroup.Single(X4)];
        var d = GroupMorrisDesign.Create(groups, trajectories: 25, seed: 11, coupled: true);
        var y = d.Points.Select(x => Linear(x, d)).ToArray();

        var r = GroupMorrisAnalysis.Analyze(d, y, bootstrapSamples: 100);

        Assert.Equal(80, r["g13"].MuStar, 1e-9);
        Assert.Equal(80, r["g13"].Mu, 1e-9);
        Assert.Equal(0, r["g13"].Sigma, 1e-9);
        Assert.Equal(4, r["x2"].MuStar, 1e-9);
        Assert.Equal(-4, r["x2"].Mu, 1e-9);
        Assert.Equal(6, r["x4"].MuStar, 1e-9);
        Assert.Equal(["g13", "x4", "x2"], r.RankedByMuStar().Select(p => p.Name));
    }

    [Fact]
    public void UncoupledGroupEffectIsTheSignedSumOfItsMembersAndMuStarTendsToTheLargerMember()
    {
        // Campolongo et al. (2007): members keep their own directions, so for a sum the group's |EE| is
        // |30 s1 + 50 s3| (s = ±1, the members' moves) = 80 or 20, and with independent equiprobable directions
        // E|EE| = (80 + 20) / 2 = 50 = max(30, 50).
        FactorGroup[] groups = [new("g13", [X1, X3]), FactorGroup.Single(X2)];
        var d = GroupMorrisDesign.Create(groups, trajectories: 4000, seed: 12);
        var y = d.Points.Select(x => Linear(x, d)).ToArray();

        var r = GroupMorrisAnalysis.Analyze(d, y, bootstrapSamples: 200);

        int same = 0;
        for (int t = 0; t < d.Trajectories; t++)
        {
            int m = Enumerable.Range(1, 2).First(s => d.ChangedGroup(t, s) == 0);
            var before = d.UnitPoints[d.IndexOf(t, m - 1)];
            var after = d.UnitPoints[d.IndexOf(t, m)];
            double s1 = Math.Sign(after[0] - before[0]), s3 = Math.Sign(after[1] - before[1]);
            double expected = (30 * s1 + 50 * s3) / s1;   // the EE's sign follows the first member's move
            Assert.Equal(expected, r["g13"].ElementaryEffects[t], 1e-9);
            if (s1 == s3) same++;
        }
        double exact = (80.0 * same + 20.0 * (d.Trajectories - same)) / d.Trajectories;
        Assert.Equal(exact, r["g13"].MuStar, 1e-9);
        Assert.Equal(50, r["g13"].MuStar, 2.0);        // 4000 trajectories: sd of the mean 30/√4000 ≈ 0.5
        Assert.True(r["g13"].MuStarInterval.Contains(50), $"{r["g13"].MuStarInterval}");
        Assert.Equal(4, r["x2"].MuStar, 1e-9);
    }

    [Fact]
    public void MorrisFunctionRanksTheFirstTenFactorsFirstWithEightToTenLinear()
    {
        // Morris (1991) and Campolongo et al. (2007): x1..x10 important, x11..x20 negligible; x8..x10 have
        // (almost) linear effects: a small σ relative to μ*, unlike x1..x6, which interact strongly.
        var f = new MorrisFunction(seed: 1991);
        var groups = MorrisFunction.Ranges.Select(FactorGroup.Single).ToArray();
        var d = GroupMorrisDesign.Create(groups, trajectories: 50, seed: 3);
        var r = GroupMorrisAnalysis.Analyze(d, d.Points.Select(f.Evaluate).ToArray(), bootstrapSamples: 200);

        var top10 = r.RankedByMuStar().Take(10).Select(p => p.Name).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"x{i}").Order(), top10);
        double weakestImportant = Enumerable.Range(1, 10).Min(i => r[$"x{i}"].MuStar);
        double strongestNegligible = Enumerable.Range(11, 10).Max(i => r[$"x{i}"].MuStar);
        Assert.True(strongestNegligible < 0.5 * weakestImportant, $"{strongestNegligible} vs {weakestImportant}");
        double Ratio(int i) => r[$"x{i}"].Sigma / r[$"x{i}"].MuStar;
        Assert.True(Enumerable.Range(8, 3).Max(Ratio) < Enumerable.Range(1, 6).Min(Ratio),
            string.Join(", ", Enumerable.Range(1, 10).Select(i => $"x{i}: {Ratio(i):F2}")));
    }

    [Fact]
    public void MorrisFunctionGroupOfTheFirstTenDominatesTheGroupOfTheLastTen()
    {
        // Two groups of ten: the design needs 3 points per trajectory instead of 21; the group holding the
        // important factors has by far the larger μ*.
        var f = new MorrisFunction(seed: 1991);
        FactorGroup[] groups = [new("x1-x10", MorrisFunction.Ranges.Take(10).ToArray()), new("x11-x20", MorrisFunction.Ranges.Skip(10).ToArray())];
        var d = GroupMorrisDesign.Create(groups, trajectories: 50, seed: 5);
        Assert.Equal(150, d.Points.Count);
        var r = GroupMorrisAnalysis.Analyze(d, d.Points.Select(f.Evaluate).ToArray(), bootstrapSamples: 200);
        Assert.True(r["x11-x20"].MuStar < 0.25 * r["x1-x10"].MuStar, $"{r["x11-x20"].MuStar} vs {r["x1-x10"].MuStar}");
    }

    [Fact]
    public void BadGroupsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => GroupMorrisDesign.Create([], 4, 1));
        Assert.Throws<ArgumentException>(() => GroupMorrisDesign.Create([new FactorGroup("e", [])], 4, 1));
        Assert.Throws<ArgumentException>(() => GroupMorrisDesign.Create([new FactorGroup("a", [X1]), new FactorGroup("b", [X1])], 4, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupMorrisDesign.Create([FactorGroup.Single(X1)], 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupMorrisDesign.Create([FactorGroup.Single(X1)], 4, 1, levels: 3));
    }
}
