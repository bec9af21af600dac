using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace TradeScope.LinearAlgebra;

/// <summary>The register-blocked micro-kernels of <see cref="DenseGemm"/>: the innermost GEMM loop on one packed tile.</summary>
internal enum MicroKernel
{
    /// <summary>Plain scalar code: any CPU (and the reference the vector kernels are tested against).</summary>
    Scalar,

    /// <summary><see cref="Vector128{T}"/> with fused multiply-add (ARM64 AdvSimd, or x86 with FMA3).</summary>
    Vector128Fma,

    /// <summary><see cref="Vector256{T}"/> with FMA3 (x86-64 with AVX2 + FMA).</summary>
    Avx2Fma,

    /// <summary><see cref="Vector512{T}"/> with AVX-512F (its FMA).</summary>
    Avx512,
}

/// <summary>
/// A micro-kernel with the tile and cache-block sizes the packed GEMM uses around it.
/// </summary>
/// <remarks>
/// Every kernel computes C[0..rows, 0..columns) += α·Ã·B̃ for packed panels: Ã holds <see cref="Rows"/> values of op(A)
/// per k (one micro-panel of rows), B̃ holds <see cref="Columns"/> values of op(B) per k. Panels are zero-padded to the full
/// tile, so the k-loop never branches; a partial tile is written through a small buffer. Block sizes (Goto &amp; van de
/// Geijn 2008, "Anatomy of high-performance matrix multiplication", ACM TOMS 34(3)): kc values of k per packed panel
/// (a B̃ micro-panel kc·nr stays in L1), an mc×kc block of Ã in L2, a kc×nc block of B̃ in L3.
/// </remarks>
internal sealed unsafe class KernelShape
{
    private KernelShape(
        MicroKernel kernel,
        int rows,
        int columns,
        int mc,
        int kc,
        int nc,
        delegate*<int, double*, double*, double*, int, double, int, int, void> run,
        string label
    )
    {
        Kernel = kernel;
        Rows = rows;
        Columns = columns;
        Mc = mc;
        Kc = kc;
        Nc = nc;
        Run = run;
        Label = label;
    }

    public MicroKernel Kernel { get; }

    /// <summary>mr: rows of a tile (a multiple of the vector width).</summary>
    public int Rows { get; }

    /// <summary>nr: columns of a tile.</summary>
    public int Columns { get; }

    /// <summary>Rows of op(A) per packed block (a multiple of <see cref="Rows"/>).</summary>
    public int Mc { get; }

    /// <summary>Depth (k) per packed block.</summary>
    public int Kc { get; }

    /// <summary>Columns of op(B) per packed block (a multiple of <see cref="Columns"/>).</summary>
    public int Nc { get; }

    /// <summary>The kernel: (kc, Ã, B̃, C, ldc, α, rows, columns).</summary>
    public delegate*<int, double*, double*, double*, int, double, int, int, void> Run { get; }

    /// <summary>Short description for the provider name, e.g. "AVX2+FMA".</summary>
    public string Label { get; }

    /// <summary>True when this CPU and runtime can run <paramref name="kernel"/>.</summary>
    public static bool IsSupported(MicroKernel kernel) =>
        kernel switch
        {
            MicroKernel.Scalar => true,
            MicroKernel.Vector128Fma => Vector128.IsHardwareAccelerated && (Fma.IsSupported || AdvSimd.Arm64.IsSupported),
            MicroKernel.Avx2Fma => Avx2.IsSupported && Fma.IsSupported && Vector256.IsHardwareAccelerated,
            MicroKernel.Avx512 => Avx512F.IsSupported && Vector512.IsHardwareAccelerated,
            _ => false,
        };

    /// <summary>The widest kernel this machine runs: AVX-512, else AVX2 + FMA, else 128-bit SIMD with FMA, else scalar (on this
    /// project's Zen 5 machine the AVX-512 kernel measured about 1.5× the AVX2 one; docs/performance.md).</summary>
    public static MicroKernel Best()
    {
        if (IsSupported(MicroKernel.Avx512))
            return MicroKernel.Avx512;
        if (IsSupported(MicroKernel.Avx2Fma))
            return MicroKernel.Avx2Fma;
        if (IsSupported(MicroKernel.Vector128Fma))
            return MicroKernel.Vector128Fma;
        return MicroKernel.Scalar;
    }

