using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using TradeScope.LinearAlgebra;

namespace TradeScope.Bench.LinearAlgebra;

/// <summary>
/// The managed provider's kernels against OpenBLAS in the same process, interleaved: the machine's FMA peak (independent
/// accumulator chains, one core and all cores), GEMM GFLOP/s, LU (dgetrf) and inverse (dgetrf + dgetri) at n = 500,
/// 1,435 and 3,465, each with all threads and with one thread (OpenBLAS switched by openblas_set_num_threads).
/// </summary>
/// <remarks>
/// Environment: BLAS_SIZES (comma-separated orders, default 500,1435,3465), BLAS_ROUNDS (interleaved rounds, default 5;
/// 3 at n ≥ 3,000), BLAS_SINGLE=0 to skip the one-thread cases. Each timed action starts from the same input copied
/// into a buffer allocated and written before timing. The ratio is the median of the per-round ratios managed / OpenBLAS.
/// </remarks>
public sealed class ManagedBlasBench : IBenchSuite
{
    public string Name => "blas";
    public string Description =>
        "managed kernels vs OpenBLAS: FMA peak, GEMM GFLOP/s, LU and inverse at 500/1435/3465 (all threads and 1 thread)";

    public void Run(BenchReport report)
    {
        report.Note(LinearAlgebraProviders.Describe());
        var cores = Environment.ProcessorCount;
        report.Note(string.Create(CultureInfo.InvariantCulture, $"{cores} logical cores; load average at start {LoadAverage()}"));
        FmaPeak(report);
        if (!LinearAlgebraProviders.TryOpenBlas(out var native))
        {
            report.Note($"OpenBLAS unavailable ({LinearAlgebraProviders.OpenBlasUnavailableReason}): managed only, no ratios");
            native = null;
        }
        var sizes = (Environment.GetEnvironmentVariable("BLAS_SIZES") ?? "500,1435,3465")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .ToArray();
        var single = Environment.GetEnvironmentVariable("BLAS_SINGLE") != "0";
        var managed = ManagedLinearAlgebra.Instance;
        var managedSingle = new ManagedLinearAlgebra(managed.Kernel, 1);
        var avx2 =
            KernelShape.IsSupported(MicroKernel.Avx2Fma) && managed.Kernel != MicroKernel.Avx2Fma
                ? new ManagedLinearAlgebra(MicroKernel.Avx2Fma, managed.Threads)
                : null;
        foreach (var n in sizes)
        {
            var roundsSetting = Environment.GetEnvironmentVariable("BLAS_ROUNDS");
            var rounds =
                int.TryParse(roundsSetting, CultureInfo.InvariantCulture, out var r) && r > 0 ? r
                : n >= 3000 ? 3
                : 5;
            var problem = new Problem(n);
            Compare(report, problem, rounds, managed, avx2, native, threads: null);
            if (single && native is not null)
                Compare(report, problem, rounds, managedSingle, null, native, threads: 1);
        }
        report.Note(string.Create(CultureInfo.InvariantCulture, $"load average at end {LoadAverage()}"));
    }

    private sealed class Problem
    {
        public Problem(int n)
        {
            N = n;
            var random = new Random(n);
            A = new double[n * n];
            B = new double[n * n];
            for (var i = 0; i < A.Length; i++)
            {
                A[i] = random.NextDouble() - 0.5;
                B[i] = random.NextDouble() - 0.5;
            }
            // Leontief-like I − A: diagonally dominant columns, as the value-chain inverses.
            IdentityMinusA = new double[n * n];
            for (var j = 0; j < n; j++)
            {
                for (var i = 0; i < n; i++)
                    IdentityMinusA[i + j * n] = -0.6 / n * random.NextDouble() * (i / 35 == j / 35 ? 20 : 1);
                IdentityMinusA[j + j * n] += 1;
            }
            C = new double[n * n];
            Work = new double[n * n];
            Array.Fill(C, 1.0);
            Array.Fill(Work, 1.0);
        }

        public int N { get; }
        public double[] A { get; }
        public double[] B { get; }
        public double[] C { get; }
        public double[] IdentityMinusA { get; }
        public double[] Work { get; }
    }

