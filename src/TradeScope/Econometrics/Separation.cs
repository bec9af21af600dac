using TradeScope.Core;
using TradeScope.LinearAlgebra;

namespace TradeScope.Econometrics;

/// <summary>Detection of observations whose Poisson MLE is at infinity (separation).</summary>
/// <remarks>Reference: Santos Silva and Tenreyro (2010), Economics Letters 107(2); Correia, Guimarães and Zylkin (2021), "Verifying the
/// existence of maximum likelihood estimates for generalized linear models", §4 (docs/methods/econometrics.md#separation).</remarks>
internal static class Separation
{
    /// <summary>Positions (in the sample) of observations whose group in some fixed-effect dimension has Σy = 0
    /// (their FE coefficient → −∞); repeated until no such group remains.</summary>
    public static int[] FixedEffectAllZero(double[] y, FixedEffectsIndex fe)
    {
        var drop = new bool[y.Length];
        bool changed;
        do
        {
            changed = false;
            for (var f = 0; f < fe.Count; f++)
            {
                var codes = fe.Codes[f];
                var sum = new double[fe.Levels[f]];
                var count = new int[fe.Levels[f]];
                for (var i = 0; i < y.Length; i++)
                    if (!drop[i])
                    {
                        sum[codes[i]] += y[i];
                        count[codes[i]]++;
                    }
                for (var i = 0; i < y.Length; i++)
                    if (!drop[i] && sum[codes[i]] == 0)
                    {
                        drop[i] = true;
                        changed = true;
                    }
            }
        } while (changed);
        return Enumerable.Range(0, y.Length).Where(i => drop[i]).ToArray();
    }

    /// <summary>
    /// The ReLU test (Correia, Guimarães and Zylkin 2021, "Verifying the existence of maximum likelihood estimates
    /// for generalized linear models", §4): starting from u = 1{y = 0}, repeatedly regress u on the regressors and
    /// fixed effects with weight 1 on y = 0 and <see cref="PositiveWeight"/> on y &gt; 0, and set u = max(û, 0) on
    /// y = 0 (0 on y &gt; 0). When û ≥ −tol on every zero, û is a certificate z = Xγ + Dα with z = 0 where y &gt; 0 and
    /// z ≥ 0 where y = 0; observations with z &gt; tol are separated. Returns their positions and the certificate.
    /// </summary>
    /// <exception cref="NumericalException">No decision within <paramref name="maxIterations"/>.</exception>
    public static (int[] Separated, double[] Certificate, int Iterations) Relu(
        double[] y,
        double[][] x,
        FixedEffectsIndex fe,
        double tol,
        int maxIterations,
        double demeanTol,
        ILinearAlgebra algebra
    )
    {
        var n = y.Length;
        var zeros = Enumerable.Range(0, n).Where(i => y[i] == 0).ToArray();
        if (zeros.Length == 0)
            return ([], new double[n], 0);
        var w = new double[n];
        for (var i = 0; i < n; i++)
            w[i] = y[i] > 0 ? PositiveWeight : 1.0;
        var levels = fe.Levels.Sum();
        var dense = (long)(x.Length + levels) * n <= DenseLimit;
        Func<double[], double[]> fit = dense ? DenseFitter(y, x, fe) : ProjectionFitter(x, fe, w, demeanTol, algebra);
        var stop = dense ? 1e-10 : tol;
        var u = new double[n];
        foreach (var i in zeros)
            u[i] = 1;
        var fitted = new double[n];
        for (var iter = 1; iter <= maxIterations; iter++)
        {
            fitted = fit(u);
            var min = zeros.Min(i => fitted[i]);
            if (min >= -stop)
            {
                var separated = zeros.Where(i => fitted[i] > tol).ToArray();
                return (separated, fitted, iter);
            }
            var max = 0.0;
            for (var i = 0; i < n; i++)
            {
                u[i] = y[i] > 0 ? 0.0 : Math.Max(fitted[i], 0.0);
                max = Math.Max(max, u[i]);
            }
            if (max <= tol)
                return ([], fitted, iter);
        }
        throw new NumericalException($"the ReLU separation test did not reach a decision in {maxIterations} iterations");
    }

    /// <summary>Size (observations × (regressors + fixed-effect levels)) up to which the ReLU regressions are exact
    /// (explicit dummies, null space by SVD); larger problems use weighted alternating projections.</summary>
    public const long DenseLimit = 2_000_000;

