using TradeScope.LinearAlgebra;
using Xunit;

namespace TradeScope.Tests.LinearAlgebra;

/// <summary>The contract on the managed provider with the scalar micro-kernel (the path of CPUs without SIMD FMA), two
/// threads and tiny cache blocks, so that small matrices cross every block boundary of the packed GEMM.</summary>
public sealed class ManagedScalarKernelTests : LinearAlgebraContract
{
    private static readonly ManagedLinearAlgebra Scalar = new(MicroKernel.Scalar, 2, (Mc: 8, Kc: 5, Nc: 12));

    protected override ILinearAlgebra Provider => Scalar;
}

/// <summary>The contract on the AVX2 + FMA (Vector256) micro-kernel with tiny blocks and two threads.</summary>
[RequiresKernel(MicroKernel.Avx2Fma)]
public sealed class ManagedAvx2KernelTests : LinearAlgebraContract
{
    private static readonly Lazy<ManagedLinearAlgebra> Avx2 = new(() => new(MicroKernel.Avx2Fma, 2, (Mc: 16, Kc: 7, Nc: 18)));

    protected override ILinearAlgebra Provider => Avx2.Value;
}

/// <summary>The contract on the AVX-512 (Vector512) micro-kernel with tiny blocks and two threads (skipped without AVX-512).</summary>
[RequiresKernel(MicroKernel.Avx512)]
public sealed class ManagedAvx512KernelTests : LinearAlgebraContract
{
    private static readonly Lazy<ManagedLinearAlgebra> Avx512 = new(() => new(MicroKernel.Avx512, 2, (Mc: 48, Kc: 9, Nc: 16)));

    protected override ILinearAlgebra Provider => Avx512.Value;
}

/// <summary>The contract on the 128-bit SIMD + FMA micro-kernel (the ARM64 path), one thread, default blocks.</summary>
[RequiresKernel(MicroKernel.Vector128Fma)]
public sealed class ManagedVector128KernelTests : LinearAlgebraContract
{
    private static readonly Lazy<ManagedLinearAlgebra> Vector128 = new(() => new(MicroKernel.Vector128Fma, 1));

    protected override ILinearAlgebra Provider => Vector128.Value;
}

/// <summary>Kernel choice and naming of the managed provider.</summary>
public sealed class ManagedKernelChoiceTests
{
    [Fact]
    public void Default_provider_uses_the_fastest_supported_kernel_and_every_core_and_says_so()
    {
        var managed = ManagedLinearAlgebra.Instance;
        Assert.Same(managed, LinearAlgebraProviders.Managed);
        Assert.True(KernelShape.IsSupported(managed.Kernel));
        Assert.Equal(Environment.ProcessorCount, managed.Threads);
        Assert.StartsWith("managed (TradeScope", managed.Name);
        Assert.Contains($"{Environment.ProcessorCount} thread", managed.Name);
        Assert.Contains(KernelShape.For(managed.Kernel).Label, managed.Name);
        Assert.DoesNotContain("Math.NET", managed.Name);
    }

    [Fact]
    public void Kernels_this_CPU_lacks_are_refused()
    {
        Assert.True(KernelShape.IsSupported(MicroKernel.Scalar));
        foreach (var kernel in Enum.GetValues<MicroKernel>().Where(k => !KernelShape.IsSupported(k)))
            Assert.Throws<PlatformNotSupportedException>(() => new ManagedLinearAlgebra(kernel, 1));
    }

    [Fact]
    public void Every_supported_kernel_and_thread_count_gives_the_same_inverse_to_rounding()
    {
        const int n = 300;
        var a = TestMatrices.Leontief(new Random(47), n, maxColumnSum: 0.95);
        var reference = (double[])a.Clone();
        ((ILinearAlgebra)new ManagedLinearAlgebra(MicroKernel.Scalar, 1)).InvertIdentityMinus(n, reference);
        foreach (var kernel in Enum.GetValues<MicroKernel>().Where(KernelShape.IsSupported))
            foreach (var threads in new[] { 1, 3 })
            {
                var b = (double[])a.Clone();
                ((ILinearAlgebra)new ManagedLinearAlgebra(kernel, threads)).InvertIdentityMinus(n, b);
                var error = TestMatrices.RelativeError(b, reference);
                Assert.True(error < 1e-12, $"{kernel}, {threads} threads: {error:E2}");
            }
    }

    [Fact]
    public void Block_sizes_are_rounded_to_whole_tiles()
    {
        var shape = KernelShape.For(MicroKernel.Scalar).WithBlocks(5, 3, 7);
        Assert.Equal(0, shape.Mc % shape.Rows);
        Assert.Equal(0, shape.Nc % shape.Columns);
        Assert.Equal(3, shape.Kc);
    }
}
