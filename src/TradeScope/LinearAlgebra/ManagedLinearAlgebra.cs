using MathNet.Numerics.Providers.LinearAlgebra;
using TradeScope.Core;

namespace TradeScope.LinearAlgebra;

/// <summary>
/// Managed provider on Math.NET Numerics' managed kernels (<see cref="ManagedLinearAlgebraProvider"/>, called directly,
/// so Math.NET's global provider setting plays no part): the fallback when OpenBLAS cannot be loaded. Same contract as
/// the native provider; the tested reference for it. Math.NET needs exactly sized arrays, so inputs are copied.
/// </summary>
public sealed class ManagedLinearAlgebra : ILinearAlgebra
{
    public static readonly ManagedLinearAlgebra Instance = new();

    private static readonly ManagedLinearAlgebraProvider Kernels = ManagedLinearAlgebraProvider.Instance;

    private ManagedLinearAlgebra() { }

    public string Name => $"managed (Math.NET Numerics {typeof(ManagedLinearAlgebraProvider).Assembly.GetName().Version?.ToString(3)})";

    public override string ToString() => Name;

    /// <inheritdoc />
    public void Multiply(bool transposeA, bool transposeB, int m, int n, int k, ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, double beta = 0, double alpha = 1)
    {
        MatrixChecks.Product(m, n, k, a, b, c);
        if (m == 0 || n == 0) return;
        var result = beta == 0 ? new double[m * n] : c.ToArray();
        if (k > 0)
        {
            int rowsA = transposeA ? k : m, columnsA = transposeA ? m : k;
            int rowsB = transposeB ? n : k, columnsB = transposeB ? k : n;
            Kernels.MatrixMultiplyWithUpdate(
                transposeA ? Transpose.Transpose : Transpose.DontTranspose, transposeB ? Transpose.Transpose : Transpose.DontTranspose,
                alpha, a.ToArray(), rowsA, columnsA, b.ToArray(), rowsB, columnsB, beta, result);
        }
        else if (beta != 0)
        {
            for (var i = 0; i < result.Length; i++) result[i] *= beta;
        }
        result.CopyTo(c);
    }

    /// <inheritdoc />
    public void MultiplyVector(bool transposeA, int m, int n, ReadOnlySpan<double> a, ReadOnlySpan<double> x, Span<double> y, double beta = 0, double alpha = 1)
    {
        MatrixChecks.MatrixVector(transposeA, m, n, a, x, y);
        if (transposeA)
        {
            // y_j = α·Σ_i a_ij x_i + β·y_j: one contiguous column per output element.
            for (var j = 0; j < n; j++)
            {
                var column = a.Slice(j * m, m);
                var sum = 0.0;
                for (var i = 0; i < m; i++) sum += column[i] * x[i];
                y[j] = alpha * sum + (beta == 0 ? 0 : beta * y[j]);
            }
        }
        else
        {
            // y = α·Σ_j x_j·a_:j + β·y: accumulate columns (contiguous access).
            var sum = new double[m];
            for (var j = 0; j < n; j++)
            {
                var column = a.Slice(j * m, m);
                var xj = x[j];
                if (xj == 0) continue;
                for (var i = 0; i < m; i++) sum[i] += column[i] * xj;
            }
            for (var i = 0; i < m; i++) y[i] = alpha * sum[i] + (beta == 0 ? 0 : beta * y[i]);
        }
    }

    /// <inheritdoc />
    public void Invert(int n, Span<double> matrix)
    {
        MatrixChecks.SquareFinite(n, matrix, nameof(matrix));
        if (n == 0) return;
        InvertInPlace(n, matrix);
    }

    private static void InvertInPlace(int n, Span<double> matrix)
    {
        var (factors, pivots) = FactorCopy(n, matrix);
        Kernels.LUInverseFactored(factors, n, pivots);
        MatrixChecks.FiniteResult(factors, n, "inverse");
        factors.CopyTo(matrix);
    }

    /// <inheritdoc />
    public void Solve(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b)
    {
        MatrixChecks.LinearSystem(n, nrhs, a, b);
        if (n == 0 || nrhs == 0) return;
        var (factors, pivots) = FactorCopy(n, a);
        SolveFactored(n, factors, pivots, nrhs, b, transpose: false);
    }

    /// <inheritdoc />
    public ILuFactorization Factor(int n, ReadOnlySpan<double> a)
    {
        MatrixChecks.SquareFinite(n, a, nameof(a));
        if (n == 0) return new Lu(0, [], []);
        var (factors, pivots) = FactorCopy(n, a);
        return new Lu(n, factors, pivots);
    }

