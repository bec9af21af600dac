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
}

/// <summary>Sandwich covariances V = B·M·B with B = (X̃'WX̃)⁻¹ and M built from scores s_i = x̃_i·u_i
/// (White 1980; MacKinnon and White 1985; Cameron, Gelbach and Miller 2011), with the conventions of <see cref="SmallSample"/>.</summary>
internal static class Variance
{
    public static RegressionResult Apply(RegressionResult result, FitState state, VcovSpec spec)
    {
        var (v, info) = Compute(state, spec);
        var k = state.Names.Length;
        var coefficients = new Coefficient[k];
        var undefined = new List<string>();
        for (var j = 0; j < k; j++)
        {
            var variance = v[j + j * k];
            var se = variance >= 0 ? Math.Sqrt(variance) : double.NaN;
            if (variance < 0) undefined.Add(state.Names[j]);
            var stat = state.Beta[j] / se;
            coefficients[j] = new Coefficient(state.Names[j], state.Beta[j], se, stat, PValue(stat, info.DegreesOfFreedom));
        }
        var warnings = state.FitWarnings.Concat(info.Warnings).ToList();
        if (double.IsNaN(info.Adjustment))
            warnings.Add($"no residual degrees of freedom (n = {state.Frame.N}, K = {info.K}): the {spec.Label} standard errors are NaN");
        if (undefined.Count > 0)
            warnings.Add($"negative variance for {string.Join(", ", undefined)} (the {spec.Label} covariance is not positive semi-definite); standard error set to NaN");
        return result with
        {
            Coefficients = coefficients, Vcov = v, VcovInfo = info, Wald = Wald(state, v, info.DegreesOfFreedom),
            Warnings = warnings, State = state,
        };
    }

    /// <summary>Two-sided p-value: Student t with <paramref name="df"/> degrees of freedom, or normal when df = ∞.</summary>
    public static double PValue(double statistic, double df)
    {
        if (double.IsNaN(statistic) || double.IsNaN(df) || df <= 0) return double.NaN;
        var a = Math.Abs(statistic);
        return double.IsPositiveInfinity(df) ? 2 * Normal.CDF(0, 1, -a) : 2 * StudentT.CDF(0, 1, df, -a);
    }

    private static WaldTest Wald(FitState state, double[] v, double df2)
    {
        var k = state.Names.Length;
        var idx = Enumerable.Range(0, k).Where(j => state.Names[j] != ModelFrame.InterceptName).ToArray();
        var q = idx.Length;
        if (q == 0 || v.Any(double.IsNaN)) return new WaldTest(double.NaN, q, df2, double.NaN);
        var sub = WeightedLeastSquares.Select(v, k, idx);
        double[] inverse;
        try { inverse = WeightedLeastSquares.Inverse(sub, q, state.Algebra); }
        catch (NumericalException) { return new WaldTest(double.NaN, q, df2, double.NaN); }
        var b = idx.Select(j => state.Beta[j]).ToArray();
        var vb = WeightedLeastSquares.Times(inverse, q, b);
        var f = b.Zip(vb, (x, y) => x * y).Sum() / q;
        double p;
        if (!(f >= 0) || !(df2 > 0)) p = double.NaN;
        else if (double.IsPositiveInfinity(df2)) p = 1 - ChiSquared.CDF(q, f * q);
        else p = 1 - FisherSnedecor.CDF(q, df2, f);
        return new WaldTest(f, q, df2, p);
    }

