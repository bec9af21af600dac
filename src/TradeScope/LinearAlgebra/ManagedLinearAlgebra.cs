using System.Buffers;
using System.Globalization;

namespace TradeScope.LinearAlgebra;

/// <summary>
/// Managed provider: TradeScope's own dense kernels in C# — a packed, cache-blocked GEMM on a SIMD micro-kernel
/// (<see cref="DenseGemm"/>, <see cref="MicroKernels"/>), recursive LU with partial pivoting, triangular solves and
/// inverses and Cholesky built on it (<see cref="DenseFactorizations"/>, <see cref="DenseTriangular"/>), multi-threaded.
/// The fallback when OpenBLAS cannot be loaded; same contract and messages as the native provider.
/// </summary>
/// <remarks>
/// Why hand-written: no maintained NuGet package offers a fast managed dense solver. Math.NET Numerics' managed provider
/// (the previous fallback) is unblocked and made value chains 30–40× slower than OpenBLAS (WWZ for all exporters of
/// WIOD 2011: 43–58 s against 1.3 s); these kernels aim at half of OpenBLAS's speed (measured figures in
/// docs/performance.md). Works in the caller's memory except where the contract keeps an input unchanged (Solve and
/// Factor copy A) or the result needs scratch (the inverse's n×256 work block, pooled).
/// </remarks>
public sealed unsafe class ManagedLinearAlgebra : ILinearAlgebra
{
    /// <summary>The provider on the fastest kernel this CPU supports, with one thread per available core.</summary>
    public static readonly ManagedLinearAlgebra Instance = new(KernelShape.Best(), Environment.ProcessorCount);

    private readonly DenseContext _context;

    /// <summary>A provider on a chosen micro-kernel and thread count (tests and benchmarks compare kernels with it);
    /// <paramref name="blocks"/> overrides the cache-block sizes (tests use tiny blocks to cross every boundary).</summary>
    internal ManagedLinearAlgebra(MicroKernel kernel, int threads, (int Mc, int Kc, int Nc)? blocks = null)
    {
        var shape = KernelShape.For(kernel);
        if (blocks is { } b)
            shape = shape.WithBlocks(b.Mc, b.Kc, b.Nc);
        _context = new DenseContext(shape, threads);
        Name = string.Create(
            CultureInfo.InvariantCulture,
            $"managed (TradeScope recursive blocked LU, {_context.Shape.Label}, {threads} thread{(threads == 1 ? "" : "s")})"
        );
    }

    /// <summary>E.g. "managed (TradeScope recursive blocked LU, AVX2+FMA, 2 threads)".</summary>
    public string Name { get; }

    /// <summary>The GEMM micro-kernel in use.</summary>
    internal MicroKernel Kernel => _context.Shape.Kernel;

    /// <summary>Threads the kernels use.</summary>
    public int Threads => _context.Threads;

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
        fixed (
            double* pa = a,
                pb = b,
                pc = c
        )
        {
            DenseGemm.Scale(m, n, beta, pc, m);
            if (k == 0)
                return;
            DenseGemm.Multiply(_context, transposeA, transposeB, m, n, k, alpha, pa, transposeA ? k : m, pb, transposeB ? n : k, pc, m);
        }
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
        if (transposeA)
        {
            // y_j = α·(column j of A)·x + β·y_j: one dot product per output element.
            for (var j = 0; j < n; j++)
            {
                var dot = DenseVector.Dot(a.Slice(j * m, m), x);
                y[j] = alpha * dot + (beta == 0 ? 0 : beta * y[j]);
            }
            return;
        }
        // y = α·Σ_j x_j·(column j of A) + β·y: contiguous column updates.
        if (beta == 0)
            y.Clear();
        else if (beta != 1)
            DenseVector.Scale(beta, y);
        for (var j = 0; j < n; j++)
        {
            var xj = alpha * x[j];
            if (xj != 0)
                DenseVector.Axpy(xj, a.Slice(j * m, m), y);
        }
    }

    /// <inheritdoc />
    public void Invert(int n, Span<double> matrix)
    {
        MatrixChecks.SquareFinite(n, matrix, nameof(matrix));
        if (n == 0)
            return;
        var pivots = ArrayPool<int>.Shared.Rent(n);
        try
        {
            fixed (double* pa = matrix)
            fixed (int* pivot = pivots)
            {
                DenseFactorizations.Factor(_context, n, pa, pivot, "dgetrf");
                DenseFactorizations.Invert(_context, n, pa, pivot);
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
            fixed (
                double* pa = factors,
                    pb = b
            )
            fixed (int* pivot = pivots)
            {
                DenseFactorizations.Factor(_context, n, pa, pivot, "dgesv");
                DenseFactorizations.Solve(_context, n, pa, pivot, nrhs, pb, transpose: false);
            }
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
        var factors = MatrixStorage.Uninitialized(n * n); // pre-faulted: fresh pages cost more than the copy on some VMs
        a.CopyTo(factors);
        var pivots = new int[n];
        if (n > 0)
        {
            fixed (double* pa = factors)
            fixed (int* pivot = pivots)
                DenseFactorizations.Factor(_context, n, pa, pivot, "dgetrf");
        }
        return new Lu(_context, n, factors, pivots);
    }

    /// <inheritdoc />
    public void SolvePositiveDefinite(int n, int nrhs, ReadOnlySpan<double> a, Span<double> b)
    {
        MatrixChecks.LinearSystem(n, nrhs, a, b);
        if (n == 0 || nrhs == 0)
            return;
        var factor = ArrayPool<double>.Shared.Rent(n * n);
        try
        {
            a.CopyTo(factor);
            fixed (
                double* pl = factor,
                    pb = b
            )
            {
                DenseFactorizations.Cholesky(_context, n, pl);
                DenseFactorizations.CholeskySolve(_context, n, pl, nrhs, pb);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(factor);
        }
        MatrixChecks.FiniteResult(b, n, "solution");
    }

    /// <inheritdoc />
    public void InvertPositiveDefinite(int n, Span<double> matrix)
    {
        MatrixChecks.SquareFinite(n, matrix, nameof(matrix));
        if (n == 0)
            return;
        var factor = ArrayPool<double>.Shared.Rent(n * n);
        try
        {
            matrix.CopyTo(factor);
            fixed (
                double* pl = factor,
                    pm = matrix
            )
            {
                DenseFactorizations.Cholesky(_context, n, pl);
                // A⁻¹ = L⁻ᵀ·L⁻¹ as the solution of A·X = I; the lower triangle is kept and mirrored, as after dpotri.
                matrix.Clear();
                for (var i = 0; i < n; i++)
                    matrix[i + i * n] = 1;
                DenseFactorizations.CholeskySolve(_context, n, pl, n, pm);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(factor);
        }
        MatrixChecks.SymmetrizeFromLower(n, matrix);
        MatrixChecks.FiniteResult(matrix, n, "inverse");
    }

    /// <summary>LU factors and 0-based pivots, owned (never exposed) so solves can run concurrently.</summary>
    private sealed class Lu(DenseContext context, int n, double[] factors, int[] pivots) : ILuFactorization
    {
        public int Order => n;

        public void Solve(int nrhs, Span<double> b, bool transpose = false)
        {
            if (!MatrixChecks.RightHandSides(n, nrhs, b))
                return;
            fixed (
                double* pa = factors,
                    pb = b
            )
            fixed (int* pivot = pivots)
                DenseFactorizations.Solve(context, n, pa, pivot, nrhs, pb, transpose);
            MatrixChecks.FiniteResult(b, n, "solution");
        }
    }
}
