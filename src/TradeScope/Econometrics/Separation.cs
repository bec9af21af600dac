using TradeScope.Core;
using TradeScope.LinearAlgebra;

namespace TradeScope.Econometrics;

/// <summary>Detection of observations whose Poisson MLE is at infinity (separation).</summary>
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
                for (var i = 0; i < y.Length; i++) if (!drop[i]) { sum[codes[i]] += y[i]; count[codes[i]]++; }
                for (var i = 0; i < y.Length; i++)
                    if (!drop[i] && sum[codes[i]] == 0) { drop[i] = true; changed = true; }
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
    public static (int[] Separated, double[] Certificate, int Iterations) Relu(double[] y, double[][] x, FixedEffectsIndex fe,
        double tol, int maxIterations, double demeanTol, ILinearAlgebra algebra)
    {
        var n = y.Length;
        var zeros = Enumerable.Range(0, n).Where(i => y[i] == 0).ToArray();
        if (zeros.Length == 0) return ([], new double[n], 0);
        var w = new double[n];
        for (var i = 0; i < n; i++) w[i] = y[i] > 0 ? PositiveWeight : 1.0;
        var demeaner = new Demeaner(fe, w);
        var xt = x.Select(c => new double[n]).ToArray();
        demeaner.Demean(x, xt, null, demeanTol, 100000);
        double[][] kept = [];
        double[] bread = [];
        if (x.Length > 0)
        {
            var a = WeightedLeastSquares.CrossProduct(xt, w);
            var reference = x.Select(c => { double s = 0; for (var i = 0; i < n; i++) s += w[i] * c[i] * c[i]; return s; }).ToArray();
            var keep = WeightedLeastSquares.Independent(a, x.Length, reference);
            var idx = Enumerable.Range(0, x.Length).Where(j => keep[j]).ToArray();
            kept = idx.Select(j => xt[j]).ToArray();
            if (idx.Length > 0) bread = WeightedLeastSquares.Inverse(WeightedLeastSquares.Select(a, x.Length, idx), idx.Length, algebra);
        }
        var u = new double[n];
        foreach (var i in zeros) u[i] = 1;
        var ut = new double[n];
        double[]? start = null;
        var fitted = new double[n];
        for (var iter = 1; iter <= maxIterations; iter++)
        {
            demeaner.Demean([u], [ut], [start], demeanTol, 100000);
            var resid = (double[])ut.Clone();
            if (kept.Length > 0)
            {
                var gamma = WeightedLeastSquares.Times(bread, kept.Length, WeightedLeastSquares.CrossProduct(kept, w, ut));
                for (var j = 0; j < kept.Length; j++)
                    for (var i = 0; i < n; i++) resid[i] -= kept[j][i] * gamma[j];
            }
            for (var i = 0; i < n; i++) fitted[i] = u[i] - resid[i];
            var min = zeros.Min(i => fitted[i]);
            if (min >= -tol)
            {
                var separated = zeros.Where(i => fitted[i] > tol).ToArray();
                return (separated, fitted, iter);
            }
            // warm start: u_new − (u − ũ) is u_new minus the previous fixed-effect component
            start = new double[n];
            var max = 0.0;
            for (var i = 0; i < n; i++)
            {
                var next = y[i] > 0 ? 0.0 : Math.Max(fitted[i], 0.0);
                start[i] = next - (u[i] - ut[i]);
                u[i] = next;
                max = Math.Max(max, next);
            }
            if (max <= tol) return ([], fitted, iter);
        }
        throw new NumericalException($"the ReLU separation test did not reach a decision in {maxIterations} iterations");
    }

    /// <summary>Weight on y &gt; 0 observations in the ReLU regressions (forces û ≈ 0 there).</summary>
    public const double PositiveWeight = 1e8;
}
