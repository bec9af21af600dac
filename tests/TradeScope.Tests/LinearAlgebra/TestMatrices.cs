namespace TradeScope.Tests.LinearAlgebra;

/// <summary>Seeded random matrices and naive reference algebra (independent of both providers) for the contract tests.</summary>
internal static class TestMatrices
{
    /// <summary>An m×n column-major matrix with entries uniform in [−1, 1).</summary>
    public static double[] Random(Random random, int m, int n)
    {
        var a = new double[m * n];
        for (var i = 0; i < a.Length; i++)
            a[i] = 2 * random.NextDouble() - 1;
        return a;
    }

    /// <summary>A Leontief-like technical-coefficient matrix: non-negative, sparse-ish, column sums in [0.05, maxColumnSum].</summary>
    public static double[] Leontief(Random random, int n, double maxColumnSum = 0.9)
    {
        var a = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var column = a.AsSpan(j * n, n);
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                var v = random.NextDouble() < 0.3 ? 0.0 : random.NextDouble() * (i == j ? 4 : 1);
                column[i] = v;
                sum += v;
            }
            var target = 0.05 + (maxColumnSum - 0.05) * random.NextDouble();
            if (sum > 0)
                for (var i = 0; i < n; i++)
                    column[i] *= target / sum;
        }
        return a;
    }

    /// <summary>A well-conditioned general n×n matrix: random entries plus a dominant diagonal of random sign.</summary>
    public static double[] WellConditioned(Random random, int n)
    {
        var a = Random(random, n, n);
        for (var i = 0; i < n; i++)
            a[i + i * n] += (random.NextDouble() < 0.5 ? -1 : 1) * (n + 1);
        return a;
    }

    /// <summary>A symmetric positive-definite n×n matrix XᵀX + n·I from a random X.</summary>
    public static double[] PositiveDefinite(Random random, int n)
    {
        var x = Random(random, n + 3, n);
        var a = Naive(true, false, n, n, n + 3, x, x);
        for (var i = 0; i < n; i++)
            a[i + i * n] += n;
        return a;
    }

    public static double[] Identity(int n)
    {
        var e = new double[n * n];
        for (var i = 0; i < n; i++)
            e[i + i * n] = 1;
        return e;
    }

    public static double[] IdentityMinus(int n, double[] a)
    {
        var result = new double[n * n];
        for (var i = 0; i < a.Length; i++)
            result[i] = -a[i];
        for (var i = 0; i < n; i++)
            result[i + i * n] += 1;
        return result;
    }

    /// <summary>op(A)·op(B) by the definition, with A stored m×k (k×m when transposed) and B k×n (n×k when transposed).</summary>
    public static double[] Naive(bool transposeA, bool transposeB, int m, int n, int k, double[] a, double[] b)
    {
        var c = new double[m * n];
        for (var i = 0; i < m; i++)
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var p = 0; p < k; p++)
                    sum += (transposeA ? a[p + i * k] : a[i + p * m]) * (transposeB ? b[j + p * n] : b[p + j * k]);
                c[i + j * m] = sum;
            }
        return c;
    }

    public static double MaxAbs(ReadOnlySpan<double> values)
    {
        var max = 0.0;
        foreach (var v in values)
            max = Math.Max(max, Math.Abs(v));
        return max;
    }

    /// <summary>max |x − y| / max(1, max |y|): the error relative to the largest element.</summary>
    public static double RelativeError(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
            throw new ArgumentException("lengths differ");
        var diff = 0.0;
        for (var i = 0; i < x.Length; i++)
            diff = Math.Max(diff, Math.Abs(x[i] - y[i]));
        return diff / Math.Max(1, MaxAbs(y));
    }
}
