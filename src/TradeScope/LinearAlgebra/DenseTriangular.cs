using System.Runtime.CompilerServices;

namespace TradeScope.LinearAlgebra;

/// <summary>
/// Triangular solves with many right-hand sides (BLAS dtrsm), the triangular inverse (LAPACK dtrtri) and row
/// interchanges (dlaswp) on column-major storage with leading dimensions, written recursively so that all but
/// O(n²·leaf) of the flops run in <see cref="DenseGemm"/> (Elmroth, Gustavson, Jonsson &amp; Kågström 2004, "Recursive
/// blocked algorithms and hybrid data structures for dense matrix library software", SIAM Review 46(1)).
/// </summary>
internal static unsafe class DenseTriangular
{
    /// <summary>Triangles up to this order are solved directly; larger ones are split in two around a GEMM.</summary>
    private const int Leaf = 32;

    /// <summary>From this many right-hand sides a leaf triangle is inverted and applied by GEMM rather than by substitution.</summary>
    private const int InverseLeafMinimumColumns = 32;

    /// <summary>Solves op(T)·X = B in place (B is n×r, ldb; X overwrites B). T is n×n, lower or upper, unit diagonal or not.</summary>
    public static void SolveLeft(
        DenseContext context,
        bool upper,
        bool transpose,
        bool unit,
        int n,
        int r,
        double* t,
        int ldt,
        double* b,
        int ldb
    )
    {
        if (n <= 0 || r <= 0)
            return;
        if (n <= Leaf)
        {
            SolveLeftLeaf(context, upper, transpose, unit, n, r, t, ldt, b, ldb);
            return;
        }
        var n1 = n / 2;
        var n2 = n - n1;
        var t11 = t;
        var t22 = t + n1 + (long)n1 * ldt;
        // op(T) lower (forward): X1 from T11, then B2 −= op(T)21·X1, then X2 from T22; upper (backward) the other way.
        if (upper == transpose)
        {
            SolveLeft(context, upper, transpose, unit, n1, r, t11, ldt, b, ldb);
            var t21 = transpose ? t + (long)n1 * ldt : t + n1; // op(T)21 = T21, or T12ᵀ
            DenseGemm.Multiply(context, transpose, false, n2, r, n1, -1, t21, ldt, b, ldb, b + n1, ldb);
            SolveLeft(context, upper, transpose, unit, n2, r, t22, ldt, b + n1, ldb);
        }
        else
        {
            SolveLeft(context, upper, transpose, unit, n2, r, t22, ldt, b + n1, ldb);
            var t12 = transpose ? t + n1 : t + (long)n1 * ldt; // op(T)12 = T12, or T21ᵀ
            DenseGemm.Multiply(context, transpose, false, n1, r, n2, -1, t12, ldt, b + n1, ldb, b, ldb);
            SolveLeft(context, upper, transpose, unit, n1, r, t11, ldt, b, ldb);
        }
    }

    /// <summary>Solves X·op(T) = B in place (B is m×n, ldb; X overwrites B). T is n×n.</summary>
    public static void SolveRight(
        DenseContext context,
        bool upper,
        bool transpose,
        bool unit,
        int m,
        int n,
        double* t,
        int ldt,
        double* b,
        int ldb
    )
    {
        if (m <= 0 || n <= 0)
            return;
        if (n <= Leaf)
        {
            SolveRightLeaf(context, upper, transpose, unit, m, n, t, ldt, b, ldb);
            return;
        }
        var n1 = n / 2;
        var n2 = n - n1;
        var t11 = t;
        var t22 = t + n1 + (long)n1 * ldt;
        var b2 = b + (long)n1 * ldb;
        // op(T) upper: X1 from T11, B2 −= X1·op(T)12, X2 from T22; op(T) lower: X2 first.
        if (upper != transpose)
        {
            SolveRight(context, upper, transpose, unit, m, n1, t11, ldt, b, ldb);
            var t12 = transpose ? t + n1 : t + (long)n1 * ldt; // op(T)12 = T12, or T21ᵀ
            DenseGemm.Multiply(context, false, transpose, m, n2, n1, -1, b, ldb, t12, ldt, b2, ldb);
            SolveRight(context, upper, transpose, unit, m, n2, t22, ldt, b2, ldb);
        }
        else
        {
            SolveRight(context, upper, transpose, unit, m, n2, t22, ldt, b2, ldb);
            var t21 = transpose ? t + (long)n1 * ldt : t + n1; // op(T)21 = T21, or T12ᵀ
            DenseGemm.Multiply(context, false, transpose, m, n1, n2, -1, b2, ldb, t21, ldt, b, ldb);
            SolveRight(context, upper, transpose, unit, m, n1, t11, ldt, b, ldb);
        }
    }

