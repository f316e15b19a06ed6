using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

public class BoundedNelderMeadTests
{
    private static double Rosenbrock(double[] x) =>
        100 * Math.Pow(x[1] - x[0] * x[0], 2) + Math.Pow(1 - x[0], 2);

    [Fact]
    public void FindsTheMinimumOfAShiftedQuadraticInsideTheBox()
    {
        ParameterRange[] box = [new("a", -5, 5), new("b", 0, 10), new("c", -1, 1)];
        double[] centre = [1.5, 7.25, -0.3];
        double Objective(double[] x) =>
            3 + (x[0] - centre[0]) * (x[0] - centre[0]) + 4 * (x[1] - centre[1]) * (x[1] - centre[1])
              + 10 * (x[2] - centre[2]) * (x[2] - centre[2]);

        var result = new BoundedNelderMead(tolerance: 1e-12).Minimize(Objective, box);

        Assert.True(result.Converged);
        for (int i = 0; i < 3; i++) Assert.Equal(centre[i], result.Point[i], 1e-4);
        Assert.Equal(3, result.Value, 1e-8);
        Assert.Equal(Objective(result.Point.ToArray()), result.Value);
        Assert.True(result.Evaluations >= result.Iterations / 2 && result.Iterations > 0);
    }

    [Fact]
    public void FindsTheRosenbrockMinimumFromTheCentreAndFromAStartPoint()
    {
        ParameterRange[] box = [new("x", -2, 2), new("y", -1, 3)];
        var optimiser = new BoundedNelderMead(tolerance: 1e-10, maxIterations: 20_000);

        foreach (var result in new[]
                 {
                     optimiser.Minimize(Rosenbrock, box),
                     optimiser.Minimize(Rosenbrock, box, [-1.5, 2.5]),
                 })
        {
            Assert.True(result.Converged, $"not converged after {result.Iterations} iterations");
            Assert.Equal(1, result.Point[0], 1e-4);
            Assert.Equal(1, result.Point[1], 1e-4);
            Assert.True(result.Value < 1e-8, $"value {result.Value}");
        }
    }

    [Fact]
    public void AMinimumOutsideTheBoxEndsOnTheBoundary()
    {
        // Unconstrained minimum at (5, −3, 0.5); the box clips the first two coordinates.
        ParameterRange[] box = [new("a", 0, 2), new("b", 0, 2), new("c", 0, 2)];
        double Objective(double[] x) =>
            (x[0] - 5) * (x[0] - 5) + (x[1] + 3) * (x[1] + 3) + (x[2] - 0.5) * (x[2] - 0.5);
        var seen = new List<double[]>();

        var result = new BoundedNelderMead(tolerance: 1e-12).Minimize(x => { seen.Add(x); return Objective(x); }, box);

        Assert.True(result.Converged);
        Assert.Equal(2, result.Point[0], 1e-6);
        Assert.Equal(0, result.Point[1], 1e-6);
        Assert.Equal(0.5, result.Point[2], 1e-5);
        Assert.Equal(18, result.Value, 1e-5);
        Assert.Equal(seen.Count, result.Evaluations);
        Assert.All(seen, x => Assert.All(x, v => Assert.InRange(v, 0, 2)));
    }

    [Fact]
    public void ReportsNonConvergenceWhenTheBudgetRunsOut()
    {
        ParameterRange[] box = [new("x", -2, 2), new("y", -1, 3)];
        var result = new BoundedNelderMead(tolerance: 1e-12, maxIterations: 15).Minimize(Rosenbrock, box);

        Assert.False(result.Converged);
        Assert.True(result.Iterations <= 15 + 3);
        Assert.True(double.IsFinite(result.Value));
    }

    [Fact]
    public void NaNObjectiveValuesAreRejected()
    {
        ParameterRange[] box = [new("x", 0, 4)];
        var result = new BoundedNelderMead().Minimize(x => x[0] > 3 ? double.NaN : (x[0] - 1) * (x[0] - 1) + 1, box);
        Assert.Equal(1, result.Point[0], 1e-4);
    }

    [Fact]
    public void TransformRoundTripsAndStaysInside()
    {
        var range = new ParameterRange("p", -3, 7);
        foreach (double x in new[] { -2.5, 0, 3.3, 6.9 })
            Assert.Equal(x, BoundedNelderMead.ToBounded(BoundedNelderMead.ToUnbounded(x, range), range), 1e-12);
        Assert.Equal(-3, BoundedNelderMead.ToBounded(-1000, range));
        Assert.Equal(7, BoundedNelderMead.ToBounded(1000, range));
        Assert.Equal(2, BoundedNelderMead.ToBounded(0, range));
    }

    [Fact]
    public void RejectsAStartOutsideTheBox()
    {
        ParameterRange[] box = [new("x", 0, 1)];
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedNelderMead().Minimize(x => x[0], box, [2.0]));
    }
}
