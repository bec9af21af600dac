using TradeScope.LinearAlgebra;

namespace TradeScope.Econometrics;

/// <summary>Options of <see cref="Ols.Fit(DataFrame, Formula, VcovSpec?, OlsOptions?)"/>.</summary>
/// <param name="DemeanTolerance">Alternating projections stop when the largest change is below this × max(1, max|x|).</param>
/// <param name="MaxDemeanSweeps">Sweeps before <see cref="Core.NumericalException"/>.</param>
/// <param name="Algebra">Linear-algebra provider for the cross products, inverses and sandwiches (default managed;
/// <see cref="LinearAlgebraProviders"/> picks one); named in <see cref="RegressionResult.LinearAlgebraProvider"/>.</param>
public sealed record OlsOptions(double DemeanTolerance = 1e-10, int MaxDemeanSweeps = 20000, ILinearAlgebra? Algebra = null)
{
    public static readonly OlsOptions Default = new();
}

/// <summary>Ordinary least squares with fixed effects absorbed by the within transformation.</summary>
/// <remarks>Reference: Frisch and Waugh (1933), Lovell (1963) for the within transformation; Guimarães and Portugal (2010), Stata Journal
/// 10(4),
/// for absorbing several fixed effects by alternating projections; Bergé (2018), fixest, for the conventions
/// (docs/methods/econometrics.md#ols, #fixed-effects).</remarks>
public static class Ols
{
    /// <summary>
    /// β̂ = (X̃'X̃)⁻¹X̃'ỹ where ~ is the within transformation on all fixed effects (Frisch–Waugh–Lovell; alternating
    /// projections, Gaure 2013). Without fixed effects an intercept is estimated unless the formula removes it.
    /// Collinear regressors are dropped in formula order and listed in <see cref="RegressionResult.Collinear"/>, as fixest does.
    /// </summary>
    /// <param name="data">In-memory or file-backed columns.</param>
    /// <param name="formula">E.g. <c>Ex ~ BP + FP + GDPpc</c> or <c>log(Euros) ~ log(dist_km) | Origin + Destination</c>.</param>
    /// <param name="vcov">Covariance (default HC1).</param>
    /// <exception cref="Core.InputException">Unknown or non-numeric column, no complete observation, all-zero outcome, unknown cluster
    /// column.</exception>
    /// <exception cref="Core.NumericalException">No identified regressor, or demeaning did not converge.</exception>
    public static RegressionResult Fit(DataFrame data, Formula formula, VcovSpec? vcov = null, OlsOptions? options = null)
    {
        options ??= OlsOptions.Default;
        vcov ??= VcovSpec.HC1;
        var algebra = options.Algebra ?? ManagedLinearAlgebra.Instance;
        var frame = ModelFrame.Build(data, formula, vcov.Clusters.SelectMany(c => c.Split('^', StringSplitOptions.TrimEntries)));
        var n = frame.N;
        var fe = frame.FixedEffects;
        var demeaner = new Demeaner(fe, null);
        var inputs = frame.X.Append(frame.Y).ToArray();
        var outputs = inputs.Select(c => new double[n]).ToArray();
        var sweeps = demeaner.Demean(inputs, outputs, null, options.DemeanTolerance, options.MaxDemeanSweeps);
        var yt = outputs[^1];
        var xtAll = outputs[..^1];

        var (xt, names, collinear) = DropCollinear(xtAll, frame.X, frame.Names, null, algebra, out var bread);
        var beta = WeightedLeastSquares.Times(bread, xt.Length, WeightedLeastSquares.CrossProduct(xt, null, yt, algebra), algebra);
        var resid = (double[])yt.Clone();
        for (var j = 0; j < xt.Length; j++)
            for (var i = 0; i < n; i++)
                resid[i] -= xt[j][i] * beta[j];
        var rss = resid.Sum(e => e * e);

        var yMean = frame.Y.Average();
        var tss = frame.Y.Sum(y => (y - yMean) * (y - yMean));
        var tssWithin = yt.Sum(y => y * y);
        var kFe = fe.Parameters();
        var kFull = xt.Length + kFe;
        var r2 = tss > 0 ? 1 - rss / tss : double.NaN;
        var hasConstant = fe.Count > 0 || formula.HasInterceptColumn;
        if (!hasConstant)
            r2 = 1 - rss / frame.Y.Sum(y => y * y); // uncentred, as R's lm without intercept
        var adj = 1 - (1 - r2) * (n - (hasConstant ? 1.0 : 0.0)) / (n - kFull);
        var logLik = -n / 2.0 * (Math.Log(2 * Math.PI * rss / n) + 1);
        var fit = new FitStatistics(
            r2,
            adj,
            fe.Count > 0 && tssWithin > 0 ? 1 - rss / tssWithin : double.NaN,
            double.NaN,
            logLik,
            double.NaN,
            rss,
            Math.Sqrt(rss / n)
        );

        var warnings = Warnings(frame, collinear);
        var state = new FitState
        {
            Frame = frame,
            Xt = xt,
            Names = names,
            Beta = beta,
            ScoreResidual = resid,
            Weights = null,
            Bread = bread,
            Rss = rss,
            Poisson = false,
            FixedEffectParameters = kFe,
            Algebra = algebra,
            FitWarnings = warnings,
        };
        var shell = new RegressionResult(
            "ols",
            Estimator.Ols,
            formula,
            [],
            [],
            null!,
            n,
            xt.Length,
            kFe,
            fe.Names.Zip(fe.Levels, (a, b) => (a, b)).ToArray(),
            frame.Dropped,
            collinear,
            fit,
            null!,
            null
        )
        {
            State = state,
        };
        _ = sweeps;
        return Variance.Apply(shell, state, vcov);
    }

