using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>The report of <c>scenario</c>: the answer in words, the partner table, totals, the regional effects, the chart tables,
/// the gravity model and every assumption; provenance last (docs/scenarios.md).</summary>
public static class ScenarioReport
{
    /// <summary>Partners shown in each chart table.</summary>
    public const int ChartPartners = 25;

    /// <summary>Builds the report (tables: <c>scenario, scenario_totals, scenario_regional, scenario_technology,
    /// scenario_chart_technology, scenario_import_substitution, scenario_chart_lost_reallocated, scenario_chart_ranking,
    /// gravity_coefficients, gravity_fit, scenario_assumptions</c>; the regional, technology and import-substitution tables
    /// when the shock has that part, the lost and reallocated chart table when some partner's exports change).</summary>
    public static ReportDocument Build(ScenarioResult result)
    {
        var g = result.Gravity;
        var title = Strings.Format(
            nameof(Strings.ScenarioTitle),
            GravityReport.Name(g.Reporter),
            g.Year.ToString(CultureInfo.InvariantCulture)
        );
        List<ReportBlock> blocks = [.. Summary(result).Select(p => (ReportBlock)new ParagraphBlock(p))];
        blocks.Add(new TableBlock(Partners(result)));
        blocks.Add(new TableBlock(Totals(result)));
        if (result.Regional.Count > 0)
            blocks.Add(new TableBlock(Regional(result)));
        if (result.Technology is { } technology)
        {
            blocks.Add(new TableBlock(Technology(technology)));
            blocks.Add(new TableBlock(TechnologyChart(technology)));
        }
        if (result.ImportSubstitution is { } substitution)
            blocks.Add(new TableBlock(ImportSubstitution(substitution)));
        // A shock without a closure or regionalisation changes no partner's exports: no bars to draw, no table.
        if (LostAndReallocated(result) is { Rows.Count: > 0 } changes)
            blocks.Add(new TableBlock(changes));
        blocks.Add(new TableBlock(Ranking(result)));
        blocks.Add(new TableBlock(GravityReport.Coefficients(g.Model)));
        blocks.Add(new TableBlock(GravityReport.Fit(g)));
        var assumptions = result
            .Assumptions.Concat(SubstitutionAssumptions(result.ImportSubstitution))
            .Concat(GravityReport.AssumptionRows(g));
        blocks.Add(
            new TableBlock(GravityReport.Assumptions(assumptions, "scenario_assumptions") with { Title = Strings.ScenarioAssumptionsTitle })
        );
        return new ReportDocument(title, blocks);
    }

