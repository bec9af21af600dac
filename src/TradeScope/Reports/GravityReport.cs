using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Econometrics;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>The report of <c>gravity-potential</c>: the answer in words, the partner table, the model's coefficients and fit,
/// the chart table, the assumptions; provenance last (docs/methods/gravity.md).</summary>
public static class GravityReport
{
    /// <summary>Partners shown in the chart table (largest untapped potential first).</summary>
    public const int ChartPartners = 20;

    /// <summary>Builds the report (tables: <c>gravity_potential, gravity_coefficients, gravity_fit, gravity_chart,
    /// gravity_assumptions</c>).</summary>
    public static ReportDocument Build(GravityPotentialResult result)
    {
        var title = Strings.Format(nameof(Strings.GravityTitle), Name(result.Reporter), Year(result.Year));
        List<ReportBlock> blocks = [.. Summary(result).Select(p => (ReportBlock)new ParagraphBlock(p))];
        blocks.Add(new TableBlock(Partners(result)));
        blocks.Add(new TableBlock(Coefficients(result.Model)));
        blocks.Add(new TableBlock(Fit(result)));
        blocks.Add(new TableBlock(Chart(result)));
        blocks.Add(new TableBlock(Assumptions(AssumptionRows(result))));
        return new ReportDocument(title, blocks);
    }

