using System.Buffers;
using System.Runtime.InteropServices;
using TradeScope.Core;

namespace TradeScope.LinearAlgebra;

/// <summary>
/// Native provider: OpenBLAS (BLAS + LAPACK) through <see cref="OpenBlasNative"/>. Works in the caller's memory
/// (pinned spans; no copies except where LAPACK would destroy a read-only input). Obtain it from
/// <see cref="LinearAlgebraProviders.OpenBlas"/>, which checks that the library loads.
/// </summary>
public sealed unsafe class OpenBlasLinearAlgebra : ILinearAlgebra
{
    private const byte NoTranspose = (byte)'N',
        Transposed = (byte)'T',
        Lower = (byte)'L';

    internal OpenBlasLinearAlgebra()
    {
        Configuration = Marshal.PtrToStringUTF8((nint)OpenBlasNative.GetConfig())?.Trim() ?? "OpenBLAS";
        CoreName = Marshal.PtrToStringUTF8((nint)OpenBlasNative.GetCoreName())?.Trim() ?? "";
        var words = Configuration.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Name = words.Length >= 2 && words[0] == "OpenBLAS" ? $"{words[0]} {words[1]}" : "OpenBLAS";
    }

    /// <summary>"OpenBLAS" and its version, from <c>openblas_get_config</c>.</summary>
    public string Name { get; }

    /// <summary>The full build configuration from <c>openblas_get_config</c>.</summary>
    public string Configuration { get; }

    /// <summary>The kernel set OpenBLAS chose for this CPU (<c>openblas_get_corename</c>).</summary>
    public string CoreName { get; }

    /// <summary>Threads OpenBLAS uses (<c>openblas_get_num_threads</c>; set OPENBLAS_NUM_THREADS to change it).</summary>
    public int Threads => OpenBlasNative.GetNumThreads();

    public override string ToString() => Name;

    /// <inheritdoc />
    public void Multiply(
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
    )
    {
        MatrixChecks.Product(m, n, k, a, b, c);
        if (m == 0 || n == 0)
            return;
        if (k == 0)
        {
            ScaleOrClear(c, beta);
            return;
        }
        byte ta = transposeA ? Transposed : NoTranspose,
            tb = transposeB ? Transposed : NoTranspose;
        int lda = transposeA ? k : m,
            ldb = transposeB ? n : k,
            ldc = m;
        fixed (
            double* pa = a,
                pb = b,
                pc = c
        )
            OpenBlasNative.Dgemm(&ta, &tb, &m, &n, &k, &alpha, pa, &lda, pb, &ldb, &beta, pc, &ldc, 1, 1);
    }

    /// <inheritdoc />
    public void MultiplyVector(
        bool transposeA,
        int m,
        int n,
        ReadOnlySpan<double> a,
        ReadOnlySpan<double> x,
        Span<double> y,
        double beta = 0,
        double alpha = 1
    )
    {
        MatrixChecks.MatrixVector(transposeA, m, n, a, x, y);
        if (y.Length == 0)
            return;
        if (x.Length == 0)
        {
            ScaleOrClear(y, beta);
            return;
        }
        byte t = transposeA ? Transposed : NoTranspose;
        int lda = Math.Max(1, m),
            inc = 1;
        fixed (
            double* pa = a,
                px = x,
                py = y
        )
            OpenBlasNative.Dgemv(&t, &m, &n, &alpha, pa, &lda, px, &inc, &beta, py, &inc, 1);
    }

    /// <inheritdoc />
    public void Invert(int n, Span<double> matrix)
    {
        MatrixChecks.SquareFinite(n, matrix, nameof(matrix));
        if (n == 0)
            return;
        InvertInPlace(n, matrix);
    }

    /// <summary>dgetrf, then dgetri with the workspace size LAPACK asks for (query with lwork = −1).</summary>
    private static void InvertInPlace(int n, Span<double> matrix)
    {
        var pivots = ArrayPool<int>.Shared.Rent(n);
        try
        {
            int info,
                lda = n;
            fixed (double* pa = matrix)
            fixed (int* pivot = pivots)
            {
                OpenBlasNative.Dgetrf(&n, &n, pa, &lda, pivot, &info);
                CheckFactorInfo(info, n, "dgetrf");

                double query;
                int lwork = -1;
                OpenBlasNative.Dgetri(&n, pa, &lda, pivot, &query, &lwork, &info);
                CheckArgumentInfo(info, "dgetri (workspace query)");
                lwork = Math.Max(n, (int)query);
                var work = ArrayPool<double>.Shared.Rent(lwork);
                try
                {
                    fixed (double* pw = work)
                        OpenBlasNative.Dgetri(&n, pa, &lda, pivot, pw, &lwork, &info);
                }
                finally
                {
                    ArrayPool<double>.Shared.Return(work);
                }
                CheckFactorInfo(info, n, "dgetri");
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pivots);
        }
        MatrixChecks.FiniteResult(matrix, n, "inverse");
    }