    /// <summary>U ← U⁻¹ in place for an upper-triangular n×n U with non-zero diagonal (LAPACK dtrtri, 'U', 'N'); the strict
    /// lower triangle is not touched. Recursively: U12 ← −U11⁻¹·U12·U22⁻¹ (two solves), then the two diagonal blocks.</summary>
    public static void InvertUpper(DenseContext context, int n, double* u, int ldu)
    {
        if (n <= Leaf)
        {
            InvertUpperLeaf(n, u, ldu);
            return;
        }
        var n1 = n / 2;
        var n2 = n - n1;
        var u12 = u + (long)n1 * ldu;
        var u22 = u + n1 + (long)n1 * ldu;
        SolveLeft(context, true, false, false, n1, n2, u, ldu, u12, ldu);
        SolveRight(context, true, false, false, n1, n2, u22, ldu, u12, ldu);
        for (var j = 0; j < n2; j++)
            DenseVector.Scale(-1, new Span<double>(u12 + (long)j * ldu, n1));
        InvertUpper(context, n1, u, ldu);
        InvertUpper(context, n2, u22, ldu);
    }

    /// <summary>Applies the row interchanges pivots[first..last) (row i ↔ row pivots[i], 0-based, in that order, or in reverse
    /// order when <paramref name="reverse"/>) to the n columns of A (LAPACK dlaswp).</summary>
    public static void SwapRows(DenseContext context, int n, double* a, int lda, int first, int last, int* pivots, bool reverse = false)
    {
        if (n <= 0 || last <= first)
            return;
        var address = (nint)a;
        var pivotAddress = (nint)pivots;
        var chunk = Math.Max(16, (n + 2 * context.Threads - 1) / (2 * context.Threads));
        var chunks = (n + chunk - 1) / chunk;
        context.For(
            chunks,
            (double)n * (last - first) * 4,
            c =>
            {
                var start = c * chunk;
                var columns = Math.Min(n, start + chunk) - start;
                SwapColumns((double*)address + (long)start * lda, lda, columns, first, last, (int*)pivotAddress, reverse);
            }
        );
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SwapColumns(double* a, int lda, int columns, int first, int last, int* pivots, bool reverse)
    {
        for (var j = 0; j < columns; j++)
        {
            var column = a + (long)j * lda;
            if (!reverse)
            {
                for (var i = first; i < last; i++)
                    Swap(column, i, pivots[i]);
            }
            else
            {
                for (var i = last - 1; i >= first; i--)
                    Swap(column, i, pivots[i]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Swap(double* column, int i, int k)
    {
        if (i == k)
            return;
        (column[i], column[k]) = (column[k], column[i]);
    }

    /// <summary>A small triangle: with many right-hand sides, B ← op(T)⁻¹·B through the explicit inverse of the (at most
    /// <see cref="Leaf"/>-order) triangle and a GEMM (as blocked TRSM kernels do, e.g. Kågström, Ling &amp; Van Loan 1998,
    /// "GEMM-based level 3 BLAS", ACM TOMS 24(3)); with few, substitution one column at a time.</summary>
    private static void SolveLeftLeaf(
        DenseContext context,
        bool upper,
        bool transpose,
        bool unit,
        int n,
        int r,
        double* t,
        int ldt,
        double* b,
        int ldb
    )
    {
        if (r >= InverseLeafMinimumColumns)
        {
            SolveLeftByInverse(context, upper, transpose, unit, n, r, t, ldt, b, ldb);
            return;
        }
        var tAddress = (nint)t;
        var bAddress = (nint)b;
        var chunk = Math.Max(8, (r + 2 * context.Threads - 1) / (2 * context.Threads));
        var chunks = (r + chunk - 1) / chunk;
        context.For(
            chunks,
            (double)n * n * r,
            c =>
            {
                var end = Math.Min(r, (c + 1) * chunk);
                for (var j = c * chunk; j < end; j++)
                    SolveLeftColumn(upper, transpose, unit, n, (double*)tAddress, ldt, (double*)bAddress + (long)j * ldb);
            }
        );
    }

    private static void SolveLeftByInverse(
        DenseContext context,
        bool upper,
        bool transpose,
        bool unit,
        int n,
        int r,
        double* t,
        int ldt,
        double* b,
        int ldb
    )
    {
        // U = op(T), or op(T)ᵀ when op(T) is lower, as a dense upper triangle; inverted in place; then op(T)⁻¹ = U⁻¹ or U⁻ᵀ.
        var lower = upper == transpose;
        var u = stackalloc double[n * n];
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
            {
                // U(i, j) = op(T)(i, j), or op(T)(j, i) when lower; op(T)(p, q) = T(q, p) when transposed.
                int p = lower ? j : i,
                    q = lower ? i : j;
                var value =
                    i > j ? 0
                    : i == j && unit ? 1
                    : transpose ? t[q + (long)p * ldt]
                    : t[p + (long)q * ldt];
                u[i + j * n] = value;
            }
        InvertUpperLeaf(n, u, n);
        var copy = System.Buffers.ArrayPool<double>.Shared.Rent(n * r);
        try
        {
            fixed (double* x = copy)
            {
                for (var j = 0; j < r; j++)
                {
                    var column = new Span<double>(b + (long)j * ldb, n);
                    column.CopyTo(new Span<double>(x + (long)j * n, n));
                    column.Clear();
                }
                DenseGemm.Multiply(context, lower, false, n, r, n, 1, u, n, x, n, b, ldb);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(copy);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SolveLeftColumn(bool upper, bool transpose, bool unit, int n, double* t, int ldt, double* x)
    {
        var forward = upper == transpose;
        if (!transpose)
        {
            // Column form: x_j is final, then it is eliminated from the rest with column j of T (daxpy).
            for (var s = 0; s < n; s++)
            {
                var j = forward ? s : n - 1 - s;
                var column = t + (long)j * ldt;
                if (!unit)
                    x[j] /= column[j];
                var xj = x[j];
                if (xj == 0)
                    continue;
                var start = forward ? j + 1 : 0;
                var length = forward ? n - j - 1 : j;
                DenseVector.Axpy(-xj, new ReadOnlySpan<double>(column + start, length), new Span<double>(x + start, length));
            }
        }
        else
        {
            // Dot form: row i of Tᵀ is column i of T.
            for (var s = 0; s < n; s++)
            {
                var i = forward ? s : n - 1 - s;
                var column = t + (long)i * ldt;
                var sum = forward
                    ? DenseVector.Dot(new ReadOnlySpan<double>(column, i), new ReadOnlySpan<double>(x, i))
                    : DenseVector.Dot(new ReadOnlySpan<double>(column + i + 1, n - i - 1), new ReadOnlySpan<double>(x + i + 1, n - i - 1));
                var value = x[i] - sum;
                x[i] = unit ? value : value / column[i];
            }
        }
    }

    /// <summary>Substitution for a small triangle on the right: column j of X is B's column j minus the earlier columns of X
    /// times op(T)(i, j), divided by the diagonal; in parallel over row blocks of B when it is tall.</summary>
    private static void SolveRightLeaf(
        DenseContext context,
        bool upper,
        bool transpose,
        bool unit,
        int m,
        int n,
        double* t,
        int ldt,
        double* b,
        int ldb
    )
    {
        var tAddress = (nint)t;
        var bAddress = (nint)b;
        var chunk = Math.Max(64, (m + 2 * context.Threads - 1) / (2 * context.Threads));
        var chunks = (m + chunk - 1) / chunk;
        var forward = upper != transpose;
        context.For(
            chunks,
            (double)n * n * m,
            c =>
            {
                var i0 = c * chunk;
                SolveRightRows(
                    forward,
                    transpose,
                    unit,
                    Math.Min(m, i0 + chunk) - i0,
                    n,
                    (double*)tAddress,
                    ldt,
                    (double*)bAddress + i0,
                    ldb
                );
            }
        );
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SolveRightRows(bool forward, bool transpose, bool unit, int rows, int n, double* t, int ldt, double* b, int ldb)
    {
        for (var s = 0; s < n; s++)
        {
            var j = forward ? s : n - 1 - s;
            var target = new Span<double>(b + (long)j * ldb, rows);
            int from = forward ? 0 : j + 1,
                to = forward ? j : n;
            for (var i = from; i < to; i++)
            {
                var coefficient = transpose ? t[j + (long)i * ldt] : t[i + (long)j * ldt];
                if (coefficient != 0)
                    DenseVector.Axpy(-coefficient, new ReadOnlySpan<double>(b + (long)i * ldb, rows), target);
            }
            if (!unit)
                DenseVector.Scale(1 / t[j + (long)j * ldt], target);
        }
    }

    /// <summary>Unblocked inverse of a small upper triangle (LAPACK dtrti2):
    /// column j of U⁻¹ = −U⁻¹[0..j, 0..j]·U[0..j, j] / U_jj.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InvertUpperLeaf(int n, double* u, int ldu)
    {
        for (var j = 0; j < n; j++)
        {
            var column = u + (long)j * ldu;
            column[j] = 1 / column[j];
            var negativeDiagonal = -column[j];
            // x ← U⁻¹[0..j, 0..j]·x (upper-triangular matrix–vector product, in place, top to bottom).
            for (var k = 0; k < j; k++)
            {
                var xk = column[k];
                if (xk != 0)
                {
                    var previous = u + (long)k * ldu;
                    for (var i = 0; i < k; i++)
                        column[i] += xk * previous[i];
                    column[k] = xk * previous[k];
                }
            }
            for (var i = 0; i < j; i++)
                column[i] *= negativeDiagonal;
        }
    }
}
