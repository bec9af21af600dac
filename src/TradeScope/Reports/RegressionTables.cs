using System.Globalization;
using TradeScope.Econometrics;

namespace TradeScope.Reports;

/// <summary>
/// Regression output as report tables (fixest's <c>etable</c> idea): a tidy table for machines
/// (<c>model,term,estimate,std_error,statistic,p_value</c>), a published-style table with several models side by
/// side (coefficients with stars, standard errors in parentheses, fixed effects, N, R², F), and a statistics table.
/// </summary>
public static class RegressionTables
{
    /// <summary>Significance stars: *** p &lt; 0.01, ** p &lt; 0.05, * p &lt; 0.1 (two-sided).</summary>
    public static string Stars(double p) => p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : "";

    /// <summary>One row per model and term, full precision.</summary>
    public static ReportTable Tidy(IEnumerable<RegressionResult> models)
    {
        var rows = models.SelectMany(m => m.Coefficients.Select(c => new object?[] { m.Name, c.Term, c.Estimate, c.StdError, c.Statistic, c.PValue })).ToList();
        return new ReportTable("coefficients", new Text("Coefficients", "Коэффициенты"),
        [
            ReportColumn.Txt("model", "Model", "Модель"), ReportColumn.Txt("term", "Term", "Переменная"),
            ReportColumn.Num("estimate", "Estimate", "Оценка", "0.0000"), ReportColumn.Num("std_error", "Std. error", "Ст. ошибка", "0.0000"),
            ReportColumn.Num("statistic", "t / z", "t / z", "0.00"), ReportColumn.Num("p_value", "p-value", "p-значение", "0.0000"),
        ], rows).Validated();
    }