    public static (double[] V, VcovInfo Info) Compute(FitState s, VcovSpec spec)
    {
        var frame = s.Frame;
        var n = frame.N;
        var k = s.Names.Length;
        var kFull = k + s.FixedEffectParameters;
        // n ≤ K: no residual degrees of freedom; every adjustment that divides by n − K is NaN, never ∞.
        var dfResidual = n - kFull > 0 ? (double)(n - kFull) : double.NaN;
        var dfStat = s.Poisson ? double.PositiveInfinity : dfResidual;
        switch (spec.Kind)
        {
            case VcovKind.Iid:
            {
                if (s.Poisson)
                    return ((double[])s.Bread.Clone(), new VcovInfo(spec, 1, "model-based Poisson (X'WX)⁻¹, φ = 1", kFull, [], dfStat));
                var sigma2 = s.Rss / dfResidual;
                return (s.Bread.Select(b => b * sigma2).ToArray(),
                    new VcovInfo(spec, sigma2, $"σ̂² = RSS/(n−K) = RSS/({n}−{kFull})", kFull, [], dfStat));
            }
            case VcovKind.HC0 or VcovKind.HC1 or VcovKind.HC2 or VcovKind.HC3:
            {
                var u = s.ScoreResidual;
                var warnings = new List<string>();
                if (spec.Kind is VcovKind.HC2 or VcovKind.HC3)
                {
                    if (frame.FixedEffects.Count > 0)
                        throw InputException.Argument("--vcov", spec.Kind.ToString().ToLowerInvariant(),
                            "HC2/HC3 need the leverage of the absorbed fixed effects, which is not computed; use hc1 or cluster, or enter the effects as regressors");
                    var h = Leverage(s);
                    var one = Enumerable.Range(0, n).Where(i => h[i] >= 1 - 1e-10).ToList();
                    u = new double[n];
                    for (var i = 0; i < n; i++)
                        u[i] = one.Count > 0 ? double.NaN
                            : spec.Kind == VcovKind.HC2 ? s.ScoreResidual[i] / Math.Sqrt(1 - h[i]) : s.ScoreResidual[i] / (1 - h[i]);
                    if (one.Count > 0)
                        warnings.Add($"{one.Count} observation(s) have leverage 1 (lines {string.Join(", ", one.Take(10).Select(i => frame.Data.LineOf(frame.Rows[i])))}" +
                                     $"{(one.Count > 10 ? ", ..." : "")}); {spec.Kind} is undefined and its standard errors are NaN, as in R sandwich");
                }
                var meat = Meat(s.Xt, u, null);
                var adj = spec.Kind == VcovKind.HC1 ? n / dfResidual : 1.0;
                var formula = spec.Kind == VcovKind.HC1 ? $"n/(n−K) = {n}/({n}−{kFull})" : "none";
                return (Sandwich(s.Bread, meat, k, adj), new VcovInfo(spec, adj, formula, kFull, [], dfStat) { Warnings = warnings });
            }
            case VcovKind.Cluster:
            {
                var codes = spec.Clusters.Select(c => frame.ClusterCodes(c.Split('^', StringSplitOptions.TrimEntries))).ToList();
                var counts = codes.Select(c => c.Length == 0 ? 0 : c.Max() + 1).ToList();
                var kAdj = KForCluster(s, spec.SmallSample.FixedEffectsK, codes);
                var nAdj = spec.SmallSample.Adjust ? (n - kAdj > 0 ? (n - 1.0) / (n - kAdj) : double.NaN) : 1.0;
                double G(int g) => spec.SmallSample.ClusterAdjust ? g / (g - 1.0) : 1.0;
                double[] v;
                string formula;
                double adjustment;
                if (codes.Count == 1)
                {
                    adjustment = G(counts[0]) * nAdj;
                    v = Sandwich(s.Bread, Meat(s.Xt, s.ScoreResidual, codes[0]), k, adjustment);
                    formula = $"{(spec.SmallSample.ClusterAdjust ? $"G/(G−1) = {counts[0]}/{counts[0] - 1}" : "")}" +
                              $"{(spec.SmallSample.Adjust ? $"{(spec.SmallSample.ClusterAdjust ? " × " : "")}(n−1)/(n−K) = {n - 1}/{n - kAdj}" : "")}";
                }
                else
                {
                    var both = Intersect(codes[0], codes[1]);
                    counts.Add(both.Levels);
                    var gMin = Math.Min(counts[0], counts[1]);
                    double Term(int j) => spec.SmallSample.MinClusterCount ? G(gMin) : G(counts[j]);
                    var ma = Meat(s.Xt, s.ScoreResidual, codes[0]);
                    var mb = Meat(s.Xt, s.ScoreResidual, codes[1]);
                    var mab = Meat(s.Xt, s.ScoreResidual, both.Codes);
                    var meat = new double[k * k];
                    for (var i = 0; i < meat.Length; i++) meat[i] = Term(0) * ma[i] + Term(1) * mb[i] - Term(2) * mab[i];
                    v = Sandwich(s.Bread, meat, k, nAdj);
                    adjustment = Term(0) * nAdj;
                    formula = (spec.SmallSample.MinClusterCount ? $"each term × G_min/(G_min−1) = {gMin}/{gMin - 1}" : "each term × its own G/(G−1)")
                              + (spec.SmallSample.Adjust ? $", × (n−1)/(n−K) = {n - 1}/{n - kAdj}" : "");
                }
                var df = s.Poisson ? double.PositiveInfinity : Math.Min(counts[0], codes.Count == 2 ? counts[1] : int.MaxValue) - 1.0;
                return (v, new VcovInfo(spec, adjustment, formula, kAdj, counts, df));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(spec));
        }
    }

