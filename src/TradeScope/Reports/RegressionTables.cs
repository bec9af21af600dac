using System.Globalization;
using TradeScope.Core;
using TradeScope.Econometrics;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>
/// Regression output as report tables (fixest's <c>etable</c> idea): a tidy table for machines
/// (<c>model,term,estimate,std_error,statistic,p_value</c>), a published-style table with several models side by
/// side (coefficients with stars, standard errors in parentheses, fixed effects, N, R², F), and a statistics table.
/// </summary>
public static class RegressionTables
{
    /// <summary>Significance stars: *** p &lt; 0.01, ** p &lt; 0.05, * p &lt; 0.1 (two-sided).</summary>
    public static string Stars(double p) =>
        p < 0.01 ? "***"
        : p < 0.05 ? "**"
        : p < 0.1 ? "*"
        : "";

    /// <summary>One row per model and term, full precision.</summary>
    public static ReportTable Tidy(IEnumerable<RegressionResult> models)
    {
        var rows = models
            .SelectMany(m => m.Coefficients.Select(c => new object?[] { m.Name, c.Term, c.Estimate, c.StdError, c.Statistic, c.PValue }))
            .ToList();
        return new ReportTable(
            "coefficients",
            Strings.Coefficients,
            [
                ReportColumn.Txt("model", Strings.Model),
                ReportColumn.Txt("term", Strings.Variable),
                ReportColumn.Num("estimate", Strings.Estimate, "0.0000"),
                ReportColumn.Num("std_error", Strings.StdError, "0.0000"),
                ReportColumn.Num("statistic", Strings.TZ, "0.00"),
                ReportColumn.Num("p_value", Strings.PValue, "0.0000"),
            ],
            rows
        )
        {
            Sheet = Strings.Coefficients,
            Charts =
            [
                ChartHint.CoefficientPlot(Strings.HtmlChartCoefficients, ["model", "term"], "term") with
                {
                    XTitle = Strings.HtmlAxisEstimate,
                },
            ],
        }.Validated();
    }

