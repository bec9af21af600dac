using System.Globalization;
using MathNet.Numerics.Distributions;
using TradeScope.Core;
using TradeScope.LinearAlgebra;

namespace TradeScope.Econometrics;

/// <summary>What a covariance needs from a fit: demeaned regressors, score residuals, weights, bread.</summary>
internal sealed class FitState
{
    public required ModelFrame Frame { get; init; }

    /// <summary>Kept regressor columns after the (weighted) within transformation.</summary>
    public required double[][] Xt { get; init; }
    public required string[] Names { get; init; }
    public required double[] Beta { get; init; }

    /// <summary>u_i in the score s_i = x̃_i·u_i: OLS residual, PPML y_i − μ_i.</summary>
    public required double[] ScoreResidual { get; init; }

    /// <summary>PPML working weights μ_i; null for OLS.</summary>
    public required double[]? Weights { get; init; }

    /// <summary>B = (X̃'WX̃)⁻¹, column-major.</summary>
    public required double[] Bread { get; init; }
    public required double Rss { get; init; }
    public required bool Poisson { get; init; }
    public required int FixedEffectParameters { get; init; }
    public required ILinearAlgebra Algebra { get; init; }
    public required IReadOnlyList<string> FitWarnings { get; init; }

    /// <summary>Estimated regressor coefficients.</summary>
    public int K => Names.Length;

    /// <summary>Regressors plus identified fixed-effect coefficients.</summary>
    public int KFull => K + FixedEffectParameters;

    /// <summary>n − K (all parameters); NaN when n ≤ K, so a factor that divides by it is NaN, never ∞.</summary>
    public double ResidualDegreesOfFreedom => Frame.N - KFull > 0 ? Frame.N - KFull : double.NaN;

    /// <summary>Degrees of freedom of the t statistics without clustering: n − K for OLS, +∞ (z) for PPML.</summary>
    public double StatisticDegreesOfFreedom => Poisson ? double.PositiveInfinity : ResidualDegreesOfFreedom;

    /// <summary>What the fit supplies to covariance types: leverages only without absorbed fixed effects (their
    /// leverage is not computed); cluster variables always (any column of the data).</summary>
    public VcovCapability Capability =>
        Frame.FixedEffects.Count == 0
            ? VcovCapability.Everything
            : new(
                VcovNeeds.ClusterVariables,
                "which are not computed with absorbed fixed effects (enter the effects as regressors to get them)"
            );
}

/// <summary>Sandwich covariances V = B·M·B with B = (X̃'WX̃)⁻¹ and M built from scores s_i = x̃_i·u_i
/// (White 1980; MacKinnon and White 1985; Cameron, Gelbach and Miller 2011), with the conventions of <see cref="SmallSample"/>:
/// the parts every covariance type shares. The types themselves are the entries of <see cref="VcovKind"/>.</summary>
/// <remarks>Reference: White (1980), Econometrica 48(4); MacKinnon and White (1985), J. Econometrics 29(3); Cameron, Gelbach and Miller
/// (2011),
/// JBES 29(2) (docs/methods/econometrics.md#covariance, #small-sample).</remarks>
internal static class Variance
{
    /// <summary>The result with the covariance of <paramref name="spec"/>, its statistics, Wald test and warnings.</summary>
    /// <exception cref="InputException">The type needs what the fit lacks (e.g. leverages with absorbed fixed effects),
    /// or an unknown cluster column.</exception>
    public static RegressionResult Apply(RegressionResult result, FitState state, VcovSpec spec)
    {
        state.Capability.Require(spec);
        var (v, info) = spec.Kind.Compute(state, spec);
        var k = state.Names.Length;
        var coefficients = new Coefficient[k];
        var undefined = new List<string>();
        for (var j = 0; j < k; j++)
        {
            var variance = v[j + j * k];
            var se = variance >= 0 ? Math.Sqrt(variance) : double.NaN;
            if (variance < 0)
                undefined.Add(state.Names[j]);
            var stat = state.Beta[j] / se;
            coefficients[j] = new Coefficient(state.Names[j], state.Beta[j], se, stat, PValue(stat, info.DegreesOfFreedom));
        }
        var warnings = state.FitWarnings.Concat(info.Warnings).ToList();
        if (double.IsNaN(info.Adjustment))
            warnings.Add($"no residual degrees of freedom (n = {state.Frame.N}, K = {info.K}): the {spec.Label} standard errors are NaN");
        if (undefined.Count > 0)
            warnings.Add(
                $"negative variance for {string.Join(", ", undefined)} (the {spec.Label} covariance is not positive semi-definite); " +
                    $"standard error set to NaN"
            );
        return result with
        {
            Coefficients = coefficients,
            Vcov = v,
            VcovInfo = info,
            Wald = Wald(state, v, info.DegreesOfFreedom),
            Warnings = warnings,
            State = state,
        };
    }