    private static void Compare(
        BenchReport report,
        Problem problem,
        int rounds,
        ManagedLinearAlgebra managed,
        ManagedLinearAlgebra? alternative,
        ILinearAlgebra? native,
        int? threads
    )
    {
        var n = problem.N;
        var label = threads is null ? $"{managed.Threads} threads" : "1 thread";
        var size = string.Create(CultureInfo.InvariantCulture, $"n={n}, {label}");
        var gemmFlops = 2.0 * n * n * n;
        var luFlops = 2.0 / 3 * n * n * n;
        var inverseFlops = 2.0 * n * n * n;
        var cases = new List<(string Name, double Flops, Action Action)>();
        void Add(string name, ILinearAlgebra provider)
        {
            cases.Add(($"GEMM {name}", gemmFlops, () => provider.Multiply(false, false, n, n, n, problem.A, problem.B, problem.C)));
            cases.Add(($"LU (Factor) {name}", luFlops, () => provider.Factor(n, problem.IdentityMinusA)));
            cases.Add(
                (
                    $"inverse (Invert) {name}",
                    inverseFlops,
                    () =>
                    {
                        problem.IdentityMinusA.CopyTo(problem.Work, 0);
                        provider.Invert(n, problem.Work);
                    }
            )
            );
        }
        Add("managed", managed);
        if (alternative is not null)
            Add("managed AVX2 kernel", alternative);
        if (native is not null)
            Add("OpenBLAS", native);
        var previousThreads = native is not null ? OpenBlasThreads.Get() : 0;
        if (native is not null && threads is { } t)
            OpenBlasThreads.Set(t);
        try
        {
            foreach (var c in cases)
                c.Action(); // warm-up (JIT, pools, first touch)
            var times = cases.Select(_ => new double[rounds]).ToArray();
            var cpu = cases.Select(_ => new double[rounds]).ToArray();
            var process = Process.GetCurrentProcess();
            for (var round = 0; round < rounds; round++)
                for (var i = 0; i < cases.Count; i++)
                {
                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var sw = Stopwatch.StartNew();
                    cases[i].Action();
                    times[i][round] = sw.Elapsed.TotalSeconds;
                    process.Refresh();
                    cpu[i][round] = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                }
            for (var i = 0; i < cases.Count; i++)
            {
                var (name, flops, _) = cases[i];
                var median = Median(times[i]);
                var operation = name[..name.IndexOf(' ', StringComparison.Ordinal)];
                var nativeIndex = native is null
                    ? -1
                    : cases.FindIndex(x =>
                        x.Name.StartsWith(operation, StringComparison.Ordinal) && x.Name.EndsWith("OpenBLAS", StringComparison.Ordinal)
                    );
                double? ratio = nativeIndex >= 0 ? Median(times[i].Select((s, r) => s / times[nativeIndex][r]).ToArray()) : null;
                double? cpuRatio = nativeIndex >= 0 ? Median(cpu[i]) / Median(cpu[nativeIndex]) : null;
                var versus = ratio is { } x
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $"; {x:0.00}× OpenBLAS (median of per-round ratios), CPU-time ratio {cpuRatio:0.00}"
                    )
                    : "";
                var extra = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{flops / median / 1e9:0.0} GFLOP/s; CPU {Median(cpu[i]):0.000} s{versus}"
                );
                var isReference = name.EndsWith("OpenBLAS", StringComparison.Ordinal);
                report.Record(name, size, median, reference: isReference, extra: extra, ratio: ratio);
            }
        }
        finally
        {
            if (native is not null && threads is not null)
                OpenBlasThreads.Set(previousThreads);
        }
    }

    /// <summary>The FMA peak: independent FMA chains (no memory traffic), on one thread and on every core at once.</summary>
    private static void FmaPeak(BenchReport report)
    {
        foreach (var (label, flopsPerIteration, run) in PeakKernels())
        {
            run(1000);
            const long iterations = 50_000_000;
            var one = Stopwatch.StartNew();
            run(iterations);
            var single = iterations * flopsPerIteration / one.Elapsed.TotalSeconds / 1e9;
            var threads = Environment.ProcessorCount;
            var all = Stopwatch.StartNew();
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => run(iterations));
            var total = threads * iterations * flopsPerIteration / all.Elapsed.TotalSeconds / 1e9;
            report.Note(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"FMA peak ({label}): {single:0.0} GFLOP/s on one core, {total:0.0} GFLOP/s on {threads} cores"
                )
            );
            report.Note(
                string.Create(CultureInfo.InvariantCulture, $"  (12 independent FMA chains, {flopsPerIteration} flops per iteration)")
            );
        }
    }

    private static IEnumerable<(string Label, long Flops, Action<long> Run)> PeakKernels()
    {
        if (Fma.IsSupported)
            yield return ("Vector256 FMA", 12 * 4 * 2, Peak256);
        if (Avx512F.IsSupported)
            yield return ("Vector512 FMA", 12 * 8 * 2, Peak512);
    }

    /// <summary>12 independent chains c_i ← c_i·a + b: enough in flight to cover the FMA latency on two pipes.</summary>
    private static void Peak256(long iterations)
    {
        var a = Vector256.Create(0.999999);
        var b = Vector256.Create(1e-9);
        Vector256<double> c0 = a,
            c1 = a,
            c2 = a,
            c3 = a,
            c4 = a,
            c5 = a,
            c6 = a,
            c7 = a,
            c8 = a,
            c9 = a,
            c10 = a,
            c11 = a;
        for (long i = 0; i < iterations; i++)
        {
            c0 = Fma.MultiplyAdd(c0, a, b);
            c1 = Fma.MultiplyAdd(c1, a, b);
            c2 = Fma.MultiplyAdd(c2, a, b);
            c3 = Fma.MultiplyAdd(c3, a, b);
            c4 = Fma.MultiplyAdd(c4, a, b);
            c5 = Fma.MultiplyAdd(c5, a, b);
            c6 = Fma.MultiplyAdd(c6, a, b);
            c7 = Fma.MultiplyAdd(c7, a, b);
            c8 = Fma.MultiplyAdd(c8, a, b);
            c9 = Fma.MultiplyAdd(c9, a, b);
            c10 = Fma.MultiplyAdd(c10, a, b);
            c11 = Fma.MultiplyAdd(c11, a, b);
        }
        Sink = (c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11).GetElement(0);
    }

    private static void Peak512(long iterations)
    {
        var a = Vector512.Create(0.999999);
        var b = Vector512.Create(1e-9);
        Vector512<double> c0 = a,
            c1 = a,
            c2 = a,
            c3 = a,
            c4 = a,
            c5 = a,
            c6 = a,
            c7 = a,
            c8 = a,
            c9 = a,
            c10 = a,
            c11 = a;
        for (long i = 0; i < iterations; i++)
        {
            c0 = Avx512F.FusedMultiplyAdd(c0, a, b);
            c1 = Avx512F.FusedMultiplyAdd(c1, a, b);
            c2 = Avx512F.FusedMultiplyAdd(c2, a, b);
            c3 = Avx512F.FusedMultiplyAdd(c3, a, b);
            c4 = Avx512F.FusedMultiplyAdd(c4, a, b);
            c5 = Avx512F.FusedMultiplyAdd(c5, a, b);
            c6 = Avx512F.FusedMultiplyAdd(c6, a, b);
            c7 = Avx512F.FusedMultiplyAdd(c7, a, b);
            c8 = Avx512F.FusedMultiplyAdd(c8, a, b);
            c9 = Avx512F.FusedMultiplyAdd(c9, a, b);
            c10 = Avx512F.FusedMultiplyAdd(c10, a, b);
            c11 = Avx512F.FusedMultiplyAdd(c11, a, b);
        }
        Sink = (c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11).GetElement(0);
    }

    /// <summary>Keeps the peak loops' results alive.</summary>
    public static double Sink { get; private set; }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    internal static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

/// <summary>OpenBLAS's thread count, switched for the one-thread comparisons (bench only).</summary>
internal static partial class OpenBlasThreads
{
    [LibraryImport("libopenblas.so.0", EntryPoint = "openblas_set_num_threads")]
    private static partial void SetNumThreads(int threads);

    [LibraryImport("libopenblas.so.0", EntryPoint = "openblas_get_num_threads")]
    private static partial int GetNumThreads();

    public static void Set(int threads) => SetNumThreads(threads);

    public static int Get() => GetNumThreads();
}
