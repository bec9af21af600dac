using TradeScope.Core;

namespace TradeScope.Analyses;

/// <summary>
/// A solution of the structural gravity system with given outputs Y_i and expenditures E_j (conditional general equilibrium,
/// Yotov, Piermartini, Monteiro and Larch 2016, ch. 2): flows X_ij = exp(c_ij + a_i + b_j) with c_ij = ln t_ij^(1−σ), and the
/// multilateral resistances recovered from the fixed effects with the inward resistance of <see cref="Reference"/> set to 1.
/// </summary>
/// <param name="Flows">X_ij, row-major n × n (NaN where the pair is not in the system).</param>
/// <param name="OutwardResistance">Π_i^(1−σ) = Y_i·E_ref / (Y·exp(a_i)·exp(b_ref)).</param>
/// <param name="InwardResistance">P_j^(1−σ) = (E_j/exp(b_j)) / (E_ref/exp(b_ref)); 1 for the reference economy.</param>
/// <param name="Iterations">Sweeps of the fixed-point iteration.</param>
public sealed record GravitySystemSolution(
    int Count,
    int Reference,
    double[] Flows,
    double[] OutwardResistance,
    double[] InwardResistance,
    int Iterations
);

/// <summary>
/// GEPPML's second step without re-running the regression (Yotov et al. 2016, ch. 2; Fally 2015): with the trade costs fixed at
/// c_ij and only exporter and importer fixed effects left, the Poisson first-order conditions are Σ_j X_ij = Y_i and
/// Σ_i X_ij = E_j — exactly the multilateral-resistance equations Π_i = Σ_j t_ij E_j/(Y P_j), P_j = Σ_i t_ij Y_i/(Y Π_i). They are
/// solved by alternating the two scalings (the contraction used by ge_gravity, Baier, Yotov and Zylkin 2019) instead of a PPML
/// with an offset, which <see cref="Econometrics.Ppml"/> does not take; the solution is that PPML's fitted values.
/// </summary>
public static class ConditionalGe
{
    /// <summary>Largest relative violation of the first-order conditions accepted.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>Sweeps before <see cref="NumericalException"/>.</summary>
    public const int MaxIterations = 100000;

    /// <summary>
    /// Solves for a_i, b_j with Σ_j exp(c_ij + a_i + b_j) = Y_i and Σ_i exp(c_ij + a_i + b_j) = E_j, where Y and E are the row
    /// and column sums of <paramref name="observed"/> (the baseline outputs and expenditures, held fixed: conditional GE).
    /// </summary>
    /// <param name="observed">Observed flows X_ij including the domestic flows X_ii, row-major n × n; NaN = pair not in the
    /// system.</param>
    /// <param name="costs">c_ij = ln t_ij^(1−σ), the fitted trade-cost term β̂'x_ij (NaN where <paramref name="observed"/> is
    /// NaN).</param>
    /// <param name="reference">The economy whose inward resistance is 1.</param>
    /// <exception cref="NumericalException">No convergence, or an economy with zero output or expenditure.</exception>
    public static GravitySystemSolution Solve(int n, double[] observed, double[] costs, int reference = 0)
    {
        var y = new double[n];
        var e = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (!double.IsNaN(observed[i * n + j]))
                {
                    y[i] += observed[i * n + j];
                    e[j] += observed[i * n + j];
                }
        if (y.Any(v => !(v > 0)) || e.Any(v => !(v > 0)))
            throw new NumericalException("conditional GE: an economy has zero output or expenditure; drop it from the panel");
        var t = costs.Select(c => double.IsNaN(c) ? 0 : Math.Exp(c)).ToArray();
        var a = new double[n]; // exp(a_i)
        var b = Enumerable.Repeat(1.0, n).ToArray(); // exp(b_j)
        var iteration = 0;
        while (true)
        {
            iteration++;
            for (var i = 0; i < n; i++)
            {
                double s = 0;
                for (var j = 0; j < n; j++)
                    s += t[i * n + j] * b[j];
                a[i] = y[i] / s;
            }
            for (var j = 0; j < n; j++)
            {
                double s = 0;
                for (var i = 0; i < n; i++)
                    s += t[i * n + j] * a[i];
                b[j] = e[j] / s;
            }
            // Column sums hold exactly after the b-step; converged when the row sums do too.
            double worst = 0;
            for (var i = 0; i < n; i++)
            {
                double s = 0;
                for (var j = 0; j < n; j++)
                    s += t[i * n + j] * a[i] * b[j];
                worst = Math.Max(worst, Math.Abs(s - y[i]) / y[i]);
            }
            if (worst <= Tolerance)
                break;
            if (iteration >= MaxIterations || !double.IsFinite(worst))
                throw new NumericalException($"conditional GE did not converge in {iteration} sweeps (relative violation {worst:g3})");
        }
        var world = y.Sum();
        var flows = new double[n * n];
        for (var k = 0; k < n * n; k++)
            flows[k] = double.IsNaN(observed[k]) ? double.NaN : t[k] * a[k / n] * b[k % n];
        var outward = Enumerable.Range(0, n).Select(i => y[i] * e[reference] / (world * a[i] * b[reference])).ToArray();
        var inward = Enumerable.Range(0, n).Select(j => e[j] / b[j] / (e[reference] / b[reference])).ToArray();
        return new GravitySystemSolution(n, reference, flows, outward, inward, iteration);
    }
}
