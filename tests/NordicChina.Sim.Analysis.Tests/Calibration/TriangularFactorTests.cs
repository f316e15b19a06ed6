using MathNet.Numerics.LinearAlgebra;
using NordicChina.Sim.Analysis.Calibration;

namespace NordicChina.Sim.Analysis.Tests.Calibration;

public class TriangularFactorTests
{
    private static readonly double[,] A = { { 4, 2, 0.4 }, { 2, 5, 1 }, { 0.4, 1, 3 } };

    [Fact]
    public void SolvesAndLogDeterminantMatchMathNet()
    {
        var flat = new double[9];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) flat[i * 3 + j] = A[i, j];
        var factor = TriangularFactor.TryFactor(flat, 3)!;
        var reference = Matrix<double>.Build.DenseOfArray(A);
        double[] b = [1, -2, 0.5];

        var x = (double[])b.Clone();
        factor.ForwardSubstitute(x);
        factor.BackSubstitute(x);
        var expected = reference.Solve(Vector<double>.Build.DenseOfArray(b));

        for (int i = 0; i < 3; i++) Assert.Equal(expected[i], x[i], 12);
        Assert.Equal(Math.Log(reference.Determinant()), factor.LogDeterminant, 12);
    }

    [Fact]
    public void NotPositiveDefiniteGivesNull()
    {
        double[] indefinite = [1, 2, 2, 1];
        Assert.Null(TriangularFactor.TryFactor(indefinite, 2));
    }
}