    /// <summary>The columns <c>partner_iso3,partner_name_en,partner_name_ru,closed,in_bloc,baseline,lost,created,reallocated,scenario,
    /// change_pct,rank_before,rank_after,screen_rank,untapped,reason</c>, by baseline exports.</summary>
    public static ReportTable Partners(ScenarioResult result)
    {
        ReportColumn[] columns =
        [
            ReportColumn.Txt("partner_iso3", Strings.ISO3),
            ReportColumn.Txt("partner_name_en", Strings.PartnerNameEnglish),
            ReportColumn.Txt("partner_name_ru", Strings.PartnerNameRussian),
            ReportColumn.Txt("closed", Strings.ClosedMarket),
            ReportColumn.Txt("in_bloc", Strings.InBloc),
            ReportColumn.Num("baseline", Strings.Baseline, "#,##0"),
            ReportColumn.Num("lost", Strings.Lost, "#,##0"),
            ReportColumn.Num("created", Strings.Created, "#,##0"),
            ReportColumn.Num("reallocated", Strings.Reallocated, "#,##0"),
            ReportColumn.Num("scenario", Strings.ScenarioValue, "#,##0"),
            ReportColumn.Num("change_pct", Strings.ChangePct, "0.0"),
            ReportColumn.Int("rank_before", Strings.RankBefore),
            ReportColumn.Int("rank_after", Strings.RankAfter),
            ReportColumn.Int("screen_rank", Strings.ScreenRank),
            ReportColumn.Num("untapped", Strings.Untapped, "#,##0"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var reasons = result.Gravity.Partners.ToDictionary(p => p.Partner.Iso3, p => p.Reason.Code());
        var rows = result
            .Partners.OrderBy(p => p.RankBefore)
            .Select(p =>
                (object?[])
                    [
                        p.Partner.Iso3.Value,
                        p.Partner.NameEn,
                        p.Partner.NameRu,
                        CodeCell.YesNo(p.Closed),
                        CodeCell.YesNo(p.InBloc),
                        p.Baseline,
                        p.Lost,
                        p.Created,
                        p.Reallocated,
                        p.Scenario,
                        p.Baseline > 0 ? 100 * (p.Scenario / p.Baseline - 1) : double.NaN,
                        (long)p.RankBefore,
                        (long)p.RankAfter,
                        p.ScreenRank is { } s ? (long)s : null,
                        p.Untapped,
                        p.Baseline > 0 ? reasons[p.Partner.Iso3] : Join("ZERO_BASELINE", reasons[p.Partner.Iso3]),
                    ]
            )
            .ToList();
        var notes = new List<Bilingual> { Strings.ScenarioAccountingNote, Strings.GravityReasonNote };
        if (result.Skipped.Count > 0)
            notes.Add(Strings.Format(nameof(Strings.ScenarioSkippedNote), Bilingual.Same(string.Join("; ", result.Skipped))));
        return new ReportTable(
            "scenario",
            Strings.Format(nameof(Strings.ScenarioPartnersTitle), GravityReport.Name(result.Gravity.Reporter), result.Gravity.Year),
            columns,
            rows
        )
        {
            Notes = notes,
        }.Validated();
    }

    /// <summary>The columns <c>measure,value</c>: the sums of the partner columns and the counts of closed and bloc markets.</summary>
    public static ReportTable Totals(ScenarioResult result)
    {
        var p = result.Partners;
        object?[][] rows =
        [
            ["baseline", p.Sum(x => x.Baseline)],
            ["lost", p.Sum(x => x.Lost)],
            ["created", p.Sum(x => x.Created)],
            ["reallocated", p.Sum(x => x.Reallocated)],
            ["scenario", p.Sum(x => x.Scenario)],
            ["closed_markets", (double)p.Count(x => x.Closed)],
            ["baseline_in_closed_markets", p.Where(x => x.Closed).Sum(x => x.Baseline)],
            ["bloc_markets", (double)p.Count(x => x.InBloc)],
        ];
        return new ReportTable(
            "scenario_totals",
            Strings.ScenarioTotalsTitle,
            [ReportColumn.Txt("measure", Strings.Statistic), ReportColumn.Num("value", Strings.Value, "#,##0")],
            rows
        ).Validated();
    }

    /// <summary>The columns <c>partner_iso3,partial_factor,ge_factor,reason</c>.</summary>
    public static ReportTable Regional(ScenarioResult result) =>
        new ReportTable(
            "scenario_regional",
            Strings.ScenarioRegionalTitle,
            [
                ReportColumn.Txt("partner_iso3", Strings.ISO3),
                ReportColumn.Num("partial_factor", Strings.PartialFactor, "0.0000"),
                ReportColumn.Num("ge_factor", Strings.GeFactor, "0.0000"),
                ReportColumn.Txt("reason", Strings.ReasonForNaN),
            ],
            result.Regional.Select(r => (object?[])[r.Partner.Value, r.Partial, r.GeneralEquilibrium, r.Reason]).ToList()
        ).Validated();

    /// <summary>The technology shift, tidy: <c>unit,measure,pillar,baseline,scenario,change</c>; measures
    /// <c>medhigh_tech_share_pct, index_score, index_rank</c>, then <c>pillar_score</c> and <c>contribution</c> by pillar.</summary>
    public static ReportTable Technology(TechnologyShiftResult t)
    {
        var rows = new List<object?[]>
        {
            Row(t.Unit, "medhigh_tech_share_pct", "", 100 * t.ShareBefore, 100 * t.ShareAfter),
            Row(t.Unit, "index_score", "", t.Before.Score, t.After.Score),
            Row(t.Unit, "index_rank", "", t.Before.Rank, t.After.Rank),
        };
        foreach (var pillar in t.Before.PillarScores.Keys)
            rows.Add(Row(t.Unit, "pillar_score", pillar, t.Before.PillarScores[pillar], t.After.PillarScores[pillar]));
        foreach (var pillar in t.Before.Contributions.Keys)
            rows.Add(Row(t.Unit, "contribution", pillar, t.Before.Contributions[pillar], t.After.Contributions[pillar]));
        return new ReportTable(
            "scenario_technology",
            Strings.Format(nameof(Strings.ScenarioTechnologyTitle), t.Unit, t.Year),
            [
                ReportColumn.Txt("unit", Strings.ISO3),
                ReportColumn.Txt("measure", Strings.ImportSubstitutionMeasure),
                ReportColumn.Txt("pillar", Strings.Pillar),
                ReportColumn.Num("baseline", Strings.ImportSubstitutionBaseline, "0.00"),
                ReportColumn.Num("scenario", Strings.ImportSubstitutionScenario, "0.00"),
                ReportColumn.Num("change", Strings.ImportSubstitutionChange, "+0.00;−0.00;0.00"),
            ],
            rows
        )
        {
            Notes = [Strings.ScenarioTechnologyNote],
        }.Validated();
    }

    /// <summary>Tidy chart data <c>pillar,series,value</c> (series baseline | scenario): each pillar's contribution to the
    /// reporter's export-potential index before and after the technology shift.</summary>
    public static ReportTable TechnologyChart(TechnologyShiftResult t) =>
        GroupedBars(
            "scenario_chart_technology",
            Strings.ScenarioChartTechnologyTitle,
            ReportColumn.Txt("pillar", Strings.Pillar),
            "0.00",
            t.Before.Contributions.Keys.SelectMany(pillar =>
                new[] { (pillar, "baseline", t.Before.Contributions[pillar]), (pillar, "scenario", t.After.Contributions[pillar]) }
            )
        );

    /// <summary>A tidy chart table <c>label,series,value</c> drawn as grouped bars, one group per label.</summary>
    private static ReportTable GroupedBars(
        string id,
        Bilingual title,
        ReportColumn label,
        string valueFormat,
        IEnumerable<(string Label, string Series, double Value)> rows
    ) =>
        new ReportTable(
            id,
            title,
            [label, ReportColumn.Txt("series", Strings.Series), ReportColumn.Num("value", Strings.Value, valueFormat)],
            [.. rows.Select(r => (object?[])[r.Label, r.Series, r.Value])]
        )
        {
            Charts =
            [
                new ChartHint(ChartKind.Grouped, title)
                {
                    Label = [label.Key],
                    Series = ["series"],
                    Value = "value",
                },
            ],
        }.Validated();

    /// <summary>The import substitution, as the import-substitution command reports it
    /// (<see cref="ImportSubstitutionReport.Table"/>), with the choice of table first in its notes.</summary>
    public static ReportTable ImportSubstitution(ImportSubstitutionScenarioResult s)
    {
        var table = ImportSubstitutionReport.Table(s.Result, "scenario_import_substitution");
        var choice = Strings.Format(nameof(Strings.ScenarioImportSubstitutionNote), Bilingual.Same(s.TableChoice));
        return (table with { Notes = [choice, .. table.Notes] }).Validated();
    }

    private static object?[] Row(string unit, string measure, string pillar, double before, double after) =>
        [unit, measure, pillar, before, after, after - before];

    /// <summary>The import-substitution assumptions as keyed rows of the assumptions table.</summary>
    private static IEnumerable<(string Key, Bilingual Text)> SubstitutionAssumptions(ImportSubstitutionScenarioResult? s) =>
        s is null ? [] : ImportSubstitutionReport.Assumptions(s.Result).Select((text, i) => ($"import_substitution_{i + 1}", text));

    /// <summary>Tidy chart data <c>partner_iso3,series,value</c> (series lost | created | reallocated) for the partners with the
    /// largest changes.</summary>
    public static ReportTable LostAndReallocated(ScenarioResult result)
    {
        var top = result
            .Partners.Where(p => p.Lost > 0 || p.Reallocated > 0 || p.Created > 0)
            .OrderByDescending(p => Math.Max(p.Lost, Math.Max(p.Reallocated, p.Created)))
            .ThenBy(p => p.Partner.Iso3.Value, StringComparer.Ordinal)
            .Take(ChartPartners)
            .ToList();
        return GroupedBars(
            "scenario_chart_lost_reallocated",
            Strings.ScenarioChartLostTitle,
            ReportColumn.Txt("partner_iso3", Strings.ISO3),
            "#,##0",
            top.SelectMany(p =>
                new[]
                {
                    (p.Partner.Iso3.Value, "lost", p.Lost),
                    (p.Partner.Iso3.Value, "created", p.Created),
                    (p.Partner.Iso3.Value, "reallocated", p.Reallocated),
                }
            )
        );
    }

    /// <summary>Tidy chart data <c>partner_iso3,rank_before,rank_after</c> for the partners in the top ranks before or after.</summary>
    public static ReportTable Ranking(ScenarioResult result)
    {
        var rows = result
            .Partners.Where(p => p.RankBefore <= ChartPartners || p.RankAfter <= ChartPartners)
            .OrderBy(p => p.RankBefore)
            .Select(p => (object?[])[p.Partner.Iso3.Value, (long)p.RankBefore, (long)p.RankAfter])
            .ToList();
        return new ReportTable(
            "scenario_chart_ranking",
            Strings.ScenarioChartRankTitle,
            [
                ReportColumn.Txt("partner_iso3", Strings.ISO3),
                ReportColumn.Int("rank_before", Strings.RankBefore),
                ReportColumn.Int("rank_after", Strings.RankAfter),
            ],
            rows
        )
        {
            Charts =
            [
                new ChartHint(ChartKind.Scatter, Strings.ScenarioChartRankTitle)
                {
                    Label = ["partner_iso3"],
                    X = "rank_before",
                    Y = "rank_after",
                },
            ],
        }.Validated();
    }

    private static IEnumerable<Bilingual> Summary(ScenarioResult result)
    {
        var p = result.Partners;
        var g = result.Gravity;
        double baseline = p.Sum(x => x.Baseline),
            scenario = p.Sum(x => x.Scenario);
        // A shock with only a technology shift or an import substitution leaves the partner table as it is: its answer comes first.
        if (result.Shock.Closure is not null || result.Shock.Regional is not null)
            yield return Strings.Format(
                nameof(Strings.ScenarioSummary),
                GravityReport.Name(g.Reporter),
                GravityReport.Bn(baseline),
                GravityReport.Bn(scenario),
                GravityReport.Number(100 * (scenario / baseline - 1), "+0.0;−0.0;0.0"),
                GravityReport.Bn(p.Sum(x => x.Lost)),
                GravityReport.Bn(p.Sum(x => x.Created)),
                GravityReport.Bn(p.Sum(x => x.Reallocated))
            );
        if (result.Shock.Closure is not null)
        {
            var closed = p.Where(x => x.Closed).ToList();
            var label = result.ClosedGroup is { } group
                ? string.Create(CultureInfo.InvariantCulture, $"{group.Id} @ {group.Date:yyyy-MM-dd}")
                : string.Join(", ", closed.Select(x => x.Partner.Iso3.Value));
            yield return Strings.Format(
                nameof(Strings.ScenarioClosedSummary),
                closed.Count,
                GravityReport.Bn(closed.Sum(x => x.Baseline)),
                g.Year,
                GravityReport.Number(baseline > 0 ? 100 * closed.Sum(x => x.Baseline) / baseline : double.NaN, "0.0"),
                Bilingual.Same(label)
            );
            var gains = p.Where(x => x.Reallocated > 0).OrderByDescending(x => x.Reallocated).Take(5).ToList();
            if (gains.Count > 0)
                yield return Strings.Format(
                    nameof(Strings.ScenarioReallocationSummary),
                    new Bilingual(
                        string.Join(
                            "; ",
                            gains.Select(x => $"{x.Partner.NameEn} (+{GravityReport.Bn(x.Reallocated).En} {Strings.BillionShort.En})")
                        ),
                        string.Join(
                            "; ",
                            gains.Select(x => $"{x.Partner.NameRu} (+{GravityReport.Bn(x.Reallocated).Ru} {Strings.BillionShort.Ru})")
                        )
                    )
                );
        }
        if (result.Technology is { } t)
            yield return Strings.Format(
                nameof(Strings.ScenarioTechnologySummary),
                GravityReport.Name(g.Reporter),
                GravityReport.Number(t.Points, "0.##"),
                GravityReport.Number(100 * t.ShareBefore, "0.0"),
                GravityReport.Number(100 * t.ShareAfter, "0.0"),
                GravityReport.Number(t.Before.Score, "0.0"),
                GravityReport.Number(t.After.Score, "0.0"),
                GravityReport.Number(t.Before.Rank, "0"),
                GravityReport.Number(t.After.Rank, "0"),
                t.UnitsRanked,
                t.Year
            );
        if (result.ImportSubstitution is { } s)
            foreach (var sentence in ImportSubstitutionReport.Summary(s.Result))
                yield return sentence;
        if (result.Shock.Regional is not null)
            yield return result.UsedGeneralEquilibrium
                ? Strings.ScenarioGeUsed
                : Strings.Format(nameof(Strings.ScenarioPartialOnly), Bilingual.Same(result.Regional.FirstOrDefault()?.Reason ?? ""));
    }

    private static string Join(string a, string b) => b.Length == 0 ? a : $"{a};{b}";
}