    /// <summary>Exact constrained fit on [X, dummies of every fixed-effect level] =: Z: the projection of u (on y = 0)
    /// onto {Z_0·N·θ}, N a basis of the null space of Z_+ (SVD), so the fit is exactly 0 where y &gt; 0.</summary>
    /// <remarks>Stays on Math.NET Numerics' dense matrices rather than the <see cref="ILinearAlgebra"/> provider: it needs
    /// singular value decompositions (null space and range with a rank threshold), which the provider interface does not
    /// offer, and it runs only on small problems (at most <see cref="DenseLimit"/> cells), so <c>--blas</c> would gain
    /// nothing here. The large-problem path (<see cref="ProjectionFitter"/>) uses the provider.</remarks>
    private static Func<double[], double[]> DenseFitter(double[] y, double[][] x, FixedEffectsIndex fe)
    {
        var n = y.Length;
        var columns = new List<double[]>(x);
        for (var f = 0; f < fe.Count; f++)
            for (var g = 0; g < fe.Levels[f]; g++)
            {
                var d = new double[n];
                for (var i = 0; i < n; i++)
                    if (fe.Codes[f][i] == g)
                        d[i] = 1;
                columns.Add(d);
            }
        var p = columns.Count;
        var pos = Enumerable.Range(0, n).Where(i => y[i] > 0).ToArray();
        var zero = Enumerable.Range(0, n).Where(i => y[i] == 0).ToArray();
        var build = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build;
        var z0 = build.Dense(zero.Length, p, (i, j) => columns[j][zero[i]]);
        MathNet.Numerics.LinearAlgebra.Matrix<double> nullBasis;
        if (pos.Length == 0)
            nullBasis = build.DenseIdentity(p);
        else
        {
            // padded with zero rows to at least p rows: the null space is unchanged and the SVD is of a tall matrix
            var zp = build.Dense(Math.Max(pos.Length, p), p, (i, j) => i < pos.Length ? columns[j][pos[i]] : 0.0);
            var svd = zp.Svd(true);
            var s = svd.S;
            var rank = s[0] == 0 ? 0 : s.Count(v => v > 1e-10 * s[0]);
            nullBasis = svd.VT.SubMatrix(rank, p - rank, 0, p).Transpose();
        }
        var u = Range(z0 * nullBasis, 1e-10 * Math.Max(1.0, z0.FrobeniusNorm()));
        return v =>
        {
            var v0 = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(zero.Length, i => v[zero[i]]);
            var fit0 = u is null ? null : u * (u.TransposeThisAndMultiply(v0));
            var fitted = new double[n];
            if (fit0 is not null)
                for (var i = 0; i < zero.Length; i++)
                    fitted[zero[i]] = fit0[i];
            return fitted;
        };
    }

    /// <summary>An orthonormal basis of the column space of <paramref name="m"/> (null when it is {0}).</summary>
    private static MathNet.Numerics.LinearAlgebra.Matrix<double>? Range(MathNet.Numerics.LinearAlgebra.Matrix<double> m, double threshold)
    {
        if (m.ColumnCount == 0 || m.RowCount == 0)
            return null;
        var svd = m.Svd(true);
        var s = svd.S;
        var rank = s.Count(v => v > threshold);
        if (rank == 0)
            return null;
        return svd.U.SubMatrix(0, m.RowCount, 0, rank);
    }

    /// <summary>Fitted values by weighted alternating projections on the fixed effects plus the regressors (large problems).</summary>
    private static Func<double[], double[]> ProjectionFitter(
        double[][] x,
        FixedEffectsIndex fe,
        double[] w,
        double demeanTol,
        ILinearAlgebra algebra
    )
    {
        var n = w.Length;
        var demeaner = new Demeaner(fe, w);
        var xt = x.Select(c => new double[n]).ToArray();
        demeaner.Demean(x, xt, null, demeanTol, 100000);
        double[][] kept = [];
        double[] bread = [];
        if (x.Length > 0)
        {
            var a = WeightedLeastSquares.CrossProduct(xt, w, algebra);
            var reference = x.Select(c =>
                {
                    double s = 0;
                    for (var i = 0; i < n; i++)
                        s += w[i] * c[i] * c[i];
                    return s;
                })
                .ToArray();
            var keep = WeightedLeastSquares.Independent(a, x.Length, reference);
            var idx = Enumerable.Range(0, x.Length).Where(j => keep[j]).ToArray();
            kept = idx.Select(j => xt[j]).ToArray();
            if (idx.Length > 0)
                bread = WeightedLeastSquares.Inverse(WeightedLeastSquares.Select(a, x.Length, idx), idx.Length, algebra);
        }
        double[]? previousU = null,
            previousUt = null;
        return u =>
        {
            var ut = new double[n];
            double[]? start = null;
            if (previousU is not null)
            {
                // warm start: u − (u_prev − ũ_prev) is u minus the previous fixed-effect component
                start = new double[n];
                for (var i = 0; i < n; i++)
                    start[i] = u[i] - (previousU[i] - previousUt![i]);
            }
            demeaner.Demean([u], [ut], [start], demeanTol, 100000);
            previousU = (double[])u.Clone();
            previousUt = ut;
            var fitted = new double[n];
            var resid = (double[])ut.Clone();
            if (kept.Length > 0)
            {
                var xwu = WeightedLeastSquares.CrossProduct(kept, w, ut, algebra);
                var gamma = WeightedLeastSquares.Times(bread, kept.Length, xwu, algebra);
                for (var j = 0; j < kept.Length; j++)
                    for (var i = 0; i < n; i++)
                        resid[i] -= kept[j][i] * gamma[j];
            }
            for (var i = 0; i < n; i++)
                fitted[i] = u[i] - resid[i];
            return fitted;
        };
    }

    /// <summary>Weight on y &gt; 0 observations in the ReLU regressions (forces û ≈ 0 there).</summary>
    public const double PositiveWeight = 1e8;
}
