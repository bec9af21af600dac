using FsCheck;
using FsCheck.Fluent;
using TradeScope.Core;
using TradeScope.LinearAlgebra;
using Xunit;

namespace TradeScope.Tests.LinearAlgebra;

/// <summary>The one test suite of <see cref="ILinearAlgebra"/>, run for every provider by the derived classes below.</summary>
public abstract class LinearAlgebraContract
{
    protected abstract ILinearAlgebra Provider { get; }

    private static Config Properties => Config.QuickThrowOnFailure.WithMaxTest(40);

    // ---- Multiply (dgemm) ----

    [ProviderFact]
    public void Multiply_small_worked_example()
    {
        // A = [1 2 3; 4 5 6] (2×3), B = [7 8; 9 10; 11 12] (3×2): A·B = [58 64; 139 154].
        double[] a = [1, 4, 2, 5, 3, 6],
            b = [7, 9, 11, 8, 10, 12];
        var c = new double[4];
        Provider.Multiply(false, false, 2, 2, 3, a, b, c);
        Assert.Equal([58.0, 139, 64, 154], c);
    }

    [ProviderTheory]
    [InlineData(false, false, 0.0, 1.0)]
    [InlineData(true, false, 0.0, 1.0)]
    [InlineData(false, true, 0.0, 1.0)]
    [InlineData(true, true, 0.0, 1.0)]
    [InlineData(false, false, 1.0, 1.0)]
    [InlineData(true, true, -0.5, 2.0)]
    [InlineData(false, true, 1.0, -1.0)]
    public void Multiply_matches_the_definition_with_transposes_alpha_and_beta(bool transposeA, bool transposeB, double beta, double alpha)
    {
        var random = new Random(7);
        foreach (var (m, n, k) in new[] { (1, 1, 1), (3, 5, 4), (17, 9, 33), (64, 65, 63) })
        {
            var a = TestMatrices.Random(random, m, k);
            var b = TestMatrices.Random(random, k, n);
            var c0 = TestMatrices.Random(random, m, n);
            var expected = TestMatrices.Naive(transposeA, transposeB, m, n, k, a, b);
            for (var i = 0; i < expected.Length; i++)
                expected[i] = alpha * expected[i] + beta * c0[i];
            var c = (double[])c0.Clone();
            Provider.Multiply(transposeA, transposeB, m, n, k, a, b, c, beta, alpha);
            Assert.True(TestMatrices.RelativeError(c, expected) < 1e-13, $"{m}×{n}×{k}: error {TestMatrices.RelativeError(c, expected)}");
        }
    }

    [ProviderFact]
    public void Multiply_with_beta_zero_ignores_NaN_in_the_output()
    {
        double[] a = [1, 2, 3, 4],
            b = [1, 0, 0, 1];
        double[] c = [double.NaN, double.NaN, double.PositiveInfinity, double.NaN];
        Provider.Multiply(false, false, 2, 2, 2, a, b, c);
        Assert.Equal(a, c);
    }

    [ProviderFact]
    public void Multiply_with_empty_inner_dimension_scales_C_by_beta()
    {
        double[] c = [1, 2, 3];
        Provider.Multiply(false, false, 3, 1, 0, [], [], c, beta: 2);
        Assert.Equal([2.0, 4, 6], c);
        Provider.Multiply(false, false, 3, 1, 0, [], [], c);
        Assert.Equal([0.0, 0, 0], c);
    }

