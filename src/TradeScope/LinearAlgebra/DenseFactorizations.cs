using System.Buffers;
using System.Runtime.CompilerServices;
using TradeScope.Core;

namespace TradeScope.LinearAlgebra;

/// <summary>
/// LU with partial pivoting (dgetrf), its solves (dgetrs) and inverse (dgetri), and the Cholesky factorization (dpotrf)
/// with its solves (dpotrs), on column-major n×n storage. Recursive, so that GEMM carries the flops (Toledo 1997,
/// "Locality of reference in LU decomposition with partial pivoting", SIAM J. Matrix Anal. Appl. 18(4); Gustavson 1997,
/// "Recursion leads to automatic variable blocking for dense linear-algebra algorithms", IBM J. Res. Dev. 41(6)).
/// </summary>
/// <remarks>Pivots are 0-based row indices: row i was interchanged with row pivots[i] (LAPACK's ipiv − 1).</remarks>
internal static unsafe class DenseFactorizations
{
    /// <summary>Panels up to this width are factored column by column.</summary>
    private const int LuLeaf = 16;

    private const int CholeskyLeaf = 32;

    /// <summary>Column block of the inverse's second phase (dgetri's nb).</summary>
    private const int InverseBlock = 256;

    /// <summary>P·A = L·U in place for the n×n matrix (L unit lower, U upper). An exactly zero pivot →
    /// <see cref="NumericalException"/> naming it (LAPACK's info &gt; 0), with <paramref name="routine"/> in the message: the
    /// LAPACK routine of the same operation, so both providers report a singular matrix in the same words.</summary>
    public static void Factor(DenseContext context, int n, double* a, int* pivots, string routine)
    {
        var zeroPivot = FactorPanel(context, n, n, a, n, pivots, 0);
        if (zeroPivot > 0)
            throw new NumericalException(MatrixChecks.Singular(n, zeroPivot, routine));
    }

    /// <summary>Solves op(A)·X = B with the LU factors (dgetrs); B is n×r.</summary>
    public static void Solve(DenseContext context, int n, double* lu, int* pivots, int r, double* b, bool transpose)
    {
        if (!transpose)
        {
            DenseTriangular.SwapRows(context, r, b, n, 0, n, pivots);
            DenseTriangular.SolveLeft(context, false, false, true, n, r, lu, n, b, n);
            DenseTriangular.SolveLeft(context, true, false, false, n, r, lu, n, b, n);
        }
        else
        {
            // Aᵀ = Uᵀ·Lᵀ·P: Uᵀ·Y = B, Lᵀ·Z = Y, X = Pᵀ·Z.
            DenseTriangular.SolveLeft(context, true, true, false, n, r, lu, n, b, n);
            DenseTriangular.SolveLeft(context, false, true, true, n, r, lu, n, b, n);
            DenseTriangular.SwapRows(context, r, b, n, 0, n, pivots, reverse: true);
        }
    }

