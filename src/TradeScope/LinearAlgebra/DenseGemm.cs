using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TradeScope.LinearAlgebra;

/// <summary>How the managed kernels run: the GEMM micro-kernel and the number of threads.</summary>
internal sealed class DenseContext
{
    public DenseContext(KernelShape shape, int threads)
    {
        if (threads < 1)
            throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread");
        Shape = shape;
        Threads = threads;
        Parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
    }

    public KernelShape Shape { get; }

    public int Threads { get; }

    public ParallelOptions Parallel { get; }

    /// <summary>Runs body(0..count) on up to <see cref="Threads"/> threads when the work (in flops or element
    /// operations) is worth a parallel loop, else on the calling thread.</summary>
    public void For(int count, double work, Action<int> body)
    {
        if (Threads == 1 || count == 1 || work < ParallelWorkThreshold)
        {
            for (var i = 0; i < count; i++)
                body(i);
            return;
        }
        System.Threading.Tasks.Parallel.For(0, count, Parallel, body);
    }

    /// <summary>Below about 2·10⁵ operations (tens of microseconds) a parallel loop costs more than it saves.</summary>
    private const double ParallelWorkThreshold = 2e5;
}

/// <summary>
/// C += α·op(A)·op(B) on column-major storage with leading dimensions: the packed, cache-blocked GEMM of Goto &amp;
/// van de Geijn (2008) around a register-blocked micro-kernel (<see cref="MicroKernels"/>). The managed provider's LU,
/// triangular solves and inverses are built so that almost all their flops run here.
/// </summary>
/// <remarks>
/// Hand-written because no maintained .NET package provides a fast dense GEMM (see <see cref="ManagedLinearAlgebra"/>).
/// Loops: for each nc-column block of op(B) and kc-deep slice, op(B) is packed once into nr-column micro-panels (shared,
/// read-only), then the mc-row blocks of op(A) are distributed over the threads; each task packs its block into
/// mr-row micro-panels and runs the micro-kernel over every tile of its part of C. When there are fewer row blocks than
/// twice the threads, the columns are split as well, so thin updates still use every core.
/// </remarks>
internal static unsafe class DenseGemm
{
    /// <summary>C(m×n, ldc) += α·op(A)·op(B); op(A) is m×k (A stored m×k with lda, or k×m when transposed), op(B) k×n.
    /// C must not overlap A or B.</summary>
    public static void Multiply(
        DenseContext context,
        bool transposeA,
        bool transposeB,
        int m,
        int n,
        int k,
        double alpha,
        double* a,
        int lda,
        double* b,
        int ldb,
        double* c,
        int ldc
    )
    {
        if (m <= 0 || n <= 0 || k <= 0 || alpha == 0)
            return;
        var shape = context.Shape;
        int mr = shape.Rows,
            nr = shape.Columns;
        var kc = Math.Min(shape.Kc, k);
        // Balance the row blocks: as many as mc asks for, rounded up to a multiple of the threads when m is large.
        var rowBlocks = (m + shape.Mc - 1) / shape.Mc;
        if (rowBlocks > 1 && rowBlocks % context.Threads != 0)
            rowBlocks += context.Threads - rowBlocks % context.Threads;
        var mc = RoundUp((m + rowBlocks - 1) / rowBlocks, mr);
        rowBlocks = (m + mc - 1) / mc;
        var ncMax = Math.Min(shape.Nc, RoundUp(n, nr));
        var packedB = ArrayPool<double>.Shared.Rent(kc * ncMax);
        try
        {
            fixed (double* pb = packedB)
            {
                var packedBAddress = (nint)pb;
                for (var jc = 0; jc < n; jc += shape.Nc)
                {
                    var nc = Math.Min(shape.Nc, n - jc);
                    var panels = (nc + nr - 1) / nr;
                    for (var pc = 0; pc < k; pc += kc)
                    {
                        var kb = Math.Min(kc, k - pc);
                        var bBlock = transposeB ? b + jc + (long)pc * ldb : b + pc + (long)jc * ldb;
                        PackB(context, transposeB, kb, nc, bBlock, ldb, pb, nr);
                        var aSlice = transposeA ? a + pc : a + (long)pc * lda;
                        var cBlock = c + (long)jc * ldc;
                        // Tasks: row blocks × column chunks (chunks only when rows alone cannot keep the threads busy).
                        var wanted = (2 * context.Threads + rowBlocks - 1) / rowBlocks;
                        var chunks = rowBlocks >= 2 * context.Threads ? 1 : Math.Min(panels, wanted);
                        var panelsPerChunk = (panels + chunks - 1) / chunks;
                        chunks = (panels + panelsPerChunk - 1) / panelsPerChunk;
                        var aAddress = (nint)aSlice;
                        var cAddress = (nint)cBlock;
                        context.For(
                            rowBlocks * chunks,
                            2.0 * m * nc * kb,
                            task =>
                            {
                                var ic = task % rowBlocks * mc;
                                var mb = Math.Min(mc, m - ic);
                                var firstPanel = task / rowBlocks * panelsPerChunk;
                                var lastPanel = Math.Min(panels, firstPanel + panelsPerChunk);
                                var aBlock = transposeA ? (double*)aAddress + (long)ic * lda : (double*)aAddress + ic;
                                Block(
                                    shape,
                                    transposeA,
                                    mb,
                                    nc,
                                    kb,
                                    alpha,
                                    aBlock,
                                    lda,
                                    (double*)packedBAddress,
                                    firstPanel,
                                    lastPanel,
                                    (double*)cAddress + ic,
                                    ldc
                                );
                            }
                        );
                    }
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(packedB);
        }
    }

    /// <summary>C ← β·C for an m×n block (β = 0 clears it, so NaN in C does not propagate, as in BLAS).</summary>
    public static void Scale(int m, int n, double beta, double* c, int ldc)
    {
        if (beta == 1)
            return;
        for (var j = 0; j < n; j++)
        {
            var column = new Span<double>(c + (long)j * ldc, m);
            if (beta == 0)
                column.Clear();
            else
                DenseVector.Scale(beta, column);
        }
    }

    /// <summary>One task: packs its mb×kb block of op(A) and runs the micro-kernel over panels [firstPanel, lastPanel) of B̃.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Block(
        KernelShape shape,
        bool transposeA,
        int mb,
        int nc,
        int kb,
        double alpha,
        double* a,
        int lda,
        double* packedB,
        int firstPanel,
        int lastPanel,
        double* c,
        int ldc
    )
    {
        int mr = shape.Rows,
            nr = shape.Columns;
        var rowPanels = (mb + mr - 1) / mr;
        var packedA = ArrayPool<double>.Shared.Rent(rowPanels * mr * kb);
        try
        {
            fixed (double* pa = packedA)
            {
                PackA(transposeA, mb, kb, a, lda, pa, mr);
                var run = shape.Run;
                for (var jp = firstPanel; jp < lastPanel; jp++)
                {
                    var j = jp * nr;
                    var columns = Math.Min(nr, nc - j);
                    var bPanel = packedB + (long)jp * nr * kb;
                    var cColumn = c + (long)j * ldc;
                    for (var ip = 0; ip < rowPanels; ip++)
                    {
                        var i = ip * mr;
                        run(kb, pa + (long)ip * mr * kb, bPanel, cColumn + i, ldc, alpha, Math.Min(mr, mb - i), columns);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(packedA);
        }
    }

    /// <summary>Packs op(A)[0..mb, 0..kb) into mr-row micro-panels: panel p holds, for each k, mr consecutive rows (zero-padded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackA(bool transposed, int mb, int kb, double* a, int lda, double* packed, int mr)
    {
        for (var i0 = 0; i0 < mb; i0 += mr)
        {
            var rows = Math.Min(mr, mb - i0);
            var panel = packed + (long)i0 * kb;
            if (!transposed)
            {
                // op(A)(i, p) = a[i + p·lda]: mr contiguous values per k.
                for (var p = 0; p < kb; p++)
                {
                    var source = a + i0 + (long)p * lda;
                    var target = panel + (long)p * mr;
                    if (rows == mr && mr % 4 == 0 && Vector256.IsHardwareAccelerated)
                    {
                        for (var i = 0; i < mr; i += 4)
                            Vector256.Store(Vector256.Load(source + i), target + i);
                    }
                    else
                    {
                        for (var i = 0; i < rows; i++)
                            target[i] = source[i];
                        for (var i = rows; i < mr; i++)
                            target[i] = 0;
                    }
                }
            }
            else
            {
                // op(A)(i, p) = a[p + i·lda]: each row of op(A) is a contiguous column of A.
                for (var i = 0; i < mr; i++)
                {
                    if (i < rows)
                    {
                        var source = a + (long)(i0 + i) * lda;
                        for (var p = 0; p < kb; p++)
                            panel[i + (long)p * mr] = source[p];
                    }
                    else
                        for (var p = 0; p < kb; p++)
                            panel[i + (long)p * mr] = 0;
                }
            }
        }
    }

    /// <summary>Packs op(B)[0..kb, 0..nc) into nr-column micro-panels: panel q holds, for each k, nr consecutive columns (zero-padded);
    /// the panels are packed in parallel when there are many.</summary>
    private static void PackB(DenseContext context, bool transposed, int kb, int nc, double* b, int ldb, double* packed, int nr)
    {
        var panels = (nc + nr - 1) / nr;
        var chunk = Math.Max(1, (panels + 2 * context.Threads - 1) / (2 * context.Threads));
        var chunks = (panels + chunk - 1) / chunk;
        var bAddress = (nint)b;
        var packedAddress = (nint)packed;
        context.For(
            chunks,
            (double)kb * nc,
            q =>
            {
                var end = Math.Min(panels, (q + 1) * chunk);
                for (var panel = q * chunk; panel < end; panel++)
                    PackBPanel(transposed, kb, nc, (double*)bAddress, ldb, (double*)packedAddress, nr, panel);
            }
        );
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackBPanel(bool transposed, int kb, int nc, double* b, int ldb, double* packed, int nr, int panel)
    {
        var j0 = panel * nr;
        var columns = Math.Min(nr, nc - j0);
        var target = packed + (long)j0 * kb;
        if (!transposed)
        {
            // op(B)(p, j) = b[p + j·ldb]: each column contiguous.
            for (var j = 0; j < nr; j++)
            {
                if (j < columns)
                {
                    var source = b + (long)(j0 + j) * ldb;
                    for (var p = 0; p < kb; p++)
                        target[j + (long)p * nr] = source[p];
                }
                else
                    for (var p = 0; p < kb; p++)
                        target[j + (long)p * nr] = 0;
            }
        }
        else
        {
            // op(B)(p, j) = b[j + p·ldb]: nr contiguous values per k.
            for (var p = 0; p < kb; p++)
            {
                var source = b + j0 + (long)p * ldb;
                var row = target + (long)p * nr;
                for (var j = 0; j < columns; j++)
                    row[j] = source[j];
                for (var j = columns; j < nr; j++)
                    row[j] = 0;
            }
        }
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;
}