    /// <summary>The same kernel with other cache blocks (tests use tiny ones so small matrices cross every block boundary);
    /// <paramref name="mc"/> is rounded up to a multiple of the tile rows and <paramref name="nc"/> of the tile columns.</summary>
    public KernelShape WithBlocks(int mc, int kc, int nc)
    {
        if (mc < 1 || kc < 1 || nc < 1)
            throw new ArgumentOutOfRangeException(nameof(mc), "block sizes must be positive");
        return new(Kernel, Rows, Columns, (mc + Rows - 1) / Rows * Rows, kc, (nc + Columns - 1) / Columns * Columns, Run, Label);
    }

    /// <summary>The shape of <paramref name="kernel"/>; throws <see cref="PlatformNotSupportedException"/> where it cannot run.</summary>
    public static KernelShape For(MicroKernel kernel)
    {
        if (!IsSupported(kernel))
            throw new PlatformNotSupportedException($"the {kernel} GEMM kernel needs instructions this CPU lacks");
        return kernel switch
        {
            MicroKernel.Avx512 => new(kernel, 24, 8, 144, 256, 4080, &MicroKernels.Avx512Fma24x8, "AVX-512"),
            MicroKernel.Avx2Fma => new(kernel, 8, 6, 144, 256, 4080, &MicroKernels.Avx2Fma8x6, "AVX2+FMA"),
            MicroKernel.Vector128Fma => new(kernel, 8, 6, 144, 256, 4080, &MicroKernels.Vector128Fma8x6, "128-bit SIMD+FMA"),
            _ => new(kernel, 4, 4, 64, 256, 4080, &MicroKernels.Scalar4x4, "scalar"),
        };
    }
}

/// <summary>
/// The micro-kernels (see <see cref="KernelShape"/>). Written here because no maintained .NET library offers a fast
/// dense GEMM/LU (Math.NET's managed provider is 30–40× slower than OpenBLAS on this project's matrices); the loops
/// are unrolled by hand (a generated pattern) so the accumulators stay in registers.
/// </summary>
internal static unsafe class MicroKernels
{
    /// <summary>8×6 tile on <see cref="Vector256{T}"/> with FMA (AVX2 + FMA3): 12 accumulators, 2 loads and 6 broadcasts per k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Avx2Fma8x6(int kc, double* a, double* b, double* c, int ldc, double alpha, int rows, int columns)
    {
        var c0_0 = Vector256<double>.Zero;
        var c1_0 = Vector256<double>.Zero;
        var c0_1 = Vector256<double>.Zero;
        var c1_1 = Vector256<double>.Zero;
        var c0_2 = Vector256<double>.Zero;
        var c1_2 = Vector256<double>.Zero;
        var c0_3 = Vector256<double>.Zero;
        var c1_3 = Vector256<double>.Zero;
        var c0_4 = Vector256<double>.Zero;
        var c1_4 = Vector256<double>.Zero;
        var c0_5 = Vector256<double>.Zero;
        var c1_5 = Vector256<double>.Zero;
        for (var p = 0; p < kc; p++)
        {
            var a0 = Avx.LoadVector256(a);
            var a1 = Avx.LoadVector256(a + 4);
            var b0 = Vector256.Create(b[0]);
            c0_0 = Fma.MultiplyAdd(a0, b0, c0_0);
            c1_0 = Fma.MultiplyAdd(a1, b0, c1_0);
            var b1 = Vector256.Create(b[1]);
            c0_1 = Fma.MultiplyAdd(a0, b1, c0_1);
            c1_1 = Fma.MultiplyAdd(a1, b1, c1_1);
            var b2 = Vector256.Create(b[2]);
            c0_2 = Fma.MultiplyAdd(a0, b2, c0_2);
            c1_2 = Fma.MultiplyAdd(a1, b2, c1_2);
            var b3 = Vector256.Create(b[3]);
            c0_3 = Fma.MultiplyAdd(a0, b3, c0_3);
            c1_3 = Fma.MultiplyAdd(a1, b3, c1_3);
            var b4 = Vector256.Create(b[4]);
            c0_4 = Fma.MultiplyAdd(a0, b4, c0_4);
            c1_4 = Fma.MultiplyAdd(a1, b4, c1_4);
            var b5 = Vector256.Create(b[5]);
            c0_5 = Fma.MultiplyAdd(a0, b5, c0_5);
            c1_5 = Fma.MultiplyAdd(a1, b5, c1_5);
            a += 8;
            b += 6;
        }
        var scale = Vector256.Create(alpha);
        if (rows == 8 && columns == 6)
        {
            Update(c, c0_0, scale);
            Update(c + 4, c1_0, scale);
            Update(c + 1L * ldc, c0_1, scale);
            Update(c + 1L * ldc + 4, c1_1, scale);
            Update(c + 2L * ldc, c0_2, scale);
            Update(c + 2L * ldc + 4, c1_2, scale);
            Update(c + 3L * ldc, c0_3, scale);
            Update(c + 3L * ldc + 4, c1_3, scale);
            Update(c + 4L * ldc, c0_4, scale);
            Update(c + 4L * ldc + 4, c1_4, scale);
            Update(c + 5L * ldc, c0_5, scale);
            Update(c + 5L * ldc + 4, c1_5, scale);
            return;
        }
        var tile = stackalloc double[48];
        c0_0.Store(tile + 0);
        c1_0.Store(tile + 4);
        c0_1.Store(tile + 8);
        c1_1.Store(tile + 12);
        c0_2.Store(tile + 16);
        c1_2.Store(tile + 20);
        c0_3.Store(tile + 24);
        c1_3.Store(tile + 28);
        c0_4.Store(tile + 32);
        c1_4.Store(tile + 36);
        c0_5.Store(tile + 40);
        c1_5.Store(tile + 44);
        AddTile(tile, 8, c, ldc, alpha, rows, columns);
    }