    /// <summary>A⁻¹ in place from its LU factors (dgetri): U ← U⁻¹, then X·L = U⁻¹ for X by column blocks from the right
    /// (a GEMM with the blocks already solved, then a triangular solve with the diagonal block of L), then A⁻¹ = X·P.</summary>
    public static void Invert(DenseContext context, int n, double* lu, int* pivots)
    {
        DenseTriangular.InvertUpper(context, n, lu, n);
        var nb = Math.Min(InverseBlock, n);
        var work = ArrayPool<double>.Shared.Rent(n * nb);
        try
        {
            fixed (double* w = work)
            {
                var lastStart = (n - 1) / nb * nb;
                for (var j = lastStart; j >= 0; j -= nb)
                {
                    var jb = Math.Min(nb, n - j);
                    // Move L's columns j..j+jb (unit diagonal made explicit) to the work block; leave U⁻¹'s part in A.
                    for (var jj = 0; jj < jb; jj++)
                    {
                        var column = lu + (long)(j + jj) * n;
                        var target = w + (long)jj * n;
                        for (var i = j; i < j + jj; i++)
                            target[i] = 0;
                        target[j + jj] = 1;
                        for (var i = j + jj + 1; i < n; i++)
                        {
                            target[i] = column[i];
                            column[i] = 0;
                        }
                    }
                    var next = j + jb;
                    if (next < n)
                    {
                        var done = lu + (long)next * n;
                        DenseGemm.Multiply(context, false, false, n, jb, n - next, -1, done, n, w + next, n, lu + (long)j * n, n);
                    }
                    DenseTriangular.SolveRight(context, false, false, true, n, jb, w + j, n, lu + (long)j * n, n);
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(work);
        }
        // A⁻¹ = X·P: undo the interchanges on the columns, last first.
        for (var j = n - 2; j >= 0; j--)
        {
            var p = pivots[j];
            if (p == j)
                continue;
            double* left = lu + (long)j * n,
                right = lu + (long)p * n;
            for (var i = 0; i < n; i++)
                (left[i], right[i]) = (right[i], left[i]);
        }
    }

    /// <summary>A = L·Lᵀ in place on the lower triangle (dpotrf 'L'; the strict upper triangle is overwritten with
    /// scratch). A leading minor that is not positive → <see cref="NumericalException"/> naming its order, worded as
    /// the native provider's dpotrf message.</summary>
    public static void Cholesky(DenseContext context, int n, double* a)
    {
        var order = CholeskyBlock(context, n, a, n, 0);
        if (order > 0)
            throw new NumericalException(MatrixChecks.NotPositiveDefinite(n, order, "dpotrf"));
    }

    /// <summary>Solves A·X = B with the Cholesky factor L (dpotrs): L·Y = B, Lᵀ·X = Y.</summary>
    public static void CholeskySolve(DenseContext context, int n, double* l, int r, double* b)
    {
        DenseTriangular.SolveLeft(context, false, false, false, n, r, l, n, b, n);
        DenseTriangular.SolveLeft(context, false, true, false, n, r, l, n, b, n);
    }

    /// <summary>Recursive LU of the m×n panel (m ≥ n) at a; pivots relative to the panel's first row. Returns the 1-based
    /// global column (offset + j + 1) of the first exactly zero pivot, or 0.</summary>
    private static int FactorPanel(DenseContext context, int m, int n, double* a, int lda, int* pivots, int offset)
    {
        if (n <= LuLeaf)
            return FactorLeaf(m, n, a, lda, pivots, offset);
        var n1 = n / 2;
        var n2 = n - n1;
        var a12 = a + (long)n1 * lda;
        var a21 = a + n1;
        var a22 = a + n1 + (long)n1 * lda;
        var zero = FactorPanel(context, m, n1, a, lda, pivots, offset);
        if (zero > 0)
            return zero;
        DenseTriangular.SwapRows(context, n2, a12, lda, 0, n1, pivots);
        DenseTriangular.SolveLeft(context, false, false, true, n1, n2, a, lda, a12, lda); // A12 ← L11⁻¹·A12
        DenseGemm.Multiply(context, false, false, m - n1, n2, n1, -1, a21, lda, a12, lda, a22, lda); // A22 −= A21·A12
        zero = FactorPanel(context, m - n1, n2, a22, lda, pivots + n1, offset + n1);
        for (var i = n1; i < n; i++)
            pivots[i] += n1;
        DenseTriangular.SwapRows(context, n1, a, lda, n1, n, pivots);
        return zero;
    }

    /// <summary>Unblocked right-looking LU of a narrow panel (dgetf2): pivot = first largest |a_ij| in the column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FactorLeaf(int m, int n, double* a, int lda, int* pivots, int offset)
    {
        for (var j = 0; j < n; j++)
        {
            var column = a + (long)j * lda;
            var pivot = j;
            var largest = Math.Abs(column[j]);
            for (var i = j + 1; i < m; i++)
            {
                var value = Math.Abs(column[i]);
                if (value > largest)
                {
                    largest = value;
                    pivot = i;
                }
            }
            pivots[j] = pivot;
            if (largest == 0)
                return offset + j + 1;
            if (pivot != j)
            {
                for (var c = 0; c < n; c++)
                {
                    var start = (long)c * lda;
                    (a[j + start], a[pivot + start]) = (a[pivot + start], a[j + start]);
                }
            }
            var below = new Span<double>(column + j + 1, m - j - 1);
            DenseVector.Scale(1 / column[j], below);
            for (var c = j + 1; c < n; c++)
            {
                var target = a + (long)c * lda;
                var factor = target[j];
                if (factor != 0)
                    DenseVector.Axpy(-factor, below, new Span<double>(target + j + 1, m - j - 1));
            }
        }
        return 0;
    }

    /// <summary>Recursive Cholesky of the n×n diagonal block at a; returns the 1-based order of the first non-positive
    /// leading minor (offset included), or 0. L21 = A21·L11⁻ᵀ, A22 −= L21·L21ᵀ.</summary>
    private static int CholeskyBlock(DenseContext context, int n, double* a, int lda, int offset)
    {
        if (n <= CholeskyLeaf)
            return CholeskyLeafBlock(n, a, lda, offset);
        var n1 = n / 2;
        var n2 = n - n1;
        var order = CholeskyBlock(context, n1, a, lda, offset);
        if (order > 0)
            return order;
        var a21 = a + n1;
        var a22 = a + n1 + (long)n1 * lda;
        DenseTriangular.SolveRight(context, false, true, false, n2, n1, a, lda, a21, lda);
        DenseGemm.Multiply(context, false, true, n2, n2, n1, -1, a21, lda, a21, lda, a22, lda);
        return CholeskyBlock(context, n2, a22, lda, offset + n1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CholeskyLeafBlock(int n, double* a, int lda, int offset)
    {
        for (var j = 0; j < n; j++)
        {
            var column = a + (long)j * lda;
            var diagonal = column[j];
            if (!(diagonal > 0))
                return offset + j + 1;
            diagonal = Math.Sqrt(diagonal);
            column[j] = diagonal;
            var below = new Span<double>(column + j + 1, n - j - 1);
            DenseVector.Scale(1 / diagonal, below);
            for (var c = j + 1; c < n; c++)
            {
                var target = a + (long)c * lda;
                DenseVector.Axpy(-column[c], below.Slice(c - j - 1), new Span<double>(target + c, n - c));
            }
        }
        return 0;
    }
}
