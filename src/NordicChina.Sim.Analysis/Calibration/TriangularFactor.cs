namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// A lower-triangular Cholesky factor L (A = LLᵀ) held row-major in a flat array, with the forward substitution the
/// emulator's inner loops need. Used where MathNet's general matrix solves allocate and cost too much per call (the
/// likelihood is evaluated thousands of times per fit).
/// </summary>
internal sealed class TriangularFactor
{
    private readonly double[] _l;

    private TriangularFactor(double[] l, int n)
    {
        _l = l;
        Size = n;
    }

    /// <summary>Order n.</summary>
    public int Size { get; }

    /// <summary>log det A = 2 Σ log L<sub>ii</sub>.</summary>
    public double LogDeterminant
    {
        get
        {
            double s = 0;
            for (int i = 0; i < Size; i++) s += Math.Log(_l[i * Size + i]);
            return 2 * s;
        }
    }

    /// <summary>
    /// Cholesky–Banachiewicz factorisation of the symmetric matrix <paramref name="a"/> (row-major, n×n, only the
    /// lower triangle read; overwritten by L). Null when A is not numerically positive definite.
    /// </summary>
    public static TriangularFactor? TryFactor(double[] a, int n)
    {
        for (int i = 0; i < n; i++)
        {
            int ri = i * n;
            for (int j = 0; j <= i; j++)
            {
                int rj = j * n;
                double s = a[ri + j];
                for (int k = 0; k < j; k++) s -= a[ri + k] * a[rj + k];
                if (i == j)
                {
                    if (!(s > 0) || !double.IsFinite(s)) return null;
                    a[ri + i] = Math.Sqrt(s);
                }
                else
                {
                    a[ri + j] = s / a[rj + j];
                }
            }
            for (int j = i + 1; j < n; j++) a[ri + j] = 0;
        }
        return new TriangularFactor(a, n);
    }

    /// <summary>Solves Lᵀ x = b in place (b becomes x).</summary>
    public void BackSubstitute(Span<double> b)
    {
        int n = Size;
        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int k = i + 1; k < n; k++) s -= _l[k * n + i] * b[k];
            b[i] = s / _l[i * n + i];
        }
    }

    /// <summary>Solves L v = b in place (b becomes v).</summary>
    public void ForwardSubstitute(Span<double> b)
    {
        int n = Size;
        for (int i = 0; i < n; i++)
        {
            int ri = i * n;
            double s = b[i];
            for (int k = 0; k < i; k++) s -= _l[ri + k] * b[k];
            b[i] = s / _l[ri + i];
        }
    }
}