    /// <summary>24×8 tile on <see cref="Vector512{T}"/> with AVX-512F FMA: 24 of 32 registers accumulate;
    /// 3 loads, 8 broadcasts per k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Avx512Fma24x8(int kc, double* a, double* b, double* c, int ldc, double alpha, int rows, int columns)
    {
        var c0_0 = Vector512<double>.Zero;
        var c1_0 = Vector512<double>.Zero;
        var c2_0 = Vector512<double>.Zero;
        var c0_1 = Vector512<double>.Zero;
        var c1_1 = Vector512<double>.Zero;
        var c2_1 = Vector512<double>.Zero;
        var c0_2 = Vector512<double>.Zero;
        var c1_2 = Vector512<double>.Zero;
        var c2_2 = Vector512<double>.Zero;
        var c0_3 = Vector512<double>.Zero;
        var c1_3 = Vector512<double>.Zero;
        var c2_3 = Vector512<double>.Zero;
        var c0_4 = Vector512<double>.Zero;
        var c1_4 = Vector512<double>.Zero;
        var c2_4 = Vector512<double>.Zero;
        var c0_5 = Vector512<double>.Zero;
        var c1_5 = Vector512<double>.Zero;
        var c2_5 = Vector512<double>.Zero;
        var c0_6 = Vector512<double>.Zero;
        var c1_6 = Vector512<double>.Zero;
        var c2_6 = Vector512<double>.Zero;
        var c0_7 = Vector512<double>.Zero;
        var c1_7 = Vector512<double>.Zero;
        var c2_7 = Vector512<double>.Zero;
        for (var p = 0; p < kc; p++)
        {
            var a0 = Avx512F.LoadVector512(a);
            var a1 = Avx512F.LoadVector512(a + 8);
            var a2 = Avx512F.LoadVector512(a + 16);
            var b0 = Vector512.Create(b[0]);
            c0_0 = Avx512F.FusedMultiplyAdd(a0, b0, c0_0);
            c1_0 = Avx512F.FusedMultiplyAdd(a1, b0, c1_0);
            c2_0 = Avx512F.FusedMultiplyAdd(a2, b0, c2_0);
            var b1 = Vector512.Create(b[1]);
            c0_1 = Avx512F.FusedMultiplyAdd(a0, b1, c0_1);
            c1_1 = Avx512F.FusedMultiplyAdd(a1, b1, c1_1);
            c2_1 = Avx512F.FusedMultiplyAdd(a2, b1, c2_1);
            var b2 = Vector512.Create(b[2]);
            c0_2 = Avx512F.FusedMultiplyAdd(a0, b2, c0_2);
            c1_2 = Avx512F.FusedMultiplyAdd(a1, b2, c1_2);
            c2_2 = Avx512F.FusedMultiplyAdd(a2, b2, c2_2);
            var b3 = Vector512.Create(b[3]);
            c0_3 = Avx512F.FusedMultiplyAdd(a0, b3, c0_3);
            c1_3 = Avx512F.FusedMultiplyAdd(a1, b3, c1_3);
            c2_3 = Avx512F.FusedMultiplyAdd(a2, b3, c2_3);
            var b4 = Vector512.Create(b[4]);
            c0_4 = Avx512F.FusedMultiplyAdd(a0, b4, c0_4);
            c1_4 = Avx512F.FusedMultiplyAdd(a1, b4, c1_4);
            c2_4 = Avx512F.FusedMultiplyAdd(a2, b4, c2_4);
            var b5 = Vector512.Create(b[5]);
            c0_5 = Avx512F.FusedMultiplyAdd(a0, b5, c0_5);
            c1_5 = Avx512F.FusedMultiplyAdd(a1, b5, c1_5);
            c2_5 = Avx512F.FusedMultiplyAdd(a2, b5, c2_5);
            var b6 = Vector512.Create(b[6]);
            c0_6 = Avx512F.FusedMultiplyAdd(a0, b6, c0_6);
            c1_6 = Avx512F.FusedMultiplyAdd(a1, b6, c1_6);
            c2_6 = Avx512F.FusedMultiplyAdd(a2, b6, c2_6);
            var b7 = Vector512.Create(b[7]);
            c0_7 = Avx512F.FusedMultiplyAdd(a0, b7, c0_7);
            c1_7 = Avx512F.FusedMultiplyAdd(a1, b7, c1_7);
            c2_7 = Avx512F.FusedMultiplyAdd(a2, b7, c2_7);
            a += 24;
            b += 8;
        }
        var scale = Vector512.Create(alpha);
        if (rows == 24 && columns == 8)
        {
            Update(c, c0_0, scale);
            Update(c + 8, c1_0, scale);
            Update(c + 16, c2_0, scale);
            Update(c + 1L * ldc, c0_1, scale);
            Update(c + 1L * ldc + 8, c1_1, scale);
            Update(c + 1L * ldc + 16, c2_1, scale);
            Update(c + 2L * ldc, c0_2, scale);
            Update(c + 2L * ldc + 8, c1_2, scale);
            Update(c + 2L * ldc + 16, c2_2, scale);
            Update(c + 3L * ldc, c0_3, scale);
            Update(c + 3L * ldc + 8, c1_3, scale);
            Update(c + 3L * ldc + 16, c2_3, scale);
            Update(c + 4L * ldc, c0_4, scale);
            Update(c + 4L * ldc + 8, c1_4, scale);
            Update(c + 4L * ldc + 16, c2_4, scale);
            Update(c + 5L * ldc, c0_5, scale);
            Update(c + 5L * ldc + 8, c1_5, scale);
            Update(c + 5L * ldc + 16, c2_5, scale);
            Update(c + 6L * ldc, c0_6, scale);
            Update(c + 6L * ldc + 8, c1_6, scale);
            Update(c + 6L * ldc + 16, c2_6, scale);
            Update(c + 7L * ldc, c0_7, scale);
            Update(c + 7L * ldc + 8, c1_7, scale);
            Update(c + 7L * ldc + 16, c2_7, scale);
            return;
        }
        var tile = stackalloc double[192];
        c0_0.Store(tile + 0);
        c1_0.Store(tile + 8);
        c2_0.Store(tile + 16);
        c0_1.Store(tile + 24);
        c1_1.Store(tile + 32);
        c2_1.Store(tile + 40);
        c0_2.Store(tile + 48);
        c1_2.Store(tile + 56);
        c2_2.Store(tile + 64);
        c0_3.Store(tile + 72);
        c1_3.Store(tile + 80);
        c2_3.Store(tile + 88);
        c0_4.Store(tile + 96);
        c1_4.Store(tile + 104);
        c2_4.Store(tile + 112);
        c0_5.Store(tile + 120);
        c1_5.Store(tile + 128);
        c2_5.Store(tile + 136);
        c0_6.Store(tile + 144);
        c1_6.Store(tile + 152);
        c2_6.Store(tile + 160);
        c0_7.Store(tile + 168);
        c1_7.Store(tile + 176);
        c2_7.Store(tile + 184);
        AddTile(tile, 24, c, ldc, alpha, rows, columns);
    }

