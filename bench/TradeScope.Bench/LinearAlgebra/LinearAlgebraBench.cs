using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using TradeScope.LinearAlgebra;

namespace TradeScope.Bench.LinearAlgebra;

/// <summary>
/// Leontief inverse B = (I − A)⁻¹ of synthetic ICIO-shaped matrices: 77 × 45 = 3465 (the synthetic table) and
/// 1435 (WIOD 2013: 41 × 35). Reference: the raw OpenBLAS dgetrf + dgetri of the same I − A, measured in the same run.
/// Each timed action starts from the same input (a copy into the work buffer, in the reference too).
/// </summary>
public sealed class LinearAlgebraBench : IBenchSuite
{
    public string Name => "linalg";
    public string Description =>
        "Leontief inverse (I − A)⁻¹ at 3465 and 1435: providers vs raw OpenBLAS dgetrf+dgetri; Solve vs Invert+Multiply";

    private const double ManagedBudgetSeconds = 180;

    public void Run(BenchReport report)
    {
        var native = LinearAlgebraProviders.TryOpenBlas(out var p) ? (OpenBlasLinearAlgebra)p : null;
        report.Note(LinearAlgebraProviders.Describe());
        if (native is null)
            report.Note($"OpenBLAS unavailable ({LinearAlgebraProviders.OpenBlasUnavailableReason}): no reference, managed only");

        var large = Prepare(77, 45, seed: 1);
        var wiod = Prepare(41, 35, seed: 2011);
        double reference1435 = double.NaN;

        if (native is not null)
        {
            Cases(report, native, large, reference: true, out _);
            Cases(report, native, wiod, reference: false, out reference1435);
            report.Note(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"peak working set after the OpenBLAS cases: {BenchReport.PeakWorkingSetMiB():0} MiB (inputs A and I − A plus one "
                        + $"work matrix per size: 3 × {8.0 * large.N * large.N / 1048576:0} MiB + 3 × "
                        + $"{8.0 * wiod.N * wiod.N / 1048576:0} "
                        + $"MiB)"
                )
            );
            report.Note(string.Create(CultureInfo.InvariantCulture, $"{native.Threads} OpenBLAS threads, kernel {native.CoreName}"));
        }

