namespace TradeScope.Econometrics;

/// <summary>Estimator of a <see cref="RegressionResult"/>.</summary>
public enum Estimator
{
    /// <summary>Ordinary least squares (fixed effects absorbed by the within transformation).</summary>
    Ols,

    /// <summary>Poisson pseudo-maximum likelihood (Santos Silva and Tenreyro 2006) by IRLS.</summary>
    Ppml,
}

/// <summary>One estimated coefficient: estimate, standard error, t (OLS) or z (PPML) statistic and two-sided p-value.</summary>
public sealed record Coefficient(string Term, double Estimate, double StdError, double Statistic, double PValue);

/// <summary>
/// Goodness of fit. NaN where a statistic does not apply (R² for PPML, pseudo-R² for OLS).
/// </summary>
/// <param name="RSquared">OLS: 1 − RSS/TSS, TSS around the mean of y.</param>
/// <param name="AdjustedRSquared">OLS: 1 − (1−R²)(n−1)/(n−K), K with all fixed-effect coefficients.</param>
/// <param name="WithinRSquared">OLS with fixed effects: 1 − RSS/Σỹ², ỹ the demeaned outcome.</param>
/// <param name="PseudoRSquared">PPML: 1 − ℓ/ℓ₀, ℓ₀ the Poisson log-likelihood of the intercept-only model (fixest
/// "pr2").</param>
/// <param name="LogLikelihood">OLS: −n/2·(ln(2π·RSS/n)+1); PPML: Σ y ln μ − μ − ln Γ(y+1).</param>
/// <param name="Deviance">OLS: RSS; PPML: 2Σ[y ln(y/μ) − (y−μ)].</param>
/// <param name="Rmse">OLS: √(RSS/n).</param>
public sealed record FitStatistics(
    double RSquared,
    double AdjustedRSquared,
    double WithinRSquared,
    double PseudoRSquared,
    double LogLikelihood,
    double NullLogLikelihood,
    double Deviance,
    double Rmse
);

/// <summary>Joint Wald test that all slopes (not the intercept) are zero, with the result's covariance:
/// F = β̂'V̂⁻¹β̂/q on (q, df) degrees of freedom (df = ∞ for PPML: χ²_q/q).</summary>
public sealed record WaldTest(double F, int Df1, double Df2, double PValue);

/// <summary>How the PPML iterations ended.</summary>
/// <param name="Iterations">IRLS iterations.</param>
/// <param name="Tolerance">Target |Δdeviance|/(0.1 + |deviance|).</param>
/// <param name="RelativeDevianceChange">Achieved at the last iteration.</param>
/// <param name="DemeanTolerance">Alternating projections stop when the largest change is below this × max(1, max|x|).</param>
/// <param name="MaxDemeanSweeps">Largest number of sweeps any demeaning needed.</param>
public sealed record Convergence(
    int Iterations,
    double Tolerance,
    double RelativeDevianceChange,
    double DemeanTolerance,
    int MaxDemeanSweeps
);

/// <summary>
/// A fitted regression: coefficients with the requested covariance, the sample actually used, what was dropped and why,
/// fit statistics, and (PPML) convergence. Recompute the covariance with <see cref="WithVcov"/> (fixest's
/// <c>summary(est, vcov = ...)</c>): the point estimates are kept, the standard errors change.
/// </summary>
/// <param name="Name">Label of the model in tables ("(1)", "ols", ...).</param>
/// <param name="N">Observations used.</param>
/// <param name="K">Estimated regressor coefficients (collinear ones excluded; intercept included when estimated).</param>
/// <param name="FixedEffectParameters">Identified fixed-effect coefficients (see <see cref="SmallSample"/>).</param>
/// <param name="FixedEffectLevels">Levels of each fixed-effect dimension on the sample, by name.</param>
/// <param name="Collinear">Regressors dropped because they are collinear with earlier ones or absorbed by fixed effects.</param>
/// <param name="Vcov">The covariance matrix (K×K, column-major, in <see cref="Coefficients"/> order).</param>
public sealed record RegressionResult(
    string Name,
    Estimator Estimator,
    Formula Formula,
    IReadOnlyList<Coefficient> Coefficients,
    double[] Vcov,
    VcovInfo VcovInfo,
    int N,
    int K,
    int FixedEffectParameters,
    IReadOnlyList<(string Name, int Levels)> FixedEffectLevels,
    IReadOnlyList<DroppedObservations> Dropped,
    IReadOnlyList<string> Collinear,
    FitStatistics Fit,
    WaldTest Wald,
    Convergence? Convergence
)
{
    internal FitState State { get; init; } = null!;

    /// <summary>The linear-algebra provider that computed the cross products, inverses and covariance (e.g. "OpenBLAS 0.3.21"
    /// or "managed (Math.NET Numerics 5.0.0)"; <see cref="OlsOptions.Algebra"/>, <see cref="PpmlOptions.Algebra"/>).</summary>
    public string LinearAlgebraProvider => State.Algebra.Name;

    /// <summary>Notes a reader must see: dropped observations, collinear regressors, undefined standard errors.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Observations dropped for any reason.</summary>
    public int DroppedCount => Dropped.Sum(d => d.Count);

    /// <summary>The coefficient of <paramref name="term"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such (estimated) term.</exception>
    public Coefficient this[string term] =>
        Coefficients.FirstOrDefault(c => c.Term == term)
        ?? throw new KeyNotFoundException($"no estimated term '{term}'; terms: {string.Join(", ", Coefficients.Select(c => c.Term))}");

    /// <summary>The same fit with another covariance (and the statistics that depend on it).</summary>
    /// <exception cref="Core.InputException">Unknown cluster column, or a type that needs what the fit lacks (HC2/HC3 need
    /// leverages, which are not computed with absorbed fixed effects).</exception>
    public RegressionResult WithVcov(VcovSpec spec) => Variance.Apply(this, State, spec);

    /// <summary>
    /// PPML fitted means μ_i = exp(x_i'β̂ + Σ_f α̂_f(i)) of every row of the input data, fixed effects included, in input row
    /// order; NaN for a row outside the estimation sample (missing values, all-zero fixed-effect groups, separation: see
    /// <see cref="Dropped"/>). These are the IRLS means at convergence, so with exporter(-year) fixed effects the fitted
    /// values of each exporter sum to its actual values on the sample (the Poisson first-order condition).
    /// </summary>
    /// <param name="rowCount">Rows of the input data frame.</param>
    /// <exception cref="InvalidOperationException">An OLS result (its fitted values are not on the level of y).</exception>
    public double[] FittedValues(int rowCount)
    {
        if (Estimator != Estimator.Ppml || State.Weights is null)
            throw new InvalidOperationException("fitted means are kept for PPML fits only");
        var fitted = new double[rowCount];
        Array.Fill(fitted, double.NaN);
        var rows = State.Frame.Rows;
        for (var i = 0; i < rows.Length; i++)
            fitted[rows[i]] = State.Weights[i];
        return fitted;
    }

    /// <summary>The same result under another label.</summary>
    public RegressionResult Named(string name) => this with { Name = name };
}
