using MathNet.Numerics.LinearAlgebra.Double;
using TradeScope.Core;

namespace TradeScope.LinearAlgebra;

/// <summary>Managed provider on Math.NET Numerics' managed code: the fallback when OpenBLAS cannot be loaded.</summary>
public sealed class ManagedLinearAlgebra : ILinearAlgebra
{
    public static readonly ManagedLinearAlgebra Instance = new();

    public string Name => "managed (Math.NET Numerics)";

    public void Multiply(bool transposeA, bool transposeB, int m, int n, int k, ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, double beta = 0)
    {
        if (a.Length < m * k || b.Length < k * n || c.Length < m * n) throw new ArgumentException("array shorter than its dimensions");
        var left = transposeA ? DenseMatrix.OfColumnMajor(k, m, a[..(m * k)].ToArray()).Transpose() : DenseMatrix.OfColumnMajor(m, k, a[..(m * k)].ToArray());
        var right = transposeB ? DenseMatrix.OfColumnMajor(n, k, b[..(k * n)].ToArray()).Transpose() : DenseMatrix.OfColumnMajor(k, n, b[..(k * n)].ToArray());
        var product = (left * right).ToColumnMajorArray();
        for (var i = 0; i < m * n; i++) c[i] = product[i] + (beta == 0 ? 0 : beta * c[i]);
    }

    public void Invert(int n, Span<double> matrix)
    {
        if (matrix.Length < n * n) throw new ArgumentException("array shorter than n×n", nameof(matrix));
        var lu = DenseMatrix.OfColumnMajor(n, n, matrix[..(n * n)].ToArray()).LU();
        if (HasZeroPivot(lu.U, n))
            throw new NumericalException($"the {n}×{n} matrix is singular");
        lu.Inverse().ToColumnMajorArray().CopyTo(matrix);
    }

    public void Solve(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b)
    {
        var lu = DenseMatrix.OfColumnMajor(n, n, a[..(n * n)].ToArray()).LU();
        if (HasZeroPivot(lu.U, n)) throw new NumericalException($"the {n}×{n} matrix is singular");
        lu.Solve(DenseMatrix.OfColumnMajor(n, nrhs, b[..(n * nrhs)].ToArray())).ToColumnMajorArray().CopyTo(b);
    }

    private static bool HasZeroPivot(MathNet.Numerics.LinearAlgebra.Matrix<double> factors, int n)
    {
        for (var i = 0; i < n; i++) if (factors[i, i] == 0) return true;
        return false;
    }
}
