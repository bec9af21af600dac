namespace TradeScope.LinearAlgebra;

/// <summary>
/// Dense linear algebra on flat column-major arrays (element (i, j) of an m×n matrix at [i + j·m]), as BLAS/LAPACK
/// expect. Method code (value chains, econometrics) sees only this interface; providers: OpenBLAS (native) and managed
/// (TradeScope's own blocked kernels in C#). Pick one with <see cref="LinearAlgebraProviders"/>.
/// </summary>
/// <remarks>
/// Implementations are stateless and thread-safe. Every span must have exactly the length its dimensions give
/// (m·k, k·n, …); an output span must not overlap an input span. A wrong length, a negative dimension or an overlap
/// throws <see cref="ArgumentException"/>; a NaN or infinity in a matrix to factor throws <see cref="ArgumentException"/>.
/// A singular matrix (an exactly zero pivot, LAPACK info &gt; 0, or a result that is not finite) throws
/// <see cref="Core.NumericalException"/>; the output span is then unspecified.
/// </remarks>
public interface ILinearAlgebra
{
    /// <summary>Provider name shown in report footers, e.g. "OpenBLAS 0.3.21" or
    /// "managed (TradeScope recursive blocked LU, AVX2+FMA, 2 threads)".</summary>
    string Name { get; }

    /// <summary>C = α·op(A)·op(B) + β·C; op(A) is m×k (A stored m×k, or k×m when transposed), op(B) is k×n (B stored k×n, or
    /// n×k when transposed), C is m×n. With β = 0 the input C is ignored (NaN in it does not propagate). BLAS: dgemm.</summary>
    void Multiply(
        bool transposeA,
        bool transposeB,
        int m,
        int n,
        int k,
        ReadOnlySpan<double> a,
        ReadOnlySpan<double> b,
        Span<double> c,
        double beta = 0,
        double alpha = 1
    );

    /// <summary>y = α·op(A)·x + β·y for A stored m×n; x has n elements (m when transposed), y has m (n when transposed).
    /// With β = 0 the input y is ignored. BLAS: dgemv.</summary>
    void MultiplyVector(
        bool transposeA,
        int m,
        int n,
        ReadOnlySpan<double> a,
        ReadOnlySpan<double> x,
        Span<double> y,
        double beta = 0,
        double alpha = 1
    );

    /// <summary>In-place inverse A⁻¹ of the n×n matrix (LU with partial pivoting). LAPACK: dgetrf + dgetri.</summary>
    void Invert(int n, Span<double> matrix);

    /// <summary>In place: A ← (I − A)⁻¹, the Leontief inverse B of a technical-coefficient matrix A (Miller &amp; Blair 2009,
    /// eq. 2.11); I − A is formed in the same storage, so no copy is made. LAPACK: dgetrf + dgetri.</summary>
    /// <remarks>Implemented once for every provider: forms I − A in place, then calls <see cref="Invert"/>, which checks
    /// the dimensions and finiteness (NaN or ∞ in A stays NaN or ∞ in I − A).</remarks>
    void InvertIdentityMinus(int n, Span<double> matrix)
    {
        if (n < 0)
            throw new ArgumentOutOfRangeException(nameof(n), n, "the order must not be negative");
        if (matrix.Length != n * n)
            throw new ArgumentException($"expected {n}×{n} = {n * n} elements, got {matrix.Length}", nameof(matrix));
        MatrixChecks.IdentityMinus(n, matrix);
        Invert(n, matrix);
    }

    /// <summary>Solves A·X = B for X (B is n×nrhs, overwritten by X); A is not modified. LAPACK: dgesv.</summary>
    void Solve(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b);

    /// <summary>Factors the n×n matrix once (P·A = L·U, a copy; A is not modified) for many later solves with
    /// A or Aᵀ. Prefer this to an explicit inverse when only products with A⁻¹ are needed. LAPACK: dgetrf.</summary>
    ILuFactorization Factor(int n, ReadOnlySpan<double> a);

    /// <summary>Solves A·X = B for a symmetric positive-definite A (only its lower triangle is read; A is not modified;
    /// B is n×nrhs, overwritten by X), e.g. the normal equations X'X·β = X'y. Not positive definite →
    /// <see cref="Core.NumericalException"/>. LAPACK: dpotrf + dpotrs (Cholesky, lower).</summary>
    void SolvePositiveDefinite(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b);

    /// <summary>In-place inverse of a symmetric positive-definite matrix (only its lower triangle is read; the full
    /// symmetric inverse is written), e.g. (X'X)⁻¹ for OLS covariances. LAPACK: dpotrf + dpotri (Cholesky, lower).</summary>
    void InvertPositiveDefinite(int n, Span<double> matrix);
}

/// <summary>An LU factorization P·A = L·U of an n×n matrix, made by <see cref="ILinearAlgebra.Factor"/>: factor once,
/// solve many. Immutable and thread-safe.</summary>
public interface ILuFactorization
{
    /// <summary>The order n of the factored matrix.</summary>
    int Order { get; }

    /// <summary>Solves A·X = B (or Aᵀ·X = B when <paramref name="transpose"/>); B is n×nrhs column-major, overwritten by X.
    /// LAPACK: dgetrs.</summary>
    void Solve(int nrhs, Span<double> b, bool transpose = false);
}