    /// <summary>The models side by side as economists publish them.</summary>
    /// <param name="models">Columns, in order (their <see cref="RegressionResult.Name"/> heads the column).</param>
    /// <param name="digits">Decimals of coefficients and standard errors.</param>
    public static ReportTable SideBySide(IReadOnlyList<RegressionResult> models, int digits = 3)
    {
        var numberFormat = "0." + new string('0', digits);
        object Stat(double v, string format, string suffix = "") => double.IsNaN(v) ? "" : new DecoratedNumber(v, format, suffix);
        var terms = models.SelectMany(m => m.Coefficients.Select(c => c.Term)).Distinct().ToList();
        var rows = new List<object?[]>();
        foreach (var term in terms)
        {
            var estimate = new object?[models.Count + 1];
            var se = new object?[models.Count + 1];
            estimate[0] = term;
            se[0] = "";
            for (var m = 0; m < models.Count; m++)
            {
                var c = models[m].Coefficients.FirstOrDefault(x => x.Term == term);
                estimate[m + 1] = c is null ? "" : new DecoratedNumber(c.Estimate, numberFormat, Stars(c.PValue));
                se[m + 1] = c is null ? "" : new DecoratedNumber(c.StdError, numberFormat, Parenthesised: true);
            }
            rows.Add(estimate);
            rows.Add(se);
        }
        var effects = models.SelectMany(m => m.FixedEffectLevels.Select(f => f.Name)).Distinct().ToList();
        foreach (var fe in effects)
            rows.Add([
                Label(Strings.Format(nameof(Strings.FixedEffectsOf), fe)),
                .. models.Select(m => (object?)(m.FixedEffectLevels.Any(f => f.Name == fe) ? CodeCell.Yes : "")),
            ]);
        rows.Add([Label(Strings.EstimationMethod), .. models.Select(m => (object?)(m.Estimator == Estimator.Ols ? "OLS" : "PPML"))]);
        rows.Add([Label(Strings.StandardErrors), .. models.Select(m => (object?)VcovLabel(m.VcovInfo.Spec))]);
        rows.Add([Label(Strings.Observations), .. models.Select(m => (object?)(long)m.N)]);
        if (models.Any(m => m.Estimator == Estimator.Ols))
        {
            rows.Add([Bilingual.Same("R²"), .. models.Select(m => (object?)Stat(m.Fit.RSquared, "0.000"))]);
            if (models.Any(m => !double.IsNaN(m.Fit.WithinRSquared)))
                rows.Add([Label(Strings.WithinRSquared), .. models.Select(m => (object?)Stat(m.Fit.WithinRSquared, "0.000"))]);
        }
        if (models.Any(m => m.Estimator == Estimator.Ppml))
            rows.Add([Label(Strings.PseudoRSquared), .. models.Select(m => (object?)Stat(m.Fit.PseudoRSquared, "0.000"))]);
        rows.Add([Label(Strings.FWald), .. models.Select(m => (object?)Stat(m.Wald.F, "0.00", Stars(m.Wald.PValue)))]);
        rows.Add([Label(Strings.LogarithmOfLikelihood), .. models.Select(m => (object?)Stat(m.Fit.LogLikelihood, "G6"))]);
        var columns = new List<ReportColumn> { ReportColumn.Txt("term", "", "") };
        columns.AddRange(models.Select((m, i) => ReportColumn.Txt($"model_{i + 1}", m.Name, m.Name)));
        var notes = new List<Bilingual> { Strings.StandardErrorsInParentheses };
        foreach (var m in models)
        {
            var vcov = VcovLabel(m.VcovInfo.Spec).Label;
            var adjustment = AdjustmentText(m.VcovInfo.AdjustmentFormula);
            string Converged(Convergence c, Language l) =>
                $"|Δdev|/({ReportNumbers.Format(0.1, "0.0", l)}+|dev|) = {ReportNumbers.Format(c.RelativeDevianceChange, "g2", l)} < "
                + $"{ReportNumbers.Format(c.Tolerance, "g2", l)}";
            notes.Add(
                new(
                    $"{m.Name}: `{m.Formula}`; {vcov.En}, small-sample factor {adjustment.En}"
                        + $"{(m.Convergence is { } c1 ? $"; converged in {c1.Iterations} iterations ({Converged(c1, Language.En)})" : "")}"
                        + $"; linear algebra: `{m.LinearAlgebraProvider}`.",
                    $"{m.Name}: `{m.Formula}`; {vcov.Ru}, поправка на малую выборку: {adjustment.Ru}"
                        + $"{(m.Convergence is { } c2 ? $"; сходимость за {c2.Iterations} итераций ({Converged(c2, Language.Ru)})" : "")}"
                        + $"; линейная алгебра: `{m.LinearAlgebraProvider}`."
                )
            );
            notes.AddRange(Warnings(m).Select(w => new Bilingual($"{m.Name}: {w.En}.", $"{m.Name}: {w.Ru}.")));
        }
        return new ReportTable("regression", Strings.RegressionResults, columns, rows)
        {
            Notes = notes,
            Sheet = Strings.Regression,
        }.Validated();
    }

