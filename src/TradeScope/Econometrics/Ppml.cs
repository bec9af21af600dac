using MathNet.Numerics;
using TradeScope.Core;
using TradeScope.LinearAlgebra;

namespace TradeScope.Econometrics;

/// <summary>Options of <see cref="Ppml.Fit(DataFrame, Formula, VcovSpec?, PpmlOptions?)"/>.</summary>
/// <param name="Tolerance">IRLS stops when |Δdeviance|/(0.1 + |deviance|) is below this (ppmlhdfe/fixest criterion),
/// after an iteration whose demeaning used <paramref name="DemeanTolerance"/>.</param>
/// <param name="MaxIterations">IRLS iterations before <see cref="NumericalException"/> (never a silent non-converged fit).</param>
/// <param name="DemeanTolerance">Final tolerance of the alternating projections (looser in early iterations, as ppmlhdfe).</param>
/// <param name="MaxDemeanSweeps">Sweeps per demeaning before <see cref="NumericalException"/>.</param>
/// <param name="CheckSeparation">Drop observations in all-zero fixed-effect groups and run the ReLU test (recommended).</param>
/// <param name="SeparationTolerance">A ReLU certificate value above this marks an observation as separated.</param>
/// <param name="MaxSeparationIterations">ReLU iterations before <see cref="NumericalException"/>.</param>
/// <param name="Algebra">Linear-algebra provider for the cross products, inverses and sandwiches (default managed;
/// <see cref="LinearAlgebraProviders"/> picks one); named in <see cref="RegressionResult.LinearAlgebraProvider"/>.</param>
public sealed record PpmlOptions(
    double Tolerance = 1e-10,
    int MaxIterations = 100,
    double DemeanTolerance = 1e-10,
    int MaxDemeanSweeps = 20000,
    bool CheckSeparation = true,
    double SeparationTolerance = 1e-6,
    int MaxSeparationIterations = 100000,
    ILinearAlgebra? Algebra = null
)
{
    public static readonly PpmlOptions Default = new();
}