    /// <summary>Two-sided p-value: Student t with <paramref name="df"/> degrees of freedom, or normal when df = ∞.</summary>
    public static double PValue(double statistic, double df)
    {
        if (double.IsNaN(statistic) || double.IsNaN(df) || df <= 0)
            return double.NaN;
        var a = Math.Abs(statistic);
        return double.IsPositiveInfinity(df) ? 2 * Normal.CDF(0, 1, -a) : 2 * StudentT.CDF(0, 1, df, -a);
    }

    /// <summary>F = β̂'V̂⁻¹β̂/q on the slopes, V̂⁻¹β̂ by the provider's LU solve (LAPACK dgesv): V̂ may be indefinite
    /// (two-way clustering), so no Cholesky. A singular V̂ gives NaN.</summary>
    private static WaldTest Wald(FitState state, double[] v, double df2)
    {
        var k = state.Names.Length;
        var idx = Enumerable.Range(0, k).Where(j => state.Names[j] != ModelFrame.InterceptName).ToArray();
        var q = idx.Length;
        if (q == 0 || v.Any(d => !double.IsFinite(d)))
            return new WaldTest(double.NaN, q, df2, double.NaN);
        var sub = WeightedLeastSquares.Select(v, k, idx);
        var b = idx.Select(j => state.Beta[j]).ToArray();
        var vb = (double[])b.Clone();
        try
        {
            state.Algebra.Solve(q, 1, sub, vb);
        }
        catch (NumericalException)
        {
            return new WaldTest(double.NaN, q, df2, double.NaN);
        }
        var f = b.Zip(vb, (x, y) => x * y).Sum() / q;
        double p;
        if (!(f >= 0) || !(df2 > 0))
            p = double.NaN;
        else if (double.IsPositiveInfinity(df2))
            p = 1 - ChiSquared.CDF(q, f * q);
        else
            p = 1 - FisherSnedecor.CDF(q, df2, f);
        return new WaldTest(f, q, df2, p);
    }

    /// <summary>The heteroskedasticity-robust family (HC0–HC3): V = scale·B·M·B with M from the scores, their residuals
    /// divided by <paramref name="leverageDivisor"/>(h_ii) when given (HC2: √(1−h), HC3: 1−h; MacKinnon and White 1985).
    /// Any h_ii = 1 makes the type undefined: every element NaN with a warning, as R sandwich.</summary>
    public static (double[] V, VcovInfo Info) Heteroskedastic(
        FitState s,
        VcovSpec spec,
        double scale,
        string formula,
        Func<double, double>? leverageDivisor = null
    )
    {
        var u = s.ScoreResidual;
        var warnings = new List<string>();
        if (leverageDivisor is not null)
        {
            var n = s.Frame.N;
            var h = Leverage(s);
            var one = Enumerable.Range(0, n).Where(i => h[i] >= 1 - 1e-10).ToList();
            u = new double[n];
            for (var i = 0; i < n; i++)
                u[i] = one.Count > 0 ? double.NaN : s.ScoreResidual[i] / leverageDivisor(h[i]);
            if (one.Count > 0)
            {
                var lines = string.Join(", ", one.Take(10).Select(i => s.Frame.Data.LineOf(s.Frame.Rows[i])));
                warnings.Add(
                    $"{one.Count} observation(s) have leverage 1 (lines {lines}{(one.Count > 10 ? ", ..." : "")}); "
                        + $"{spec.Label} is undefined and its standard errors are NaN, as in R sandwich"
                );
            }
        }
        var v = Sandwich(s, Meat(s, u, null), scale);
        return (v, new VcovInfo(spec, scale, formula, s.KFull, [], s.StatisticDegreesOfFreedom) { Warnings = warnings });
    }