    [ProviderFact]
    public void Multiply_rejects_wrong_lengths_negative_dimensions_and_aliasing()
    {
        var a = new double[6];
        var b = new double[6];
        var c = new double[4];
        Assert.Throws<ArgumentException>(() => Provider.Multiply(false, false, 2, 2, 3, a.AsSpan(0, 5), b, c));
        Assert.Throws<ArgumentException>(() => Provider.Multiply(false, false, 2, 2, 3, a, new double[7], c));
        Assert.Throws<ArgumentException>(() => Provider.Multiply(false, false, 2, 2, 3, a, b, new double[5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Provider.Multiply(false, false, -2, 2, 3, a, b, c));
        var shared = new double[16];
        Assert.Throws<ArgumentException>(() =>
            Provider.Multiply(false, false, 2, 2, 2, shared.AsSpan(0, 4), shared.AsSpan(8, 4), shared.AsSpan(2, 4))
        );
        Assert.Throws<ArgumentException>(() =>
            Provider.Multiply(false, false, 2, 2, 2, shared.AsSpan(0, 4), shared.AsSpan(4, 4), shared.AsSpan(6, 4))
        );
    }

    // ---- MultiplyVector (dgemv) ----

    [ProviderTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void MultiplyVector_matches_the_definition(bool transposeA)
    {
        var random = new Random(11);
        const int m = 23,
            n = 17;
        var a = TestMatrices.Random(random, m, n);
        var x = TestMatrices.Random(random, transposeA ? m : n, 1);
        var y0 = TestMatrices.Random(random, transposeA ? n : m, 1);
        var expected = transposeA ? TestMatrices.Naive(true, false, n, 1, m, a, x) : TestMatrices.Naive(false, false, m, 1, n, a, x);
        for (var i = 0; i < expected.Length; i++)
            expected[i] = 3 * expected[i] + 0.5 * y0[i];
        var y = (double[])y0.Clone();
        Provider.MultiplyVector(transposeA, m, n, a, x, y, beta: 0.5, alpha: 3);
        Assert.True(TestMatrices.RelativeError(y, expected) < 1e-13);
        Assert.Throws<ArgumentException>(() => Provider.MultiplyVector(transposeA, m, n, a, x, new double[y.Length + 1]));
        Assert.Throws<ArgumentException>(() => Provider.MultiplyVector(transposeA, m, n, a, y, x));
    }

    // ---- Invert (dgetrf + dgetri) ----

    [ProviderFact]
    public void Invert_small_worked_example()
    {
        // [4 7; 2 6]⁻¹ = [0.6 −0.7; −0.2 0.4] (determinant 10).
        double[] a = [4, 2, 7, 6];
        Provider.Invert(2, a);
        double[] expected = [0.6, -0.2, -0.7, 0.4];
        Assert.True(TestMatrices.RelativeError(a, expected) < 1e-15);
    }

    [ProviderFact]
    public void Invert_random_well_conditioned_matrices_gives_A_times_inverse_equal_to_I()
    {
        var random = new Random(3);
        foreach (var n in new[] { 1, 2, 5, 31, 64, 129 })
        {
            var a = TestMatrices.WellConditioned(random, n);
            var inverse = (double[])a.Clone();
            Provider.Invert(n, inverse);
            var product = TestMatrices.Naive(false, false, n, n, n, a, inverse);
            Assert.True(TestMatrices.RelativeError(product, TestMatrices.Identity(n)) < 1e-12, $"n = {n}");
        }
    }

    [ProviderFact]
    public void Leontief_inverse_satisfies_I_minus_A_times_B_equal_to_I_property()
    {
        var cases = (from n in Gen.Choose(1, 60) from seed in Gen.Choose(0, int.MaxValue) select (n, seed)).ToArbitrary();
        Prop.ForAll(
                cases,
                c =>
                {
                    var (n, seed) = c;
                    var a = TestMatrices.Leontief(new Random(seed), n);
                    var b = (double[])a.Clone();
                    Provider.InvertIdentityMinus(n, b);
                    var residual = TestMatrices.RelativeError(
                        TestMatrices.Naive(false, false, n, n, n, TestMatrices.IdentityMinus(n, a), b),
                        TestMatrices.Identity(n)
                    );
                    // B = Σ Aᵏ ≥ I elementwise for a productive non-negative A (Miller & Blair 2009, §2.3).
                    var nonNegative = true;
                    for (var j = 0; j < n; j++)
                        for (var i = 0; i < n; i++)
                            if (b[i + j * n] < (i == j ? 1 - 1e-12 : -1e-12))
                                nonNegative = false;
                    return residual < 1e-12 && nonNegative;
                }
            )
            .Check(Properties);
    }

    [ProviderFact]
    public void InvertIdentityMinus_equals_Invert_of_I_minus_A()
    {
        var random = new Random(5);
        const int n = 40;
        var a = TestMatrices.Leontief(random, n);
        var viaIdentityMinus = (double[])a.Clone();
        Provider.InvertIdentityMinus(n, viaIdentityMinus);
        var viaInvert = TestMatrices.IdentityMinus(n, a);
        Provider.Invert(n, viaInvert);
        Assert.Equal(viaInvert, viaIdentityMinus);
    }

    // ---- Solve (dgesv) and Factor (dgetrf/dgetrs) ----

    [ProviderFact]
    public void Solve_gives_small_residual_and_leaves_A_unchanged()
    {
        var random = new Random(13);
        foreach (var (n, nrhs) in new[] { (1, 1), (7, 3), (80, 1), (120, 45) })
        {
            var a = TestMatrices.WellConditioned(random, n);
            var original = (double[])a.Clone();
            var b = TestMatrices.Random(random, n, nrhs);
            var x = (double[])b.Clone();
            Provider.Solve(n, nrhs, a, x);
            Assert.Equal(original, a);
            Assert.True(TestMatrices.RelativeError(TestMatrices.Naive(false, false, n, nrhs, n, a, x), b) < 1e-12, $"n = {n}");
        }
    }

    [ProviderFact]
    public void Solve_of_Leontief_system_agrees_with_inverse_times_demand()
    {
        // x = (I − A)⁻¹·f two ways: a solve, and an explicit inverse times f.
        var random = new Random(17);
        const int n = 90;
        var a = TestMatrices.Leontief(random, n);
        var f = TestMatrices.Random(random, n, 2).Select(Math.Abs).ToArray();
        var x = (double[])f.Clone();
        Provider.Solve(n, 2, TestMatrices.IdentityMinus(n, a), x);
        var b = (double[])a.Clone();
        Provider.InvertIdentityMinus(n, b);
        var viaInverse = new double[2 * n];
        Provider.Multiply(false, false, n, 2, n, b, f, viaInverse);
        Assert.True(TestMatrices.RelativeError(x, viaInverse) < 1e-12);
    }

    [ProviderFact]
    public void Factor_once_solves_A_and_A_transposed_many_times()
    {
        var random = new Random(19);
        const int n = 50;
        var a = TestMatrices.WellConditioned(random, n);
        var lu = Provider.Factor(n, a);
        Assert.Equal(n, lu.Order);
        for (var r = 0; r < 3; r++)
        {
            var b = TestMatrices.Random(random, n, 4);
            var x = (double[])b.Clone();
            lu.Solve(4, x);
            Assert.True(TestMatrices.RelativeError(TestMatrices.Naive(false, false, n, 4, n, a, x), b) < 1e-12);
            var xt = (double[])b.Clone();
            lu.Solve(4, xt, transpose: true);
            Assert.True(TestMatrices.RelativeError(TestMatrices.Naive(true, false, n, 4, n, a, xt), b) < 1e-12);
        }
        Assert.Throws<ArgumentException>(() => lu.Solve(4, new double[n * 4 - 1]));
    }

    [ProviderFact]
    public void Factor_solves_concurrently_with_identical_results()
    {
        var random = new Random(23);
        const int n = 60;
        var lu = Provider.Factor(n, TestMatrices.WellConditioned(random, n));
        var b = TestMatrices.Random(random, n, 1);
        var reference = (double[])b.Clone();
        lu.Solve(1, reference, transpose: true);
        var results = new double[8][];
        Parallel.For(
            0,
            results.Length,
            i =>
            {
                var x = (double[])b.Clone();
                lu.Solve(1, x, transpose: true);
                results[i] = x;
            }
        );
        Assert.All(results, x => Assert.Equal(reference, x));
    }

    // ---- Symmetric positive definite (dpotrf + dpotrs/dpotri) ----

    [ProviderFact]
    public void SolvePositiveDefinite_reads_only_the_lower_triangle()
    {
        var random = new Random(29);
        const int n = 30;
        var a = TestMatrices.PositiveDefinite(random, n);
        var b = TestMatrices.Random(random, n, 2);
        var x = (double[])b.Clone();
        Provider.SolvePositiveDefinite(n, 2, a, x);
        Assert.True(TestMatrices.RelativeError(TestMatrices.Naive(false, false, n, 2, n, a, x), b) < 1e-12);
        var garbageUpper = (double[])a.Clone();
        for (var j = 1; j < n; j++)
            for (var i = 0; i < j; i++)
                garbageUpper[i + j * n] = 1e6 * random.NextDouble();
        var y = (double[])b.Clone();
        Provider.SolvePositiveDefinite(n, 2, garbageUpper, y);
        Assert.True(TestMatrices.RelativeError(y, x) < 1e-14);
    }

    [ProviderFact]
    public void InvertPositiveDefinite_gives_the_full_symmetric_inverse()
    {
        var random = new Random(31);
        const int n = 25;
        var a = TestMatrices.PositiveDefinite(random, n);
        var inverse = (double[])a.Clone();
        Provider.InvertPositiveDefinite(n, inverse);
        Assert.True(TestMatrices.RelativeError(TestMatrices.Naive(false, false, n, n, n, a, inverse), TestMatrices.Identity(n)) < 1e-12);
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                Assert.Equal(inverse[i + j * n], inverse[j + i * n]);
    }

    [ProviderFact]
    public void Not_positive_definite_is_a_numerical_error()
    {
        // [1 2; 2 1] is symmetric with eigenvalues 3 and −1.
        double[] a = [1, 2, 2, 1];
        Assert.Throws<NumericalException>(() => Provider.SolvePositiveDefinite(2, 1, a, new double[] { 1, 1 }));
        Assert.Throws<NumericalException>(() => Provider.InvertPositiveDefinite(2, (double[])a.Clone()));
        Assert.Throws<NumericalException>(() => Provider.InvertPositiveDefinite(2, new double[] { -1, 0, 0, 1 }));
    }

    // ---- Singular matrices and bad arguments ----

    public static TheoryData<string, int, double[]> SingularMatrices =>
        new()
        {
            { "rank-1 [1 2; 2 4]", 2, [1, 2, 2, 4] },
            { "zero column", 3, [1, 2, 3, 0, 0, 0, 4, 5, 7] },
            { "zero matrix", 2, [0, 0, 0, 0] },
            { "I − A of a closed economy (column sums of A = 1)", 2, [0.5, -0.5, -0.5, 0.5] },
        };

    [ProviderTheory]
    [MemberData(nameof(SingularMatrices))]
    public void Singular_matrix_is_a_numerical_error_in_every_method(string label, int n, double[] a)
    {
        Assert.NotNull(label);
        Assert.Throws<NumericalException>(() => Provider.Invert(n, (double[])a.Clone()));
        Assert.Throws<NumericalException>(() => Provider.Solve(n, 1, a, new double[n]));
        Assert.Throws<NumericalException>(() => Provider.Factor(n, a));
        var asCoefficients = TestMatrices.IdentityMinus(n, a); // I − (I − M) = M
        Assert.Throws<NumericalException>(() => Provider.InvertIdentityMinus(n, asCoefficients));
    }

    [ProviderFact]
    public void Singular_message_names_the_zero_pivot()
    {
        var e = Assert.Throws<NumericalException>(() => Provider.Invert(2, new double[] { 1, 2, 2, 4 }));
        Assert.Contains("2×2 matrix is singular", e.Message);
    }

    [ProviderFact]
    public void Dimension_errors_are_argument_errors()
    {
        Assert.Throws<ArgumentException>(() => Provider.Invert(3, new double[8]));
        Assert.Throws<ArgumentException>(() => Provider.Invert(2, new double[5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Provider.Invert(-1, []));
        Assert.Throws<ArgumentException>(() => Provider.InvertIdentityMinus(3, new double[10]));
        Assert.Throws<ArgumentException>(() => Provider.Solve(2, 1, new double[4], new double[3]));
        Assert.Throws<ArgumentException>(() => Provider.Solve(2, 2, new double[3], new double[4]));
        Assert.Throws<ArgumentException>(() => Provider.Factor(2, new double[3]));
        Assert.Throws<ArgumentException>(() => Provider.SolvePositiveDefinite(2, 1, new double[4], new double[1]));
        Assert.Throws<ArgumentException>(() => Provider.InvertPositiveDefinite(2, new double[3]));
        var shared = new double[8];
        shared[0] = shared[3] = 1;
        Assert.Throws<ArgumentException>(() => Provider.Solve(2, 2, shared.AsSpan(0, 4), shared.AsSpan(2, 4)));
    }

    [ProviderFact]
    public void NaN_or_infinity_in_a_matrix_to_factor_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Provider.Invert(2, new double[] { 1, double.NaN, 0, 1 }));
        Assert.Throws<ArgumentException>(() => Provider.InvertIdentityMinus(2, new double[] { 0, 0, double.PositiveInfinity, 0 }));
        Assert.Throws<ArgumentException>(() => Provider.Solve(2, 1, new double[] { 1, 0, 0, 1 }, new double[] { double.NaN, 1 }));
    }

    // ---- Sizes that are not multiples of the kernels' tiles and blocks, transposes, ill-conditioned matrices ----

    /// <summary>(m, n, k) around the managed tiles (4, 6, 8, 24 rows or columns) and blocks (kc = 256).</summary>
    public static TheoryData<int, int, int> OddShapes =>
        new()
        {
            { 1, 1, 1 },
            { 2, 3, 7 },
            { 7, 63, 65 },
            { 65, 129, 63 },
            { 129, 7, 257 },
            { 257, 65, 129 },
            { 3, 257, 2 },
        };

    [ProviderTheory]
    [MemberData(nameof(OddShapes))]
    public void Multiply_at_odd_sizes_matches_the_definition_for_every_transpose(int m, int n, int k)
    {
        var random = new Random(m * 1000 + n * 10 + k);
        foreach (var (transposeA, transposeB) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            var a = TestMatrices.Random(random, m, k);
            var b = TestMatrices.Random(random, k, n);
            var c0 = TestMatrices.Random(random, m, n);
            var expected = TestMatrices.Naive(transposeA, transposeB, m, n, k, a, b);
            for (var i = 0; i < expected.Length; i++)
                expected[i] = -1.5 * expected[i] + 0.25 * c0[i];
            var c = (double[])c0.Clone();
            Provider.Multiply(transposeA, transposeB, m, n, k, a, b, c, beta: 0.25, alpha: -1.5);
            // Each element is a sum of k products of numbers below 1: rounding stays below k·ε of the largest element.
            var error = TestMatrices.RelativeError(c, expected);
            Assert.True(error < 1e-13, $"{m}×{n}×{k} ({transposeA}, {transposeB}): {error:E2}");
        }
    }

    [ProviderFact]
    public void Multiply_accepts_the_same_storage_for_A_and_B()
    {
        // C = Aᵀ·A with both inputs the same array (only the output must be separate).
        var random = new Random(37);
        const int m = 70,
            k = 33;
        var a = TestMatrices.Random(random, m, k);
        var c = new double[k * k];
        Provider.Multiply(true, false, k, k, m, a, a, c);
        Assert.True(TestMatrices.RelativeError(c, TestMatrices.Naive(true, false, k, k, m, a, a)) < 1e-13);
    }

    [ProviderTheory]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(63)]
    [InlineData(65)]
    [InlineData(129)]
    [InlineData(257)]
    public void Invert_and_solves_at_odd_sizes(int n)
    {
        var random = new Random(n);
        var a = TestMatrices.WellConditioned(random, n);
        var inverse = (double[])a.Clone();
        Provider.Invert(n, inverse);
        var product = TestMatrices.Naive(false, false, n, n, n, a, inverse);
        Assert.True(TestMatrices.RelativeError(product, TestMatrices.Identity(n)) < 1e-12, $"A·A⁻¹, n = {n}");
        var nrhs = n % 5 + 1;
        var b = TestMatrices.Random(random, n, nrhs);
        var x = (double[])b.Clone();
        Provider.Solve(n, nrhs, a, x);
        Assert.True(TestMatrices.RelativeError(TestMatrices.Naive(false, false, n, nrhs, n, a, x), b) < 1e-12, $"A·X, n = {n}");
        var lu = Provider.Factor(n, a);
        var xt = (double[])b.Clone();
        lu.Solve(nrhs, xt, transpose: true);
        Assert.True(TestMatrices.RelativeError(TestMatrices.Naive(true, false, n, nrhs, n, a, xt), b) < 1e-12, $"Aᵀ·X, n = {n}");
    }

    [ProviderTheory]
    [InlineData(8, 1)]
    [InlineData(11, 1)]
    [InlineData(11, 40)]
    [InlineData(70, 64)]
    public void Ill_conditioned_Hilbert_system_is_solved_backward_stably(int n, int nrhs)
    {
        // The Hilbert matrix h_ij = 1/(i + j + 1) has condition numbers 1.5e10 (n = 8) and 5e14 (n = 11), so the solution
        // itself is inaccurate; LU with partial pivoting still gives a small residual ‖b − H·x‖ / (‖H‖·‖x‖) of order ε
        // (Higham 2002, Accuracy and Stability of Numerical Algorithms, §9.3).
        var h = new double[n * n];
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                h[i + j * n] = 1.0 / (i + j + 1);
        // Many right-hand sides (n = 70: condition number far beyond 1/ε) exercise the blocked solves as well.
        var ones = Enumerable.Repeat(1.0, n * nrhs).ToArray();
        var b = TestMatrices.Naive(false, false, n, nrhs, n, h, ones);
        var x = (double[])b.Clone();
        Provider.Solve(n, nrhs, h, x);
        var residual = TestMatrices.Naive(false, false, n, nrhs, n, h, x).Zip(b, (p, q) => Math.Abs(p - q)).Max();
        Assert.True(residual / (TestMatrices.MaxAbs(h) * TestMatrices.MaxAbs(x)) < 1e-14 * n, $"scaled residual {residual:E2}");
        if (n <= 11)
            Assert.True(TestMatrices.RelativeError(x, ones) < 1e-2 * n, "forward error bounded by cond(H)·ε");
    }

    [ProviderFact]
    public void Nearly_closed_economy_Leontief_inverse_has_small_residual()
    {
        // Column sums of A at 0.9999: I − A is ill-conditioned (B's column sums are 10⁴); (I − A)·B = I still holds to ε·‖B‖.
        const int n = 100;
        var a = TestMatrices.Leontief(new Random(41), n, maxColumnSum: 0.9999);
        for (var j = 0; j < n; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
                sum += a[i + j * n];
            for (var i = 0; i < n; i++)
                a[i + j * n] *= 0.9999 / sum;
        }
        var b = (double[])a.Clone();
        Provider.InvertIdentityMinus(n, b);
        var residual = TestMatrices.Naive(false, false, n, n, n, TestMatrices.IdentityMinus(n, a), b);
        var error = residual.Select((v, i) => Math.Abs(v - (i % (n + 1) == 0 ? 1 : 0))).Max();
        // 1ᵀ(I − A) = 10⁻⁴·1ᵀ, so every column of B sums to 10⁴ (Miller & Blair 2009, §2.3: output multipliers).
        for (var j = 0; j < n; j++)
        {
            var columnSum = b.AsSpan(j * n, n).ToArray().Sum();
            Assert.True(Math.Abs(columnSum / 1e4 - 1) < 1e-8, $"column {j} of B sums to {columnSum:R}");
        }
        Assert.True(error < 1e-14 * n * TestMatrices.MaxAbs(b), $"max |(I − A)·B − I| = {error:E2}");
    }

    [ProviderFact]
    public void Singular_matrix_of_order_65_names_the_first_zero_pivot()
    {
        // Column 40 (0-based) is zero: elimination never changes it, so U(41,41) is exactly zero.
        const int n = 65;
        var a = TestMatrices.WellConditioned(new Random(43), n);
        for (var i = 0; i < n; i++)
            a[i + 40 * n] = 0;
        var e = Assert.Throws<NumericalException>(() => Provider.Invert(n, (double[])a.Clone()));
        Assert.Equal("the 65×65 matrix is singular: pivot U(41,41) is exactly zero (dgetrf)", e.Message);
        e = Assert.Throws<NumericalException>(() => Provider.Solve(n, 2, a, new double[2 * n]));
        Assert.Equal("the 65×65 matrix is singular: pivot U(41,41) is exactly zero (dgesv)", e.Message);
        e = Assert.Throws<NumericalException>(() => Provider.Factor(n, a));
        Assert.Equal("the 65×65 matrix is singular: pivot U(41,41) is exactly zero (dgetrf)", e.Message);
    }

    [ProviderTheory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(65)]
    [InlineData(129)]
    public void Positive_definite_solve_and_inverse_at_odd_sizes(int n)
    {
        var random = new Random(100 + n);
        var a = TestMatrices.PositiveDefinite(random, n);
        var b = TestMatrices.Random(random, n, 3);
        var x = (double[])b.Clone();
        Provider.SolvePositiveDefinite(n, 3, a, x);
        Assert.True(TestMatrices.RelativeError(TestMatrices.Naive(false, false, n, 3, n, a, x), b) < 1e-12, $"n = {n}");
        var inverse = (double[])a.Clone();
        Provider.InvertPositiveDefinite(n, inverse);
        var product = TestMatrices.Naive(false, false, n, n, n, a, inverse);
        Assert.True(TestMatrices.RelativeError(product, TestMatrices.Identity(n)) < 1e-12, $"n = {n}");
    }

    [ProviderFact]
    public void Not_positive_definite_names_the_order_of_the_failing_minor()
    {
        // Identity with −1 at (39, 39): the leading minors of order 1..39 are 1, the one of order 40 is −1.
        const int n = 70;
        var a = TestMatrices.Identity(n);
        a[39 + 39 * n] = -1;
        var e = Assert.Throws<NumericalException>(() => Provider.InvertPositiveDefinite(n, (double[])a.Clone()));
        Assert.Equal("the 70×70 matrix is not positive definite: its leading minor of order 40 is not positive (dpotrf)", e.Message);
        e = Assert.Throws<NumericalException>(() => Provider.SolvePositiveDefinite(n, 1, a, new double[n]));
        Assert.Equal("the 70×70 matrix is not positive definite: its leading minor of order 40 is not positive (dpotrf)", e.Message);
    }

    [ProviderFact]
    public void Empty_matrices_are_no_ops()
    {
        Provider.Invert(0, []);
        Provider.InvertIdentityMinus(0, []);
        Provider.Solve(0, 3, [], []);
        Provider.Multiply(false, false, 0, 3, 2, [], new double[6], []);
        Assert.Equal(0, Provider.Factor(0, []).Order);
    }
}

/// <summary>The contract on the managed provider (runs everywhere).</summary>
public sealed class ManagedLinearAlgebraTests : LinearAlgebraContract
{
    protected override ILinearAlgebra Provider => LinearAlgebraProviders.Managed;
}

/// <summary>The contract on OpenBLAS (skipped with the install notice where libopenblas.so.0 is missing).</summary>
[RequiresOpenBlas]
public sealed class OpenBlasLinearAlgebraTests : LinearAlgebraContract
{
    protected override ILinearAlgebra Provider => LinearAlgebraProviders.OpenBlas;
}