    /// <inheritdoc />
    public void SolvePositiveDefinite(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b)
    {
        MatrixChecks.LinearSystem(n, nrhs, a, b);
        if (n == 0 || nrhs == 0) return;
        var factor = CholeskyCopy(n, a);
        var x = b.ToArray();
        Kernels.CholeskySolveFactored(factor, n, x, nrhs);
        MatrixChecks.FiniteResult(x, n, "solution");
        x.CopyTo(b);
    }

    /// <inheritdoc />
    public void InvertPositiveDefinite(int n, Span<double> matrix)
    {
        MatrixChecks.SquareFinite(n, matrix, nameof(matrix));
        if (n == 0) return;
        var factor = CholeskyCopy(n, matrix);
        var inverse = new double[n * n];
        for (var i = 0; i < n; i++) inverse[i + i * n] = 1.0;
        Kernels.CholeskySolveFactored(factor, n, inverse, n);
        MatrixChecks.SymmetrizeFromLower(n, inverse);
        MatrixChecks.FiniteResult(inverse, n, "inverse");
        inverse.CopyTo(matrix);
    }

    /// <summary>LU with partial pivoting of a copy (Math.NET's 0-based pivots); an exactly zero pivot → singular, as LAPACK dgetrf.</summary>
    private static (double[] Factors, int[] Pivots) FactorCopy(int n, ReadOnlySpan<double> a)
    {
        var factors = a.ToArray();
        var pivots = new int[n];
        Kernels.LUFactor(factors, n, pivots);
        for (var i = 0; i < n; i++)
            if (factors[i + i * n] == 0) throw new NumericalException(MatrixChecks.Singular(n, i + 1, "LU"));
        return (factors, pivots);
    }

    /// <summary>Cholesky factor of a copy whose upper triangle is first overwritten by the lower, so only the lower triangle is read (as LAPACK's 'L').</summary>
    private static double[] CholeskyCopy(int n, ReadOnlySpan<double> a)
    {
        var factor = a.ToArray();
        MatrixChecks.SymmetrizeFromLower(n, factor);
        // Math.NET checks each pivot before its square root and throws ArgumentException when it is not positive.
        for (var j = 0; j < n; j++)
        {
            // Fast, exact screen for the common failure (a non-positive diagonal) with LAPACK's order in the message.
            if (!(factor[j + j * n] > 0)) throw new NumericalException(MatrixChecks.NotPositiveDefinite(n, j + 1, "Cholesky"));
        }
        try
        {
            Kernels.CholeskyFactor(factor, n);
        }
        catch (ArgumentException)
        {
            throw new NumericalException($"the {n}×{n} matrix is not positive definite (Cholesky)");
        }
        return factor;
    }

    /// <summary>Solves with LU factors: A·X = B via Math.NET; Aᵀ·X = B as Uᵀ·Y = B, Lᵀ·Z = Y, X = Pᵀ·Z (Golub &amp; Van Loan 2013, §3.4).</summary>
    private static void SolveFactored(int n, double[] factors, int[] pivots, int nrhs, Span<double> b, bool transpose)
    {
        var x = b.ToArray();
        if (!transpose)
        {
            Kernels.LUSolveFactored(nrhs, factors, n, pivots, x);
        }
        else
        {
            for (var r = 0; r < nrhs; r++)
            {
                var column = x.AsSpan(r * n, n);
                // Uᵀ·y = b (forward substitution; Uᵀ is lower with U's diagonal).
                for (var i = 0; i < n; i++)
                {
                    var u = factors.AsSpan(i * n, i + 1); // column i of U: rows 0..i
                    var sum = column[i];
                    for (var p = 0; p < i; p++) sum -= u[p] * column[p];
                    column[i] = sum / u[i];
                }
                // Lᵀ·z = y (back substitution; L unit lower).
                for (var i = n - 1; i >= 0; i--)
                {
                    var l = factors.AsSpan(i * n, n); // column i of L: rows i+1..n-1
                    var sum = column[i];
                    for (var p = i + 1; p < n; p++) sum -= l[p] * column[p];
                    column[i] = sum;
                }
                // x = Pᵀ·z: undo the row interchanges in reverse order.
                for (var i = n - 1; i >= 0; i--)
                {
                    var p = pivots[i];
                    if (p != i) (column[i], column[p]) = (column[p], column[i]);
                }
            }
        }
        MatrixChecks.FiniteResult(x, n, "solution");
        x.CopyTo(b);
    }

    private sealed class Lu(int n, double[] factors, int[] pivots) : ILuFactorization
    {
        public int Order => n;

        public void Solve(int nrhs, Span<double> b, bool transpose = false)
        {
            if (!MatrixChecks.RightHandSides(n, nrhs, b)) return;
            SolveFactored(n, factors, pivots, nrhs, b, transpose);
        }
    }
}