    /// <summary>8×6 tile on <see cref="Vector128{T}"/> with fused multiply-add (ARM64 AdvSimd; x86 with FMA): 24 accumulators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Vector128Fma8x6(int kc, double* a, double* b, double* c, int ldc, double alpha, int rows, int columns)
    {
        var c0_0 = Vector128<double>.Zero;
        var c1_0 = Vector128<double>.Zero;
        var c2_0 = Vector128<double>.Zero;
        var c3_0 = Vector128<double>.Zero;
        var c0_1 = Vector128<double>.Zero;
        var c1_1 = Vector128<double>.Zero;
        var c2_1 = Vector128<double>.Zero;
        var c3_1 = Vector128<double>.Zero;
        var c0_2 = Vector128<double>.Zero;
        var c1_2 = Vector128<double>.Zero;
        var c2_2 = Vector128<double>.Zero;
        var c3_2 = Vector128<double>.Zero;
        var c0_3 = Vector128<double>.Zero;
        var c1_3 = Vector128<double>.Zero;
        var c2_3 = Vector128<double>.Zero;
        var c3_3 = Vector128<double>.Zero;
        var c0_4 = Vector128<double>.Zero;
        var c1_4 = Vector128<double>.Zero;
        var c2_4 = Vector128<double>.Zero;
        var c3_4 = Vector128<double>.Zero;
        var c0_5 = Vector128<double>.Zero;
        var c1_5 = Vector128<double>.Zero;
        var c2_5 = Vector128<double>.Zero;
        var c3_5 = Vector128<double>.Zero;
        for (var p = 0; p < kc; p++)
        {
            var a0 = Vector128.Load(a);
            var a1 = Vector128.Load(a + 2);
            var a2 = Vector128.Load(a + 4);
            var a3 = Vector128.Load(a + 6);
            var b0 = Vector128.Create(b[0]);
            c0_0 = Vector128.FusedMultiplyAdd(a0, b0, c0_0);
            c1_0 = Vector128.FusedMultiplyAdd(a1, b0, c1_0);
            c2_0 = Vector128.FusedMultiplyAdd(a2, b0, c2_0);
            c3_0 = Vector128.FusedMultiplyAdd(a3, b0, c3_0);
            var b1 = Vector128.Create(b[1]);
            c0_1 = Vector128.FusedMultiplyAdd(a0, b1, c0_1);
            c1_1 = Vector128.FusedMultiplyAdd(a1, b1, c1_1);
            c2_1 = Vector128.FusedMultiplyAdd(a2, b1, c2_1);
            c3_1 = Vector128.FusedMultiplyAdd(a3, b1, c3_1);
            var b2 = Vector128.Create(b[2]);
            c0_2 = Vector128.FusedMultiplyAdd(a0, b2, c0_2);
            c1_2 = Vector128.FusedMultiplyAdd(a1, b2, c1_2);
            c2_2 = Vector128.FusedMultiplyAdd(a2, b2, c2_2);
            c3_2 = Vector128.FusedMultiplyAdd(a3, b2, c3_2);
            var b3 = Vector128.Create(b[3]);
            c0_3 = Vector128.FusedMultiplyAdd(a0, b3, c0_3);
            c1_3 = Vector128.FusedMultiplyAdd(a1, b3, c1_3);
            c2_3 = Vector128.FusedMultiplyAdd(a2, b3, c2_3);
            c3_3 = Vector128.FusedMultiplyAdd(a3, b3, c3_3);
            var b4 = Vector128.Create(b[4]);
            c0_4 = Vector128.FusedMultiplyAdd(a0, b4, c0_4);
            c1_4 = Vector128.FusedMultiplyAdd(a1, b4, c1_4);
            c2_4 = Vector128.FusedMultiplyAdd(a2, b4, c2_4);
            c3_4 = Vector128.FusedMultiplyAdd(a3, b4, c3_4);
            var b5 = Vector128.Create(b[5]);
            c0_5 = Vector128.FusedMultiplyAdd(a0, b5, c0_5);
            c1_5 = Vector128.FusedMultiplyAdd(a1, b5, c1_5);
            c2_5 = Vector128.FusedMultiplyAdd(a2, b5, c2_5);
            c3_5 = Vector128.FusedMultiplyAdd(a3, b5, c3_5);
            a += 8;
            b += 6;
        }
        var scale = Vector128.Create(alpha);
        if (rows == 8 && columns == 6)
        {
            Update(c, c0_0, scale);
            Update(c + 2, c1_0, scale);
            Update(c + 4, c2_0, scale);
            Update(c + 6, c3_0, scale);
            Update(c + 1L * ldc, c0_1, scale);
            Update(c + 1L * ldc + 2, c1_1, scale);
            Update(c + 1L * ldc + 4, c2_1, scale);
            Update(c + 1L * ldc + 6, c3_1, scale);
            Update(c + 2L * ldc, c0_2, scale);
            Update(c + 2L * ldc + 2, c1_2, scale);
            Update(c + 2L * ldc + 4, c2_2, scale);
            Update(c + 2L * ldc + 6, c3_2, scale);
            Update(c + 3L * ldc, c0_3, scale);
            Update(c + 3L * ldc + 2, c1_3, scale);
            Update(c + 3L * ldc + 4, c2_3, scale);
            Update(c + 3L * ldc + 6, c3_3, scale);
            Update(c + 4L * ldc, c0_4, scale);
            Update(c + 4L * ldc + 2, c1_4, scale);
            Update(c + 4L * ldc + 4, c2_4, scale);
            Update(c + 4L * ldc + 6, c3_4, scale);
            Update(c + 5L * ldc, c0_5, scale);
            Update(c + 5L * ldc + 2, c1_5, scale);
            Update(c + 5L * ldc + 4, c2_5, scale);
            Update(c + 5L * ldc + 6, c3_5, scale);
            return;
        }
        var tile = stackalloc double[48];
        c0_0.Store(tile + 0);
        c1_0.Store(tile + 2);
        c2_0.Store(tile + 4);
        c3_0.Store(tile + 6);
        c0_1.Store(tile + 8);
        c1_1.Store(tile + 10);
        c2_1.Store(tile + 12);
        c3_1.Store(tile + 14);
        c0_2.Store(tile + 16);
        c1_2.Store(tile + 18);
        c2_2.Store(tile + 20);
        c3_2.Store(tile + 22);
        c0_3.Store(tile + 24);
        c1_3.Store(tile + 26);
        c2_3.Store(tile + 28);
        c3_3.Store(tile + 30);
        c0_4.Store(tile + 32);
        c1_4.Store(tile + 34);
        c2_4.Store(tile + 36);
        c3_4.Store(tile + 38);
        c0_5.Store(tile + 40);
        c1_5.Store(tile + 42);
        c2_5.Store(tile + 44);
        c3_5.Store(tile + 46);
        AddTile(tile, 8, c, ldc, alpha, rows, columns);
    }