    /// <summary>Sample, conventions and fit statistics of each model (one row per model).</summary>
    public static ReportTable Statistics(IEnumerable<RegressionResult> models)
    {
        var rows = models
            .Select(m =>
                new object?[]
                {
                    m.Name,
                    m.Estimator == Estimator.Ols
                        ? new CodeCell("ols", Bilingual.Same("OLS"))
                        : new CodeCell("ppml", Bilingual.Same("PPML")),
                    m.Formula.ToString(),
                    (long)m.N,
                    (long)m.K,
                    (long)m.FixedEffectParameters,
                    (long)m.DroppedCount,
                    string.Join(" ", m.Collinear),
                    VcovLabel(m.VcovInfo.Spec),
                    new CodeCell(m.VcovInfo.AdjustmentFormula, AdjustmentText(m.VcovInfo.AdjustmentFormula)),
                    m.Fit.RSquared,
                    m.Fit.AdjustedRSquared,
                    m.Fit.WithinRSquared,
                    m.Fit.PseudoRSquared,
                    m.Fit.LogLikelihood,
                    m.Fit.Deviance,
                    m.Wald.F,
                    m.Wald.PValue,
                    m.Convergence is null ? null : (long)m.Convergence.Iterations,
                }
            )
            .ToList();
        return new ReportTable(
            "statistics",
            Strings.SampleAndFit,
            [
                ReportColumn.Txt("model", Strings.Model),
                ReportColumn.Txt("estimator", Strings.Estimator),
                ReportColumn.Txt("formula", Strings.Formula),
                ReportColumn.Int("n", Strings.N),
                ReportColumn.Int("k", Strings.KRegressors),
                ReportColumn.Int("fe_parameters", Strings.FEParameters),
                ReportColumn.Int("dropped", Strings.DroppedObs),
                ReportColumn.Txt("collinear", Strings.CollinearRemoved),
                ReportColumn.Txt("vcov", Strings.StdErrors),
                ReportColumn.Txt("vcov_adjustment", Strings.SmallSampleFactor),
                ReportColumn.Num("r2", Strings.RSquared),
                ReportColumn.Num("adj_r2", Strings.AdjustedRSquared),
                ReportColumn.Num("within_r2", Strings.WithinRSquared),
                ReportColumn.Num("pseudo_r2", Strings.PseudoRSquared),
                ReportColumn.Num("log_likelihood", Strings.LogLikelihood, "G6"),
                ReportColumn.Num("deviance", Strings.Deviance, "G6"),
                ReportColumn.Num("wald_f", Strings.FWald, "0.00"),
                ReportColumn.Num("wald_p", Strings.PValueF, "0.0000"),
                ReportColumn.Int("iterations", Strings.Iterations),
            ],
            rows
        )
        {
            Sheet = Strings.Statistics,
        }.Validated();
    }

    /// <summary>A document: the key coefficients in words, then the side-by-side table, statistics, tidy coefficients.</summary>
    public static ReportDocument Document(IReadOnlyList<RegressionResult> models, Bilingual? title = null) =>
        new(
            title ?? Strings.RegressionResults,
            [
                .. Summary(models).Select(t => (ReportBlock)new ParagraphBlock(t)),
                new TableBlock(SideBySide(models)),
                new TableBlock(Statistics(models)),
                new TableBlock(Tidy(models)),
            ]
        );

    /// <summary>The tidy coefficients alone (CSV output), with the summary for the formats that show paragraphs.</summary>
    public static ReportDocument TidyDocument(IReadOnlyList<RegressionResult> models) =>
        new(Strings.RegressionResults, [.. Summary(models).Select(t => (ReportBlock)new ParagraphBlock(t)), new TableBlock(Tidy(models))]);

    /// <summary>How many coefficients (besides the intercept) a summary names per model.</summary>
    private const int SummaryTerms = 4;

    /// <summary>
    /// The answer in words, one line per model: the key coefficients (all regressors but the intercept, at most
    /// <see cref="SummaryTerms"/>) with standard error, p-value and stars, and the number of observations.
    /// </summary>
    public static IReadOnlyList<Bilingual> Summary(IReadOnlyList<RegressionResult> models) =>
        models
            .Select(m =>
            {
                var key = m.Coefficients.Where(c => c.Term != "(Intercept)").Take(SummaryTerms).ToList();
                string Terms(Language l) =>
                    key.Count == 0
                        ? (l == Language.Ru ? "регрессоров, кроме константы, " +
                            "" + "нет" : "no regressor besides " + "the intercept")
                        : string.Join(
                            "; ",
                            key.Select(c =>
                                $"{c.Term} {ReportNumbers.Format(c.Estimate, "0.000", l)}{Stars(c.PValue)} "
                                + $"({(l == Language.Ru ? "ст. ошибка" : "s.e.")} "
                                + $"{ReportNumbers.Format(c.StdError, "0.000", l)}, p "
                                + $"{PValue(c.PValue, l)})"
                            )
                        );
                var more = m.Coefficients.Count(c => c.Term != "(Intercept)") - key.Count;
                return new Bilingual(
                    $"**{m.Name}** (N = {m.N}): {Terms(Language.En)}{(more > 0 ? $"; {more} more in the table" : "")}.",
                    $"**{m.Name}** (N = {m.N}): {Terms(Language.Ru)}{(more > 0 ? $"; ещё {more} — в таблице" : "")}."
                );
            })
            .ToList();