/// <summary>Poisson pseudo-maximum likelihood with high-dimensional fixed effects (Santos Silva and Tenreyro 2006;
/// Correia, Guimarães and Zylkin 2020, ppmlhdfe; Bergé 2018, fixest).</summary>
/// <remarks>Reference: Santos Silva and Tenreyro (2006), REStat 88(4), eq. (12); Correia, Guimarães and Zylkin (2020), Stata Journal
/// 20(1),
/// for
/// IRLS with absorbed fixed effects (docs/methods/econometrics.md#ppml, #irls).</remarks>
public static class Ppml
{
    /// <summary>
    /// Maximises Σ y_i·η_i − exp(η_i), η = Xβ + Σ_f α_f, by iteratively reweighted least squares: z = η + (y−μ)/μ is
    /// regressed on X with weights μ after the weighted within transformation (warm-started from the previous
    /// iteration). Before fitting, observations whose fixed-effect group has only zero outcomes and observations found
    /// separated by the ReLU test are dropped and reported; collinear regressors are dropped and reported.
    /// </summary>
    /// <exception cref="InputException">Negative outcome, all-zero outcome, unknown or non-numeric column.</exception>
    /// <exception cref="NumericalException">No convergence within <see cref="PpmlOptions.MaxIterations"/>.</exception>
    public static RegressionResult Fit(DataFrame data, Formula formula, VcovSpec? vcov = null, PpmlOptions? options = null)
    {
        options ??= PpmlOptions.Default;
        vcov ??= VcovSpec.HC1;
        var algebra = options.Algebra ?? ManagedLinearAlgebra.Instance;
        var frame = ModelFrame.Build(data, formula, vcov.Clusters.SelectMany(c => c.Split('^', StringSplitOptions.TrimEntries)));
        for (var i = 0; i < frame.N; i++)
            if (frame.Y[i] < 0)
                throw InputException.At(
                    data.Source,
                    data.LineOf(frame.Rows[i]),
                    $"the outcome '{formula.Outcome.Name}' is negative "
                        + $"({frame.Y[i].ToString(System.Globalization.CultureInfo.InvariantCulture)}); PPML needs y ≥ 0"
                );

        var warnings = new List<string>();
        if (options.CheckSeparation)
        {
            var fixedZero = Separation.FixedEffectAllZero(frame.Y, frame.FixedEffects);
            if (fixedZero.Length > 0)
                frame = Without(frame, fixedZero, DropReason.FixedEffectAllZero);
            // The ReLU iterations stop at the first certificate; repeat on the rest until none is found.
            var separatedRows = new List<int>();
            while (frame.Y.Any(v => v == 0))
            {
                var (separated, _, _) = Separation.Relu(
                    frame.Y,
                    frame.X,
                    frame.FixedEffects,
                    options.SeparationTolerance,
                    options.MaxSeparationIterations,
                    1e-12,
                    algebra
                );
                if (separated.Length == 0)
                    break;
                separatedRows.AddRange(separated.Select(i => frame.Rows[i]));
                var set = new HashSet<int>(separated);
                frame = frame.Subset(Enumerable.Range(0, frame.N).Where(i => !set.Contains(i)).ToArray(), null);
            }
            if (separatedRows.Count > 0)
                frame = frame.Subset(
                    Enumerable.Range(0, frame.N).ToArray(),
                    ModelFrame.Drop(frame.Data, DropReason.Separated, separatedRows.Order().ToArray())
                );
        }
        if (frame.Y.All(v => v == 0))
            throw new InputException(
                $"{data.Source}: after dropping separated observations, the outcome '{formula.Outcome.Name}' is zero everywhere; nothing "
                    + $"to estimate"
            );

        var n = frame.N;
        var y = frame.Y;
        var fe = frame.FixedEffects;
        var yMean = y.Average();
        var mu = y.Select(v => (v + yMean) / 2).ToArray();
        var eta = mu.Select(v => Math.Log(v)).ToArray();
        var z = new double[n];
        double[]? zPrev = null,
            ztPrev = null;
        var xRaw = frame.X;
        var names = frame.Names;
        double[][]? xtPrev = null;
        string[] collinear = [];
        var deviance = Deviance(y, mu);
        var innerTol = Math.Max(options.DemeanTolerance, 1e-4);
        var maxSweeps = 0;
        double change = double.NaN;
        double[] beta = [];
        double[] bread = [];
        double[][] xt = [];
        var iteration = 0;
        var converged = false;
        while (iteration < options.MaxIterations)
        {
            iteration++;
            for (var i = 0; i < n; i++)
                z[i] = eta[i] + (y[i] - mu[i]) / mu[i];
            var demeaner = new Demeaner(fe, mu);
            var inputs = xRaw.Append(z).ToArray();
            var outputs = inputs.Select(_ => new double[n]).ToArray();
            double[]?[]? start = null;
            if (zPrev is not null)
            {
                var zStart = new double[n];
                for (var i = 0; i < n; i++)
                    zStart[i] = z[i] - (zPrev[i] - ztPrev![i]);
                start = xtPrev!.Cast<double[]?>().Append(zStart).ToArray();
            }
            var usedTol = innerTol;
            maxSweeps = Math.Max(maxSweeps, demeaner.Demean(inputs, outputs, start, usedTol, options.MaxDemeanSweeps));
            var zt = outputs[^1];
            xtPrev = outputs[..^1];
            zPrev = (double[])z.Clone();
            ztPrev = zt;
            if (iteration == 1)
            {
                var (kept, keptNames, dropped) = Ols.DropCollinear(xtPrev, xRaw, names, mu, algebra, out _);
                if (dropped.Length > 0)
                {
                    var idx = names.Select((nm, j) => (nm, j)).Where(p => keptNames.Contains(p.nm)).Select(p => p.j).ToArray();
                    xRaw = idx.Select(j => xRaw[j]).ToArray();
                    xtPrev = idx.Select(j => xtPrev[j]).ToArray();
                    names = keptNames;
                    collinear = dropped;
                }
            }
            xt = xtPrev;
            var a = WeightedLeastSquares.CrossProduct(xt, mu, algebra);
            bread = WeightedLeastSquares.Inverse(a, xt.Length, algebra);
            beta = WeightedLeastSquares.Times(bread, xt.Length, WeightedLeastSquares.CrossProduct(xt, mu, zt, algebra), algebra);
            for (var i = 0; i < n; i++)
            {
                var e = zt[i];
                for (var j = 0; j < xt.Length; j++)
                    e -= xt[j][i] * beta[j];
                eta[i] = z[i] - e;
                mu[i] = Math.Exp(eta[i]);
            }
            var next = Deviance(y, mu);
            change = Math.Abs(next - deviance) / (0.1 + Math.Abs(next));
            deviance = next;
            if (!double.IsFinite(deviance))
                throw new NumericalException(
                    $"PPML diverged at iteration {iteration} (deviance {deviance}); check for separation or extreme regressors"
                );
            if (change < options.Tolerance && usedTol <= options.DemeanTolerance)
            {
                converged = true;
                break;
            }
            innerTol = Math.Max(options.DemeanTolerance, Math.Min(innerTol, change * 1e-3));
        }
        if (!converged)
            throw new NumericalException(
                $"PPML did not converge in {options.MaxIterations} iterations: relative deviance change {change:g3} > tolerance "
                    + $"{options.Tolerance:g3}"
            );

        // Scores and bread at the final μ (one more warm-started demeaning of X with the final weights).
        var finalDemeaner = new Demeaner(fe, mu);
        var finalXt = xRaw.Select(_ => new double[n]).ToArray();
        maxSweeps = Math.Max(
            maxSweeps,
            finalDemeaner.Demean(xRaw, finalXt, xt.Cast<double[]?>().ToArray(), options.DemeanTolerance, options.MaxDemeanSweeps)
        );
        bread = WeightedLeastSquares.Inverse(WeightedLeastSquares.CrossProduct(finalXt, mu, algebra), finalXt.Length, algebra);

        double logLik = 0,
            nullLogLik = 0;
        var logMean = Math.Log(y.Average());
        var yBar = y.Average();
        for (var i = 0; i < n; i++)
        {
            var lg = SpecialFunctions.GammaLn(y[i] + 1);
            logLik += (y[i] > 0 ? y[i] * Math.Log(mu[i]) : 0) - mu[i] - lg;
            nullLogLik += (y[i] > 0 ? y[i] * logMean : 0) - yBar - lg;
        }
        var fit = new FitStatistics(double.NaN, double.NaN, double.NaN, 1 - logLik / nullLogLik, logLik, nullLogLik, deviance, double.NaN);
        warnings.AddRange(Ols.Warnings(frame, collinear));
        var scoreResidual = new double[n];
        for (var i = 0; i < n; i++)
            scoreResidual[i] = y[i] - mu[i];
        var kFe = fe.Parameters();
        var state = new FitState
        {
            Frame = frame,
            Xt = finalXt,
            Names = names,
            Beta = beta,
            ScoreResidual = scoreResidual,
            Weights = mu,
            Bread = bread,
            Rss = double.NaN,
            Poisson = true,
            FixedEffectParameters = kFe,
            Algebra = algebra,
            FitWarnings = warnings,
        };
        var shell = new RegressionResult(
            "ppml",
            Estimator.Ppml,
            formula,
            [],
            [],
            null!,
            n,
            names.Length,
            kFe,
            fe.Names.Zip(fe.Levels, (p, q) => (p, q)).ToArray(),
            frame.Dropped,
            collinear,
            fit,
            null!,
            new Convergence(iteration, options.Tolerance, change, options.DemeanTolerance, maxSweeps)
        )
        {
            State = state,
        };
        return Variance.Apply(shell, state, vcov);
    }

    /// <summary>Parses <paramref name="formula"/> and fits.</summary>
    public static RegressionResult Fit(DataFrame data, string formula, VcovSpec? vcov = null, PpmlOptions? options = null) =>
        Fit(data, Formula.Parse(formula), vcov, options);

    /// <summary>Poisson deviance 2Σ[y ln(y/μ) − (y − μ)].</summary>
    internal static double Deviance(double[] y, double[] mu)
    {
        double d = 0;
        for (var i = 0; i < y.Length; i++)
            d += (y[i] > 0 ? y[i] * Math.Log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        return 2 * d;
    }

    private static ModelFrame Without(ModelFrame frame, int[] drop, DropReason reason)
    {
        var set = new HashSet<int>(drop);
        var keep = Enumerable.Range(0, frame.N).Where(i => !set.Contains(i)).ToArray();
        return frame.Subset(keep, ModelFrame.Drop(frame.Data, reason, drop.Select(i => frame.Rows[i]).ToArray()));
    }
}