        // Managed: 1435 always; 3465 only if it finishes within the budget (run on a background thread and
        // abandoned otherwise; it is the last case, so the process ends right after).
        var managed = LinearAlgebraProviders.Managed;
        var t1435 = report.Time(
            "managed InvertIdentityMinus",
            wiod.Size,
            () =>
            {
                wiod.A.CopyTo(wiod.Work, 0);
                managed.InvertIdentityMinus(wiod.N, wiod.Work);
            },
            repetitions: 1,
            warmUp: false
        );
        if (double.IsFinite(reference1435))
            Rewrite(report, t1435, reference1435);
        if (native is not null)
            report.Note($"managed vs OpenBLAS at 1435: max |Δ| / max |B| = {Agreement(native, wiod):E2}");
        var estimate = t1435 * Math.Pow((double)large.N / wiod.N, 3);
        // The budget dates from Math.NET's managed LU (not finished in 180 s at 3465, 2026-11-23); TradeScope's own kernels
        // take seconds, so the guard only matters on a machine without SIMD (the scalar kernel). See the 'blas' suite.
        if (estimate * 1.4 > ManagedBudgetSeconds)
        {
            report.Note(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"managed at {large.N} skipped: 1.4 × the n³ extrapolation from 1435 ({estimate:0} s) exceeds the "
                        + $"{ManagedBudgetSeconds:0} s budget"
                )
            );
            return;
        }
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"managed at {large.N}: n³ extrapolation from 1435 gives {estimate:0} s; trying with a {ManagedBudgetSeconds:0} s budget"
            )
        );
        var seconds = double.NaN;
        var worker = new Thread(() =>
        {
            var sw = Stopwatch.StartNew();
            large.A.CopyTo(large.Work, 0);
            managed.InvertIdentityMinus(large.N, large.Work);
            seconds = sw.Elapsed.TotalSeconds;
        })
        {
            IsBackground = true,
        };
        worker.Start();
        if (worker.Join(TimeSpan.FromSeconds(ManagedBudgetSeconds)))
        {
            report.Record("managed InvertIdentityMinus", large.Size, seconds);
            report.Note(
                string.Create(CultureInfo.InvariantCulture, $"managed InvertIdentityMinus at {large.N}: {seconds:0.0} s (one run)")
            );
        }
        else
        {
            report.Note(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"managed InvertIdentityMinus at {large.N}: not finished within {ManagedBudgetSeconds:0} s; abandoned"
                )
            );
        }
    }

    private sealed record Problem(
        int N,
        string Size,
        double[] A,
        double[] IdentityMinusA,
        double[] Work,
        double[] Demand,
        int Destinations
    );

    private static Problem Prepare(int countries, int sectors, int seed)
    {
        var n = countries * sectors;
        var a = SyntheticLeontief.Create(countries, sectors, seed);
        var identityMinus = (double[])a.Clone();
        for (var i = 0; i < identityMinus.Length; i++)
            identityMinus[i] = -identityMinus[i];
        for (var i = 0; i < n; i++)
            identityMinus[i + i * n] += 1;
        // Final demand by destination country: n × countries, as the Leontief system x = B·f needs.
        var random = new Random(seed + 1);
        var demand = new double[n * countries];
        for (var i = 0; i < demand.Length; i++)
            demand[i] = random.NextDouble();
        return new Problem(n, $"{countries}×{sectors} = {n}", a, identityMinus, new double[n * n], demand, countries);
    }

    private static void Cases(BenchReport report, ILinearAlgebra native, Problem problem, bool reference, out double referenceSeconds)
    {
        var n = problem.N;
        var reps = n > 2000 ? 9 : 11;
        // The three inversions are interleaved round by round, so a change in machine load hits all of them alike;
        // the ratio to raw is the median of the per-round ratios (paired), robust to load from other processes.
        var times = InterleavedTimes(
            reps,
            () =>
            {
                problem.IdentityMinusA.CopyTo(problem.Work, 0);
                RawInvert(n, problem.Work);
            },
            () =>
            {
                problem.A.CopyTo(problem.Work, 0);
                native.InvertIdentityMinus(n, problem.Work);
            },
            () =>
            {
                problem.IdentityMinusA.CopyTo(problem.Work, 0);
                native.Invert(n, problem.Work);
            }
        );
        var medians = times.Select(Median).ToArray();
        var raw = referenceSeconds = medians[0];
        report.Record("raw OpenBLAS dgetrf+dgetri of I − A", problem.Size, raw, reference: reference);
        report.Record("OpenBLAS InvertIdentityMinus(A)", problem.Size, medians[1]);
        report.Record("OpenBLAS Invert(I − A)", problem.Size, medians[2]);
        double Paired(int i) => Median(times[i].Select((t, r) => t / times[0][r]).ToArray());
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{problem.Size}, {reps} interleaved rounds, medians: raw dgetrf+dgetri {raw:0.000} s; InvertIdentityMinus "
                    + $"{medians[1]:0.000} s; Invert {medians[2]:0.000} s"
            )
        );
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"  paired ratio to raw (median of per-round ratios): InvertIdentityMinus {Paired(1):0.000}×, Invert "
                    + $"{Paired(2):0.000}×; "
                    + $"fastest runs: raw {times[0].Min():0.000} s, InvertIdentityMinus {times[1].Min():0.000} s, Invert "
                    + $"{times[2].Min():0.000} s"
            )
        );

        // The provider's own O(n²) work outside LAPACK: finiteness check of the input, I − A in place, check of the result.
        var overhead = Interleaved(
            reps,
            () =>
            {
                problem.A.CopyTo(problem.Work, 0);
                _ = MatrixChecks.AllFinite(problem.Work);
                MatrixChecks.IdentityMinus(n, problem.Work);
                _ = MatrixChecks.AllFinite(problem.Work);
            },
            () => problem.A.CopyTo(problem.Work, 0)
        );
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"provider passes outside LAPACK (2 finiteness checks + I − A): {overhead[0] - overhead[1]:0.000} s = "
                    + $"{(overhead[0] - overhead[1]) / raw:0.0%} of raw"
            )
        );
        problem.A.CopyTo(problem.Work, 0);
        native.InvertIdentityMinus(n, problem.Work);
        report.Note($"check of the provider's B: max |(I − A)·(B·x) − x| / max |x| = {Residual(native, problem):E2} for a random x");

        // x = B·f for final demand by destination: one solve vs an inverse and a product.
        var solved = new double[problem.Demand.Length];
        var product = new double[problem.Demand.Length];
        var size = $"{problem.Size}, {problem.Destinations} rhs";
        var pair = Interleaved(
            reps,
            () =>
            {
                problem.Demand.CopyTo(solved, 0);
                native.Solve(n, problem.Destinations, problem.IdentityMinusA, solved);
            },
            () =>
            {
                problem.A.CopyTo(problem.Work, 0);
                native.InvertIdentityMinus(n, problem.Work);
                native.Multiply(false, false, n, problem.Destinations, n, problem.Work, problem.Demand, product);
            }
        );
        report.Record("OpenBLAS Solve(I − A, F)", size, pair[0]);
        report.Record("OpenBLAS InvertIdentityMinus + Multiply(B, F)", size, pair[1]);
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{size}: Solve {pair[0]:0.000} s vs InvertIdentityMinus + Multiply {pair[1]:0.000} s ({pair[1] / pair[0]:0.0}× "
                    + $"slower); "
                    + $"results differ by {RelativeDifference(solved, product):E2} of the largest element"
            )
        );
    }

    /// <summary>One warm-up of each action, then <paramref name="rounds"/> rounds running every action once; the median per
    /// action.</summary>
    private static double[] Interleaved(int rounds, params Action[] actions) => InterleavedTimes(rounds, actions).Select(Median).ToArray();

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    /// <summary>One warm-up of each action, then <paramref name="rounds"/> rounds running every action once; all times per
    /// action.</summary>
    private static double[][] InterleavedTimes(int rounds, params Action[] actions)
    {
        foreach (var action in actions)
            action();
        var times = new double[actions.Length][];
        for (var i = 0; i < actions.Length; i++)
            times[i] = new double[rounds];
        for (var r = 0; r < rounds; r++)
            for (var i = 0; i < actions.Length; i++)
            {
                var sw = Stopwatch.StartNew();
                actions[i]();
                times[i][r] = sw.Elapsed.TotalSeconds;
            }
        return times;
    }

    private static void Rewrite(BenchReport report, double seconds, double raw) =>
        report.Note(string.Create(CultureInfo.InvariantCulture, $"  ↳ {seconds / raw:0.000}× the raw dgetrf+dgetri of this size"));

    /// <summary>The reference: LAPACK straight, with the workspace dgetri asks for; no checks, no extra passes.</summary>
    private static unsafe void RawInvert(int n, double[] matrix)
    {
        var pivots = ArrayPool<int>.Shared.Rent(n);
        int info,
            lda = n,
            lwork = -1;
        double query;
        fixed (double* pa = matrix)
        fixed (int* pivot = pivots)
        {
            OpenBlasNative.Dgetrf(&n, &n, pa, &lda, pivot, &info);
            if (info != 0)
                throw new InvalidOperationException($"dgetrf info = {info}");
            OpenBlasNative.Dgetri(&n, pa, &lda, pivot, &query, &lwork, &info);
            lwork = (int)query;
            var work = ArrayPool<double>.Shared.Rent(lwork);
            fixed (double* pw = work)
                OpenBlasNative.Dgetri(&n, pa, &lda, pivot, pw, &lwork, &info);
            ArrayPool<double>.Shared.Return(work);
            if (info != 0)
                throw new InvalidOperationException($"dgetri info = {info}");
        }
        ArrayPool<int>.Shared.Return(pivots);
    }

    private static double Agreement(ILinearAlgebra native, Problem problem)
    {
        var managedResult = (double[])problem.Work.Clone();
        problem.A.CopyTo(problem.Work, 0);
        native.InvertIdentityMinus(problem.N, problem.Work);
        return RelativeDifference(problem.Work, managedResult);
    }

    /// <summary>(I − A)·(B·x) − x for a random x, with B in the work buffer: two dgemv, no n×n copy.</summary>
    private static double Residual(ILinearAlgebra native, Problem problem)
    {
        var n = problem.N;
        var random = new Random(3);
        var x = new double[n];
        for (var i = 0; i < n; i++)
            x[i] = random.NextDouble();
        var y = new double[n];
        var z = new double[n];
        native.MultiplyVector(false, n, n, problem.Work, x, y);
        native.MultiplyVector(false, n, n, problem.IdentityMinusA, y, z);
        return RelativeDifference(z, x);
    }

    private static double RelativeDifference(double[] x, double[] y)
    {
        double diff = 0,
            max = 0;
        for (var i = 0; i < x.Length; i++)
        {
            diff = Math.Max(diff, Math.Abs(x[i] - y[i]));
            max = Math.Max(max, Math.Abs(y[i]));
        }
        return diff / max;
    }
}