    /// <summary>The columns
    /// <c>partner_iso3,partner_name_en,partner_name_ru,actual,predicted,untapped,ratio,screen_rank,reason</c>.</summary>
    public static ReportTable Partners(GravityPotentialResult result)
    {
        ReportColumn[] columns =
        [
            ReportColumn.Txt("partner_iso3", Strings.ISO3),
            ReportColumn.Txt("partner_name_en", Strings.PartnerNameEnglish),
            ReportColumn.Txt("partner_name_ru", Strings.PartnerNameRussian),
            ReportColumn.Num("actual", Strings.Actual, "#,##0"),
            ReportColumn.Num("predicted", Strings.Predicted, "#,##0"),
            ReportColumn.Num("untapped", Strings.Untapped, "#,##0"),
            ReportColumn.Num("ratio", Strings.ActualToPredicted, "0.000"),
            ReportColumn.Int("screen_rank", Strings.ScreenRank),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var rows = result
            .Partners.Select(p =>
                (object?[])
                    [
                        p.Partner.Iso3.Value,
                        p.Partner.NameEn,
                        p.Partner.NameRu,
                        p.Actual,
                        p.Predicted,
                        p.Untapped,
                        p.Ratio,
                        p.ScreenRank is { } rank ? (long)rank : null,
                        p.Reason.Code(),
                    ]
            )
            .ToList();
        return new ReportTable(
            "gravity_potential",
            Strings.Format(nameof(Strings.GravityPartnersTitle), Name(result.Reporter), Year(result.Year)),
            columns,
            rows
        )
        {
            Notes = [Strings.Format(nameof(Strings.GravityScreenNote), result.ScreenTop), Strings.GravityReasonNote],
            // Untapped potential by partner, largest first, and on the world map.
            Charts =
            [
                new ChartHint(ChartKind.Bars, columns[5].Header)
                {
                    Label = ["partner_iso3"],
                    Value = "untapped",
                    Top = 40,
                },
                ChartHint.WorldMap(columns[5], "partner_iso3", "partner_iso3"),
            ],
        }.Validated();
    }

    /// <summary>The columns <c>term,estimate,std_error,z,p_value</c>.</summary>
    public static ReportTable Coefficients(RegressionResult model) =>
        new ReportTable(
            "gravity_coefficients",
            Strings.GravityCoefficientsTitle,
            [
                ReportColumn.Txt("term", Strings.Term),
                ReportColumn.Num("estimate", Strings.Estimate, "0.0000"),
                ReportColumn.Num("std_error", Strings.ClusteredSe, "0.0000"),
                ReportColumn.Num("z", Strings.ZStatistic, "0.00"),
                ReportColumn.Num("p_value", Strings.PValue, "0.0000"),
            ],
            model.Coefficients.Select(c => (object?[])[c.Term, c.Estimate, c.StdError, c.Statistic, c.PValue]).ToList()
        ).Validated();

    /// <summary>The columns <c>statistic,value</c>: N, zeros, pseudo-R², deviance, log-likelihood, fixed effects, clusters,
    /// iterations, window, exporters.</summary>
    public static ReportTable Fit(GravityPotentialResult result)
    {
        var m = result.Model;
        var p = result.Panel;
        List<object?[]> rows =
        [
            ["observations", (double)m.N],
            ["observations_in_panel", (double)p.Observations.Count],
            ["dropped_observations", (double)m.DroppedCount],
            ["zero_flows_in_panel", (double)p.Zeros],
            ["pseudo_r2", m.Fit.PseudoRSquared],
            ["deviance", m.Fit.Deviance],
            ["log_likelihood", m.Fit.LogLikelihood],
            ["fixed_effect_parameters", (double)m.FixedEffectParameters],
        ];
        rows.AddRange(m.FixedEffectLevels.Select(f => (object?[])[$"levels_{f.Name}", (double)f.Levels]));
        rows.AddRange(m.VcovInfo.ClusterCounts.Select(c => (object?[])["clusters_pair", (double)c]));
        rows.Add(["irls_iterations", (double)(m.Convergence?.Iterations ?? 0)]);
        rows.AddRange(p.Years.Select(y => (object?[])[$"reporting_exporters_{y}", (double)p.ExportersByYear[y]]));
        return new ReportTable(
            "gravity_fit",
            Strings.GravityFitTitle,
            [ReportColumn.Txt("statistic", Strings.Statistic), ReportColumn.Num("value", Strings.Value, "#,##0.####")],
            rows
        ).Validated();
    }

    /// <summary>Tidy chart data <c>partner_iso3,series,value</c> (series actual | predicted) for the partners with the largest
    /// untapped potential.</summary>
    public static ReportTable Chart(GravityPotentialResult result)
    {
        var top = result.Partners.Where(p => !double.IsNaN(p.Untapped)).Take(ChartPartners).ToList();
        var rows = top.SelectMany(p =>
                new[] { (object?[])[p.Partner.Iso3.Value, "actual", p.Actual], [p.Partner.Iso3.Value, "predicted", p.Predicted] }
            )
            .ToList();
        return new ReportTable(
            "gravity_chart",
            Strings.Format(nameof(Strings.GravityChartTitle), ChartPartners),
            [
                ReportColumn.Txt("partner_iso3", Strings.ISO3),
                ReportColumn.Txt("series", Strings.Series),
                ReportColumn.Num("value", Strings.Value, "#,##0"),
            ],
            rows
        ).Validated();
    }

    /// <summary>The assumptions of the gravity estimation, each a row <c>assumption,value</c> (key and stated rule).</summary>
    public static IReadOnlyList<(string Key, Bilingual Text)> AssumptionRows(GravityPotentialResult result) =>
        [
            ("window", Bilingual.Same($"{result.Panel.Years[0]}-{result.Panel.Years[^1]} ({result.Window})")),
            ("formula", Bilingual.Same(GravityPanel.PanelFormula)),
            ("vcov", Bilingual.Same("cluster: pair (exporter-importer)")),
            ("sample", Strings.Format(nameof(Strings.GravitySampleRule), Year(result.Panel.Years[0]), Year(result.Panel.Years[^1]))),
            (
                "distance",
                Strings.Format(nameof(Strings.GravityDistanceRule), result.Panel.MainCityDistances, result.Panel.WithoutGeography.Count)
            ),
            ("rta", Strings.GravityRtaRule),
            ("pair_fixed_effects", Strings.GravityNoPairFe),
            ("method", Strings.GravityMethodNote),
        ];

    /// <summary>A table <c>assumption,value</c> of keyed rules.</summary>
    public static ReportTable Assumptions(IEnumerable<(string Key, Bilingual Text)> rows, string id = "gravity_assumptions") =>
        new ReportTable(
            id,
            Strings.GravityAssumptionsTitle,
            [ReportColumn.Txt("assumption", Strings.Assumption), ReportColumn.Txt("value", Strings.Value)],
            rows.Select(r => (object?[])[r.Key, new CodeCell(r.Text.En, r.Text)]).ToList()
        ).Validated();

    private static IEnumerable<Bilingual> Summary(GravityPotentialResult result)
    {
        var known = result.Partners.Where(p => !double.IsNaN(p.Predicted)).ToList();
        var shortfall = known.Where(p => p.Untapped > 0).ToList();
        var excess = known.Where(p => p.Untapped < 0).ToList();
        yield return Strings.Format(
            nameof(Strings.GravitySummary),
            Name(result.Reporter),
            Year(result.Year),
            Bn(known.Sum(p => p.Actual)),
            Bn(known.Sum(p => p.Predicted)),
            shortfall.Count,
            Bn(shortfall.Sum(p => p.Untapped)),
            excess.Count,
            Bn(-excess.Sum(p => p.Untapped))
        );
        var top = shortfall.Take(5).ToList();
        if (top.Count > 0)
            yield return Strings.Format(
                nameof(Strings.GravityTopPartners),
                new Bilingual(
                    string.Join("; ", top.Select(p => $"{p.Partner.NameEn} ({Bn(p.Untapped).En} {Strings.BillionShort.En})")),
                    string.Join("; ", top.Select(p => $"{p.Partner.NameRu} ({Bn(p.Untapped).Ru} {Strings.BillionShort.Ru})"))
                )
            );
        var m = result.Model;
        yield return Strings.Format(
            nameof(Strings.GravityModelSummary),
            m.N,
            result.Panel.Zeros,
            Year(result.Panel.Years[0]),
            Year(result.Panel.Years[^1]),
            Number(m.Fit.PseudoRSquared, "0.000")
        );
    }

    /// <summary>US$ as billions with two decimals, in both languages' number formats.</summary>
    public static Bilingual Bn(double usd) => Number(usd / 1e9, "#,##0.00");

    /// <summary>A number in both languages' formats.</summary>
    public static Bilingual Number(double value, string format) =>
        new(ReportNumbers.Format(value, format, Language.En), ReportNumbers.Format(value, format, Language.Ru));

    /// <summary>A country's name in both languages.</summary>
    public static Bilingual Name(Model.CountryInfo c) => new(c.NameEn, c.NameRu);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