    private static (int[] Codes, int Levels) Intersect(int[] a, int[] b)
    {
        var map = new Dictionary<long, int>();
        var codes = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            var key = ((long)a[i] << 32) | (uint)b[i];
            if (!map.TryGetValue(key, out var c)) { c = map.Count; map.Add(key, c); }
            codes[i] = c;
        }
        return (codes, map.Count);
    }

    /// <summary>K of the cluster adjustment: regressors plus fixed-effect coefficients per <paramref name="rule"/>.</summary>
    private static int KForCluster(FitState s, FixedEffectsInK rule, List<int[]> clusters)
    {
        var k = s.Names.Length;
        var fe = s.Frame.FixedEffects;
        switch (rule)
        {
            case FixedEffectsInK.None: return k;
            case FixedEffectsInK.Full: return k + s.FixedEffectParameters;
            default:
                var nested = 0;
                for (var f = 0; f < fe.Count; f++)
                    if (clusters.Any(c => fe.IsNestedIn(f, c))) nested += fe.Levels[f] - 1;
                return k + s.FixedEffectParameters - nested;
        }
    }

    /// <summary>h_ii = w_i·x_i'Bx_i (OLS: w = 1), the diagonal of the (weighted) hat matrix without fixed effects.</summary>
    private static double[] Leverage(FitState s)
    {
        var n = s.Frame.N;
        var k = s.Names.Length;
        var h = new double[n];
        var xi = new double[k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++) xi[j] = s.Xt[j][i];
            double q = 0;
            for (var a = 0; a < k; a++)
            {
                double r = 0;
                for (var b = 0; b < k; b++) r += s.Bread[a + b * k] * xi[b];
                q += xi[a] * r;
            }
            h[i] = q * (s.Weights?[i] ?? 1.0);
        }
        return h;
    }

    /// <summary>M = Σ_g (Σ_{i∈g} x̃_i u_i)(Σ_{i∈g} x̃_i u_i)'; without clusters every observation is its own group.</summary>
    private static double[] Meat(double[][] x, double[] u, int[]? cluster)
    {
        var k = x.Length;
        var n = u.Length;
        double[][] scores;
        if (cluster is null)
        {
            scores = new double[k][];
            for (var j = 0; j < k; j++)
            {
                var sj = new double[n];
                for (var i = 0; i < n; i++) sj[i] = x[j][i] * u[i];
                scores[j] = sj;
            }
        }
        else
        {
            var g = cluster.Length == 0 ? 0 : cluster.Max() + 1;
            scores = new double[k][];
            for (var j = 0; j < k; j++)
            {
                var sj = new double[g];
                for (var i = 0; i < n; i++) sj[cluster[i]] += x[j][i] * u[i];
                scores[j] = sj;
            }
        }
        return WeightedLeastSquares.CrossProduct(scores, null);
    }

    private static double[] Sandwich(double[] bread, double[] meat, int k, double scale)
    {
        var v = new double[k * k];
        var tmp = new double[k * k];
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
            {
                double s = 0;
                for (var m = 0; m < k; m++) s += bread[i + m * k] * meat[m + j * k];
                tmp[i + j * k] = s;
            }
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
            {
                double s = 0;
                for (var m = 0; m < k; m++) s += tmp[i + m * k] * bread[m + j * k];
                v[i + j * k] = s * scale;
            }
        return v;
    }
}