    /// <summary>4×4 tile in scalar code: 16 accumulators in locals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scalar4x4(int kc, double* a, double* b, double* c, int ldc, double alpha, int rows, int columns)
    {
        var tile = stackalloc double[16];
        for (var i = 0; i < 16; i++)
            tile[i] = 0;
        for (var p = 0; p < kc; p++)
        {
            for (var j = 0; j < 4; j++)
            {
                var bj = b[j];
                for (var i = 0; i < 4; i++)
                    tile[i + 4 * j] += a[i] * bj;
            }
            a += 4;
            b += 4;
        }
        AddTile(tile, 4, c, ldc, alpha, rows, columns);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update(double* c, Vector128<double> sum, Vector128<double> alpha) =>
        Vector128.Store(Vector128.FusedMultiplyAdd(sum, alpha, Vector128.Load(c)), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update(double* c, Vector256<double> sum, Vector256<double> alpha) =>
        Vector256.Store(Fma.MultiplyAdd(sum, alpha, Vector256.Load(c)), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update(double* c, Vector512<double> sum, Vector512<double> alpha) =>
        Vector512.Store(Avx512F.FusedMultiplyAdd(sum, alpha, Vector512.Load(c)), c);

    /// <summary>C[0..rows, 0..columns) += α·tile for a partial tile (tile column-major with leading dimension
    /// <paramref name="ld"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddTile(double* tile, int ld, double* c, int ldc, double alpha, int rows, int columns)
    {
        for (var j = 0; j < columns; j++)
            for (var i = 0; i < rows; i++)
                c[i + (long)j * ldc] += alpha * tile[i + ld * j];
    }
}