    /// <summary>"= 0.012" or "&lt; 0.001" in the report's number style.</summary>
    private static string PValue(double p, Language language) =>
        double.IsNaN(p) ? "= NaN"
        : p < 0.001 ? $"< {ReportNumbers.Format(0.001, "0.000", language)}"
        : $"= " + $"{ReportNumbers.Format(p, "0.000", language)}";

    private static CodeCell Label(Bilingual phrase) => new(phrase.En, phrase);

    /// <summary>The covariance label in both languages, from the covariance registry (<see cref="VcovKind"/>); the code
    /// (CSV/JSON) is the library's English label.</summary>
    public static CodeCell VcovLabel(VcovSpec spec) => new(spec.Label, spec.BilingualLabel);

    /// <summary>The small-sample factor as the library states it (a formula), with its few words translated.</summary>
    private static Bilingual AdjustmentText(string formula) =>
        formula switch
        {
            "none" => Strings.None,
            _ when formula.StartsWith("model-based Poisson", StringComparison.Ordinal) => new(
                formula,
                "модельная (пуассоновская) " + formula["model-based Poisson ".Length..]
            ),
            _ => new(
                formula,
                formula.Replace("each term × its own", "каждое слагаемое × свой").Replace("each term ×", "каждое слагаемое ×")
            ),
        };

    /// <summary>Warnings of a fit in both languages: the English words are the library's (<see cref="RegressionResult.Warnings"/>);
    /// Russian is built from the structured record of dropped observations and collinear regressors, which come first;
    /// the rare covariance warnings that follow (leverage one, negative variance) are shown as the library words them.</summary>
    private static IEnumerable<Bilingual> Warnings(RegressionResult m)
    {
        var ru = RussianFitWarnings(m).ToList();
        return m.Warnings.Select((w, i) => new Bilingual(w, i < ru.Count ? ru[i] : w));
    }

    private static IEnumerable<string> RussianFitWarnings(RegressionResult m)
    {
        foreach (var d in m.Dropped)
        {
            var lines = d.Lines.Count > 0 ? $"{string.Join(", ", d.Lines.Take(20))}{(d.Count > 20 ? ", ..." : "")}" : "";
            yield return d.Reason switch
            {
                DropReason.Missing => $"исключено наблюдений: {d.Count} (пропущенные значения)",
                DropReason.NonFinite => $"исключено наблюдений: {d.Count} (нечисловые или " +
                    $"бесконечные "
                    + $"значения, например логарифм значения ≤ 0)",
                DropReason.FixedEffectAllZero => $"исключено наблюдений: {d.Count} (в их группе " +
                    $"фиксированного "
                    + $"эффекта зависимая переменная везде равна нулю)",
                DropReason.Separated => $"исключено наблюдений: {d.Count} (разделение, тест ReLU, " +
                    $"Коррейя — "
                    + $"Гимарайнш — Зилкин, 2019), строки {lines}",
                _ => $"исключено наблюдений: {d.Count}",
            };
        }
        if (m.Collinear.Count > 0)
            yield return $"исключены коллинеарные регрессоры: {string.Join(", ", m.Collinear)}";
    }
}
