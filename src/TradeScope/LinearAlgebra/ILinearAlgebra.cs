namespace TradeScope.LinearAlgebra;

/// <summary>
/// Dense linear algebra on flat column-major arrays (element (i, j) of an m×n matrix at [i + j·m]), as BLAS/LAPACK
/// expect. Method code (value chains, econometrics) sees only this interface; providers: OpenBLAS (native) and managed.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe. Dimension errors throw <see cref="ArgumentException"/>;
/// a singular matrix throws <see cref="Core.NumericalException"/>.</remarks>
public interface ILinearAlgebra
{
    /// <summary>Provider name shown in report footers, e.g. "OpenBLAS 0.3.21 (pthread)" or "managed".</summary>
    string Name { get; }

    /// <summary>C = op(A)·op(B) (+ β·C when <paramref name="beta"/> ≠ 0). A is m×k, B is k×n after transposition. BLAS: dgemm.</summary>
    void Multiply(bool transposeA, bool transposeB, int m, int n, int k, ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, double beta = 0);

    /// <summary>In-place inverse of the n×n matrix. LAPACK: dgetrf + dgetri.</summary>
    void Invert(int n, Span<double> matrix);

    /// <summary>Solves A·X = B for X (B is n×nrhs, overwritten by X); A is not modified. LAPACK: dgesv.</summary>
    void Solve(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b);
}