    /// <inheritdoc />
    public void Solve(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b)
    {
        MatrixChecks.LinearSystem(n, nrhs, a, b);
        if (n == 0 || nrhs == 0)
            return;
        var factors = ArrayPool<double>.Shared.Rent(n * n);
        var pivots = ArrayPool<int>.Shared.Rent(n);
        try
        {
            a.CopyTo(factors);
            int info,
                lda = n,
                ldb = n;
            fixed (
                double* pa = factors,
                    pb = b
            )
            fixed (int* pivot = pivots)
                OpenBlasNative.Dgesv(&n, &nrhs, pa, &lda, pivot, pb, &ldb, &info);
            CheckFactorInfo(info, n, "dgesv");
        }
        finally
        {
            ArrayPool<double>.Shared.Return(factors);
            ArrayPool<int>.Shared.Return(pivots);
        }
        MatrixChecks.FiniteResult(b, n, "solution");
    }

    /// <inheritdoc />
    public ILuFactorization Factor(int n, ReadOnlySpan<double> a)
    {
        MatrixChecks.SquareFinite(n, a, nameof(a));
        var factors = a.ToArray();
        var pivots = new int[n];
        if (n > 0)
        {
            int info,
                lda = n;
            fixed (double* pa = factors)
            fixed (int* pivot = pivots)
                OpenBlasNative.Dgetrf(&n, &n, pa, &lda, pivot, &info);
            CheckFactorInfo(info, n, "dgetrf");
        }
        return new Lu(n, factors, pivots);
    }

    /// <inheritdoc />
    public void SolvePositiveDefinite(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b)
    {
        MatrixChecks.LinearSystem(n, nrhs, a, b);
        if (n == 0 || nrhs == 0)
            return;
        var factors = ArrayPool<double>.Shared.Rent(n * n);
        try
        {
            a.CopyTo(factors);
            byte uplo = Lower;
            int info,
                lda = n,
                ldb = n;
            fixed (
                double* pa = factors,
                    pb = b
            )
            {
                OpenBlasNative.Dpotrf(&uplo, &n, pa, &lda, &info, 1);
                CheckPositiveDefiniteInfo(info, n, "dpotrf");
                OpenBlasNative.Dpotrs(&uplo, &n, &nrhs, pa, &lda, pb, &ldb, &info, 1);
                CheckArgumentInfo(info, "dpotrs");
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(factors);
        }
        MatrixChecks.FiniteResult(b, n, "solution");
    }

    /// <inheritdoc />
    public void InvertPositiveDefinite(int n, Span<double> matrix)
    {
        MatrixChecks.SquareFinite(n, matrix, nameof(matrix));
        if (n == 0)
            return;
        byte uplo = Lower;
        int info,
            lda = n;
        fixed (double* pa = matrix)
        {
            OpenBlasNative.Dpotrf(&uplo, &n, pa, &lda, &info, 1);
            CheckPositiveDefiniteInfo(info, n, "dpotrf");
            OpenBlasNative.Dpotri(&uplo, &n, pa, &lda, &info, 1);
            CheckFactorInfo(info, n, "dpotri");
        }
        MatrixChecks.SymmetrizeFromLower(n, matrix);
        MatrixChecks.FiniteResult(matrix, n, "inverse");
    }

    private static void ScaleOrClear(Span<double> c, double beta)
    {
        if (beta == 0)
            c.Clear();
        else
            for (var i = 0; i < c.Length; i++)
                c[i] *= beta;
    }

    /// <summary>LAPACK info &lt; 0: argument −info was illegal (a bug here, since arguments are checked before the call).</summary>
    private static void CheckArgumentInfo(int info, string routine)
    {
        if (info < 0)
            throw new ArgumentException($"LAPACK {routine} rejected argument {-info} (info = {info})");
    }

    /// <summary>LAPACK info &gt; 0 from dgetrf/dgesv/dgetri: U(info, info) is exactly zero, the matrix is singular.</summary>
    private static void CheckFactorInfo(int info, int n, string routine)
    {
        CheckArgumentInfo(info, routine);
        if (info > 0)
            throw new NumericalException(MatrixChecks.Singular(n, info, routine));
    }

    private static void CheckPositiveDefiniteInfo(int info, int n, string routine)
    {
        CheckArgumentInfo(info, routine);
        if (info > 0)
            throw new NumericalException(MatrixChecks.NotPositiveDefinite(n, info, routine));
    }

    /// <summary>LU factors and LAPACK's 1-based pivots, owned (never exposed) so solves can run concurrently.</summary>
    private sealed class Lu(int n, double[] factors, int[] pivots) : ILuFactorization
    {
        public int Order => n;

        public void Solve(int nrhs, Span<double> b, bool transpose = false)
        {
            if (!MatrixChecks.RightHandSides(n, nrhs, b))
                return;
            byte t = transpose ? Transposed : NoTranspose;
            int order = n,
                info,
                lda = n,
                ldb = n;
            fixed (
                double* pa = factors,
                    pb = b
            )
            fixed (int* pivot = pivots)
                OpenBlasNative.Dgetrs(&t, &order, &nrhs, pa, &lda, pivot, pb, &ldb, &info, 1);
            CheckArgumentInfo(info, "dgetrs");
            MatrixChecks.FiniteResult(b, n, "solution");
        }
    }
}