    /// <summary>The models side by side as economists publish them.</summary>
    /// <param name="models">Columns, in order (their <see cref="RegressionResult.Name"/> heads the column).</param>
    /// <param name="digits">Decimals of coefficients and standard errors.</param>
    public static ReportTable SideBySide(IReadOnlyList<RegressionResult> models, int digits = 3)
    {
        string Num(double v) => double.IsNaN(v) ? "NaN" : v.ToString("F" + digits, CultureInfo.InvariantCulture);
        string Stat(double v, string format) => double.IsNaN(v) ? "" : v.ToString(format, CultureInfo.InvariantCulture);
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
                estimate[m + 1] = c is null ? "" : Num(c.Estimate) + Stars(c.PValue);
                se[m + 1] = c is null ? "" : $"({Num(c.StdError)})";
            }
            rows.Add(estimate);
            rows.Add(se);
        }
        var effects = models.SelectMany(m => m.FixedEffectLevels.Select(f => f.Name)).Distinct().ToList();
        foreach (var fe in effects)
            rows.Add([$"{fe} fixed effects", .. models.Select(m => (object?)(m.FixedEffectLevels.Any(f => f.Name == fe) ? "Yes" : ""))]);
        rows.Add(["Estimator", .. models.Select(m => (object?)(m.Estimator == Estimator.Ols ? "OLS" : "PPML"))]);
        rows.Add(["Standard errors", .. models.Select(m => (object?)m.VcovInfo.Spec.Label)]);
        rows.Add(["Observations", .. models.Select(m => (object?)m.N.ToString(CultureInfo.InvariantCulture))]);
        if (models.Any(m => m.Estimator == Estimator.Ols))
        {
            rows.Add(["R²", .. models.Select(m => (object?)Stat(m.Fit.RSquared, "0.000"))]);
            if (models.Any(m => !double.IsNaN(m.Fit.WithinRSquared)))
                rows.Add(["Within R²", .. models.Select(m => (object?)Stat(m.Fit.WithinRSquared, "0.000"))]);
        }
        if (models.Any(m => m.Estimator == Estimator.Ppml))
            rows.Add(["Pseudo R²", .. models.Select(m => (object?)Stat(m.Fit.PseudoRSquared, "0.000"))]);
        rows.Add(["F (Wald)", .. models.Select(m => (object?)(double.IsNaN(m.Wald.F) ? "" : Stat(m.Wald.F, "0.00") + Stars(m.Wald.PValue)))]);
        rows.Add(["Log-likelihood", .. models.Select(m => (object?)Stat(m.Fit.LogLikelihood, "G6"))]);
        var columns = new List<ReportColumn> { ReportColumn.Txt("term", "", "") };
        columns.AddRange(models.Select((m, i) => ReportColumn.Txt($"model_{i + 1}", m.Name, m.Name)));
        var notes = new List<Text>
        {
            new("Standard errors in parentheses. * p < 0.1, ** p < 0.05, *** p < 0.01.",
                "Стандартные ошибки в скобках. * p < 0,1, ** p < 0,05, *** p < 0,01."),
        };
        foreach (var m in models)
        {
            notes.Add(Text.Same($"{m.Name}: {m.Formula}; {m.VcovInfo.Spec.Label}, small-sample factor {m.VcovInfo.AdjustmentFormula}" +
                                $"{(m.Convergence is { } c ? $"; converged in {c.Iterations} iterations (|Δdev|/(0.1+|dev|) = {c.RelativeDevianceChange:g2} < {c.Tolerance:g2})" : "")}."));
            notes.AddRange(m.Warnings.Select(w => Text.Same($"{m.Name}: {w}.")));
        }
        return new ReportTable("regression", new Text("Regression results", "Результаты регрессии"), columns, rows) { Notes = notes }.Validated();
    }

    /// <summary>Sample, conventions and fit statistics of each model (one row per model).</summary>
    public static ReportTable Statistics(IEnumerable<RegressionResult> models)
    {
        var rows = models.Select(m => new object?[]
        {
            m.Name, m.Estimator == Estimator.Ols ? "ols" : "ppml", m.Formula.ToString(), (long)m.N, (long)m.K, (long)m.FixedEffectParameters,
            (long)m.DroppedCount, string.Join(" ", m.Collinear), m.VcovInfo.Spec.Label, m.VcovInfo.AdjustmentFormula,
            m.Fit.RSquared, m.Fit.AdjustedRSquared, m.Fit.WithinRSquared, m.Fit.PseudoRSquared, m.Fit.LogLikelihood, m.Fit.Deviance,
            m.Wald.F, m.Wald.PValue, m.Convergence is null ? null : (long)m.Convergence.Iterations,
        }).ToList();
        return new ReportTable("statistics", new Text("Sample and fit", "Выборка и качество подгонки"),
        [
            ReportColumn.Txt("model", "Model", "Модель"), ReportColumn.Txt("estimator", "Estimator", "Метод"), ReportColumn.Txt("formula", "Formula", "Формула"),
            ReportColumn.Int("n", "N", "N"), ReportColumn.Int("k", "K (regressors)", "K (регрессоры)"), ReportColumn.Int("fe_parameters", "FE parameters", "Параметры ФЭ"),
            ReportColumn.Int("dropped", "Dropped obs.", "Исключено набл."), ReportColumn.Txt("collinear", "Collinear (removed)", "Коллинеарные (исключены)"),
            ReportColumn.Txt("vcov", "Std. errors", "Ст. ошибки"), ReportColumn.Txt("vcov_adjustment", "Small-sample factor", "Поправка на малую выборку"),
            ReportColumn.Num("r2", "R²", "R²"), ReportColumn.Num("adj_r2", "Adj. R²", "Скорр. R²"), ReportColumn.Num("within_r2", "Within R²", "Внутригрупповой R²"),
            ReportColumn.Num("pseudo_r2", "Pseudo R²", "Псевдо-R²"), ReportColumn.Num("log_likelihood", "Log-likelihood", "Лог-правдоподобие", "G6"),
            ReportColumn.Num("deviance", "Deviance", "Девиация", "G6"), ReportColumn.Num("wald_f", "F (Wald)", "F (Вальд)", "0.00"),
            ReportColumn.Num("wald_p", "p (F)", "p (F)", "0.0000"), ReportColumn.Int("iterations", "Iterations", "Итерации"),
        ], rows).Validated();
    }

    /// <summary>A document: side-by-side table, statistics, tidy coefficients.</summary>
    public static ReportDocument Document(IReadOnlyList<RegressionResult> models, Text? title = null) =>
        new(title ?? new Text("Regression results", "Результаты регрессии"),
        [
            new TableBlock(SideBySide(models)),
            new TableBlock(Statistics(models)),
            new TableBlock(Tidy(models)),
        ]);
}