    /// <summary>Parses <paramref name="formula"/> and fits.</summary>
    public static RegressionResult Fit(DataFrame data, string formula, VcovSpec? vcov = null, OlsOptions? options = null) =>
        Fit(data, Formula.Parse(formula), vcov, options);

    /// <summary>Keeps the independent columns (see <see cref="WeightedLeastSquares.Independent"/>) and returns the bread.</summary>
    internal static (double[][] Xt, string[] Names, string[] Collinear) DropCollinear(
        double[][] xt,
        double[][] raw,
        string[] names,
        double[]? w,
        ILinearAlgebra algebra,
        out double[] bread
    )
    {
        var k = xt.Length;
        var a = WeightedLeastSquares.CrossProduct(xt, w, algebra);
        var reference = raw.Select(c =>
            {
                double s = 0;
                for (var i = 0; i < c.Length; i++)
                    s += (w?[i] ?? 1.0) * c[i] * c[i];
                return s;
            })
            .ToArray();
        var keep = WeightedLeastSquares.Independent(a, k, reference);
        var idx = Enumerable.Range(0, k).Where(j => keep[j]).ToArray();
        if (idx.Length == 0)
            throw new Core.NumericalException(
                k == 0
                    ? "no regressor to estimate"
                    : $"every regressor ({string.Join(", ", names)}) is collinear with the fixed effects or constant; nothing to estimate"
            );
        bread = WeightedLeastSquares.Inverse(WeightedLeastSquares.Select(a, k, idx), idx.Length, algebra);
        return (
            idx.Select(j => xt[j]).ToArray(),
            idx.Select(j => names[j]).ToArray(),
            Enumerable.Range(0, k).Where(j => !keep[j]).Select(j => names[j]).ToArray()
        );
    }

    internal static List<string> Warnings(ModelFrame frame, IReadOnlyList<string> collinear)
    {
        var warnings = new List<string>();
        foreach (var d in frame.Dropped)
            warnings.Add(
                d.Reason switch
                {
                    DropReason.Missing => $"{d.Count} observation(s) dropped: missing values",
                    DropReason.NonFinite => $"{d.Count} observation(s) dropped: non-finite values (e.g. log of a value ≤ 0)",
                    DropReason.FixedEffectAllZero => $"{d.Count} observation(s) dropped: their fixed-effect group has only zero outcomes",
                    DropReason.Separated =>
                        $"{d.Count} observation(s) dropped: separated (ReLU test, Correia–Guimarães–Zylkin 2019), lines " +
                            $"{string.Join(", ", d.Lines.Take(20))}{(d.Count > 20 ? ", ..." : "")}",
                    _ => $"{d.Count} observation(s) dropped",
                }
            );
        if (collinear.Count > 0)
            warnings.Add($"collinear regressor(s) removed: {string.Join(", ", collinear)}");
        return warnings;
    }
}
