using TradeScope.LinearAlgebra;

namespace TradeScope.Econometrics;

/// <summary>Small dense helpers for the k×k normal equations of (weighted) least squares on demeaned columns.</summary>
internal static class WeightedLeastSquares
{
    /// <summary>Relative pivot below which a regressor is collinear with the earlier ones (fixest collin.tol).</summary>
    public const double CollinearityTolerance = 1e-10;

    /// <summary>A = X'WX (k×k, column-major).</summary>
    public static double[] CrossProduct(double[][] x, double[]? w)
    {
        var k = x.Length;
        var a = new double[k * k];
        Parallel.For(0, k, p =>
        {
            for (var q = p; q < k; q++)
            {
                double s = 0;
                var xp = x[p];
                var xq = x[q];
                if (w is null) for (var i = 0; i < xp.Length; i++) s += xp[i] * xq[i];
                else for (var i = 0; i < xp.Length; i++) s += w[i] * xp[i] * xq[i];
                a[p + q * k] = s;
                a[q + p * k] = s;
            }
        });
        return a;
    }

    /// <summary>b = X'Wv.</summary>
    public static double[] CrossProduct(double[][] x, double[]? w, double[] v)
    {
        var b = new double[x.Length];
        for (var p = 0; p < x.Length; p++)
        {
            double s = 0;
            var xp = x[p];
            if (w is null) for (var i = 0; i < xp.Length; i++) s += xp[i] * v[i];
            else for (var i = 0; i < xp.Length; i++) s += w[i] * xp[i] * v[i];
            b[p] = s;
        }
        return b;
    }

    /// <summary>
    /// Columns that are linearly independent of the earlier ones: a Cholesky factorisation of A = X̃'WX̃ in column
    /// order, where column j is dropped when its pivot (squared residual norm after projecting on the kept earlier
    /// columns) is at most <see cref="CollinearityTolerance"/> × <paramref name="reference"/>[j] (the squared norm of
    /// the column before demeaning). A column absorbed by the fixed effects has pivot ≈ 0 and is dropped too.
    /// </summary>
    public static bool[] Independent(double[] a, int k, double[] reference)
    {
        var keep = new bool[k];
        var l = new double[k * k];
        for (var j = 0; j < k; j++)
        {
            var d = a[j + j * k];
            for (var m = 0; m < j; m++) if (keep[m]) d -= l[j + m * k] * l[j + m * k];
            if (!(d > CollinearityTolerance * reference[j]) || !(d > 0)) continue;
            keep[j] = true;
            var root = Math.Sqrt(d);
            l[j + j * k] = root;
            for (var i = j + 1; i < k; i++)
            {
                var s = a[i + j * k];
                for (var m = 0; m < j; m++) if (keep[m]) s -= l[i + m * k] * l[j + m * k];
                l[i + j * k] = s / root;
            }
        }
        return keep;
    }

    /// <summary>(X'WX)⁻¹ through the linear-algebra provider.</summary>
    public static double[] Inverse(double[] a, int k, ILinearAlgebra algebra)
    {
        var inverse = (double[])a.Clone();
        if (k > 0) algebra.Invert(k, inverse);
        return inverse;
    }

    /// <summary>y = A·x for a k×k column-major A.</summary>
    public static double[] Times(double[] a, int k, double[] x)
    {
        var y = new double[k];
        for (var j = 0; j < k; j++)
            for (var i = 0; i < k; i++) y[i] += a[i + j * k] * x[j];
        return y;
    }

    public static double[] Select(double[] a, int k, int[] idx)
    {
        var m = idx.Length;
        var s = new double[m * m];
        for (var p = 0; p < m; p++)
            for (var q = 0; q < m; q++) s[p + q * m] = a[idx[p] + idx[q] * k];
        return s;
    }
}