    /// <summary>h_ii = w_i·x̃_i'Bx̃_i (OLS: w = 1), the diagonal of the (weighted) hat matrix without fixed effects:
    /// X̃·B by the provider's dgemm on blocks of rows, then row-wise dot products with X̃.</summary>
    public static double[] Leverage(FitState s)
    {
        var n = s.Frame.N;
        var k = s.K;
        var h = new double[n];
        if (k == 0 || n == 0)
            return h;
        var block = Math.Min(WeightedLeastSquares.BlockRows, n);
        var xb = new double[block * k];
        var xbB = new double[block * k];
        for (var start = 0; start < n; start += block)
        {
            var rows = Math.Min(block, n - start);
            for (var j = 0; j < k; j++)
                s.Xt[j].AsSpan(start, rows).CopyTo(xb.AsSpan(j * rows, rows));
            s.Algebra.Multiply(false, false, rows, k, k, xb.AsSpan(0, rows * k), s.Bread, xbB.AsSpan(0, rows * k));
            for (var i = 0; i < rows; i++)
            {
                double q = 0;
                for (var j = 0; j < k; j++)
                    q += xb[i + j * rows] * xbB[i + j * rows];
                h[start + i] = q * (s.Weights?[start + i] ?? 1.0);
            }
        }
        return h;
    }

    /// <summary>M = Σ_g (Σ_{i∈g} x̃_i u_i)(Σ_{i∈g} x̃_i u_i)'; without clusters every observation is its own group.</summary>
    /// <param name="u">Score residuals (possibly leverage-scaled).</param>
    /// <param name="cluster">Group code of each observation (0 … G−1), or null.</param>
    public static double[] Meat(FitState s, double[] u, int[]? cluster)
    {
        var x = s.Xt;
        var k = x.Length;
        var n = u.Length;
        var scores = new double[k][];
        var groups =
            cluster is null ? n
            : cluster.Length == 0 ? 0
            : cluster.Max() + 1;
        for (var j = 0; j < k; j++)
        {
            var sj = new double[groups];
            var xj = x[j];
            if (cluster is null)
                for (var i = 0; i < n; i++)
                    sj[i] = xj[i] * u[i];
            else
                for (var i = 0; i < n; i++)
                    sj[cluster[i]] += xj[i] * u[i];
            scores[j] = sj;
        }
        return WeightedLeastSquares.CrossProduct(scores, null, s.Algebra);
    }

    /// <summary>V = scale·B·M·B (k×k) by two provider dgemm calls; the scale (which may be NaN) is applied afterwards.</summary>
    public static double[] Sandwich(FitState s, double[] meat, double scale)
    {
        var k = s.K;
        var tmp = new double[k * k];
        var v = new double[k * k];
        if (k == 0)
            return v;
        s.Algebra.Multiply(false, false, k, k, k, s.Bread, meat, tmp);
        s.Algebra.Multiply(false, false, k, k, k, tmp, s.Bread, v);
        for (var i = 0; i < v.Length; i++)
            v[i] *= scale;
        return v;
    }
}
