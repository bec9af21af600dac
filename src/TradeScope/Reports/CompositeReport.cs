using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Potential.Composite;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>
/// The report of <c>tradescope composite</c> (docs/methods/potential.md#composite-indicator-engine): the answer in words,
/// then the scores (one row per unit: <c>unit</c>, one column per aggregate named by its code from the index down,
/// <c>rank</c>, with Monte Carlo <c>rank_median,rank_p05,rank_p95</c>, and <c>reason</c>), the tidy contributions
/// (<c>unit,node,child,contribution,reason</c>) and, with sensitivity analysis, its indices (<c>choice,first_order,total</c>).
/// </summary>
public static class CompositeReport
{
    /// <summary>Builds the document.</summary>
    public static ReportDocument Build(CompositeRun run)
    {
        var result = run.Result;
        var root = result.Hierarchy.Root;
        var title = Strings.Format(nameof(Strings.CompositeTitle), Bilingual.Same(root.Name));
        var blocks = new List<ReportBlock>();
        blocks.AddRange(Summary(run).Select(p => (ReportBlock)new ParagraphBlock(p)));
        blocks.Add(new TableBlock(Scores(run)));
        blocks.Add(new TableBlock(Contributions(result)));
        if (run.Sensitivity is { } sensitivity)
            blocks.Add(new TableBlock(Sensitivity(sensitivity, run.Seed)));
        return new ReportDocument(title, blocks);
    }

    /// <summary>The aggregates from the index down (by level, highest first, then in metadata order).</summary>
    public static IReadOnlyList<CompositeNode> AggregateColumns(CompositeHierarchy hierarchy) =>
        [.. hierarchy.Aggregates.Select((n, i) => (n, i)).OrderByDescending(p => p.n.Level).ThenBy(p => p.i).Select(p => p.n)];

    private static ReportTable Scores(CompositeRun run)
    {
        var result = run.Result;
        var aggregates = AggregateColumns(result.Hierarchy);
        var columns = new List<ReportColumn> { ReportColumn.Txt("unit", Strings.CompositeUnit) };
        columns.AddRange(aggregates.Select(a => ReportColumn.Num(a.Code, Bilingual.Same(a.Name), "0.00")));
        columns.Add(ReportColumn.Num("rank", Strings.Rank, "0"));
        if (run.Intervals is not null)
        {
            columns.Add(ReportColumn.Num("rank_median", Strings.CompositeRankMedian, "0.#"));
            columns.Add(ReportColumn.Num("rank_p05", Strings.CompositeRankP05, "0.#"));
            columns.Add(ReportColumn.Num("rank_p95", Strings.CompositeRankP95, "0.#"));
        }
        columns.Add(ReportColumn.Txt("reason", Strings.ReasonForNaN));
        var ranks = result.Ranks;
        var rows = result
            .Units.Select(
                (unit, u) =>
                {
                    var cells = new List<object?> { unit };
                    cells.AddRange(aggregates.Select(a => (object?)result.Scores[a.Code].Values[u]));
                    cells.Add(ranks[u]);
                    if (run.Intervals is { } intervals)
                        cells.AddRange([intervals[u].Median, intervals[u].P05, intervals[u].P95]);
                    cells.Add(result.Index.Reasons[u] ?? run.Intervals?[u].Reason ?? "");
                    return cells.ToArray();
                }
            )
            .OrderBy(r => r[aggregates.Count + 1] is double d && double.IsFinite(d) ? d : double.MaxValue)
            .ToList();
        var notes = new List<Bilingual> { Strings.CompositeMethodNote, Choices(result.Settings) };
        if (Treated(result) is { Length: > 0 } treated)
            notes.Add(Strings.Format(nameof(Strings.CompositeTreatedNote), Bilingual.Same(treated)));
        if (run.Choices is { } choices && run.Intervals is not null)
            notes.Add(MonteCarloNote(run, choices));
        notes.AddRange(run.Sources.Select(s => Strings.Format(nameof(Strings.SourceNote), s.Source, Bilingual.Same(s.Location))));
        var title = Strings.Format(nameof(Strings.CompositeScoresTitle), Bilingual.Same(result.Hierarchy.Root.Name));
        return new ReportTable("scores", title, columns, rows)
        {
            Notes = notes,
            Sheet = Strings.CompositeScoresSheet,
            Charts = [.. ScoreCharts(result.Hierarchy.Root.Code, title, run.Intervals is not null)],
        }.Validated();
    }

    /// <summary>Ranked bars of the index and, with Monte Carlo intervals, each unit's median rank with its 5–95 % interval.</summary>
    internal static IEnumerable<ChartHint> ScoreCharts(string scoreColumn, Bilingual title, bool intervals)
    {
        yield return new ChartHint(ChartKind.Bars, title)
        {
            Label = ["unit"],
            Value = scoreColumn,
            Top = 40,
        };
        if (intervals)
            yield return new ChartHint(ChartKind.Coefficients, Strings.CompositeRankMedian)
            {
                Label = ["unit"],
                Value = "rank_median",
                Lower = "rank_p05",
                Upper = "rank_p95",
                Top = 80,
            };
    }

    private static ReportTable Contributions(CompositeResult result)
    {
        ReportColumn[] columns =
        [
            ReportColumn.Txt("unit", Strings.CompositeUnit),
            ReportColumn.Txt("node", Strings.CompositeNode),
            ReportColumn.Txt("child", Strings.CompositeChild),
            ReportColumn.Num("contribution", Strings.CompositeContribution, "0.00"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var rows = result.Contributions().Select(c => new object?[] { c.Unit, c.Node, c.Child, c.Value, c.Reason ?? "" }).ToList();
        return new ReportTable("contributions", Strings.CompositeContributionsTitle, columns, rows)
        {
            Notes = [Strings.CompositeContributionsNote],
            Sheet = Strings.CompositeContributionsSheet,
            // The contributions of the pillars (the root's children) to each unit's index, stacked.
            Charts =
            [
                new ChartHint(ChartKind.Stacked, Strings.CompositeContributionsTitle)
                {
                    Label = ["unit"],
                    Series = ["child"],
                    Value = "contribution",
                    Filters = [new ChartFilter("node", [result.Hierarchy.Root.Code])],
                    Top = 40,
                },
            ],
        }.Validated();
    }

    private static ReportTable Sensitivity(SensitivityResult sensitivity, int seed)
    {
        ReportColumn[] columns =
        [
            ReportColumn.Txt("choice", Strings.CompositeChoice),
            ReportColumn.Num("first_order", Strings.CompositeFirstOrder, "0.000"),
            ReportColumn.Num("total", Strings.CompositeTotalIndex, "0.000"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var rows = sensitivity.Indices.Select(i => new object?[] { i.Input, i.FirstOrder, i.Total, i.Reason ?? "" }).ToList();
        var note = Strings.Format(nameof(Strings.CompositeSensitivityNote), sensitivity.Runs, seed, Number(sensitivity.Variance, "0.###"));
        return new ReportTable("sensitivity", Strings.CompositeSensitivityTitle, columns, rows)
        {
            Notes = [note],
            Sheet = Strings.CompositeSensitivitySheet,
        }.Validated();
    }

    /// <summary>The answer in words: first and last unit; with Monte Carlo the leader's interval and the widest one;
    /// with sensitivity the choice that matters most.</summary>
    private static IEnumerable<Bilingual> Summary(CompositeRun run)
    {
        var result = run.Result;
        var ranks = result.Ranks;
        var ranked = Enumerable.Range(0, result.Units.Count).Where(u => double.IsFinite(ranks[u])).OrderBy(u => ranks[u]).ToList();
        if (ranked.Count > 0)
            yield return Strings.Format(
                nameof(Strings.CompositeSummary),
                result.Units[ranked[0]],
                Bilingual.Same(result.Hierarchy.Root.Name),
                Number(result.Index.Values[ranked[0]], "0.00"),
                result.Units[ranked[^1]],
                ranked.Count,
                result.Hierarchy.Indicators.Count,
                result.Hierarchy.Aggregates.Count
            );
        var unranked = Enumerable.Range(0, result.Units.Count).Where(u => !double.IsFinite(ranks[u])).ToList();
        if (unranked.Count > 0)
            yield return Strings.Format(
                nameof(Strings.CompositeUnranked),
                string.Join(", ", unranked.Select(u => $"{result.Units[u]} ({result.Index.Reasons[u]})"))
            );
        if (run.Intervals is { } intervals && ranked.Count > 0)
        {
            var leader = intervals[ranked[0]];
            var widest = intervals.Where(i => i.Reason is null).MaxBy(i => i.P95 - i.P05)!;
            yield return Strings.Format(
                nameof(Strings.CompositeMonteCarloSummary),
                run.MonteCarloDraws,
                leader.Unit,
                Number(leader.Median, "0.#"),
                Number(leader.P05, "0.#"),
                Number(leader.P95, "0.#"),
                widest.Unit,
                Number(widest.P05, "0.#"),
                Number(widest.P95, "0.#")
            );
        }
        if (run.Sensitivity is { } sensitivity && sensitivity.Indices.Where(i => i.Reason is null).MaxBy(i => i.Total) is { } top)
            yield return Strings.Format(nameof(Strings.CompositeSensitivitySummary), top.Input, Number(top.Total, "0.00"));
    }

    private static Bilingual Choices(CompositeSettings settings) =>
        Strings.Format(
            nameof(Strings.CompositeChoicesNote),
            settings.Normalisation.Label,
            Aggregation.Label(settings.Aggregation),
            Weighting.Label(settings.Weighting),
            Imputation.Label(settings.Imputation),
            settings.Treatment.ToString().ToLowerInvariant()
        );

    private static string Treated(CompositeResult result) =>
        string.Join(
            "; ",
            result
                .Prepared.Treatments.Where(t => t.Value.Winsorised > 0 || t.Value.Logged)
                .Select(t =>
                    t.Value.Logged
                        ? $"{t.Key} log (skewness {Invariant(t.Value.Skewness)}, kurtosis {Invariant(t.Value.Kurtosis)})"
                        : $"{t.Key} winsorised {t.Value.Winsorised} point(s)"
                )
        );

    private static Bilingual MonteCarloNote(CompositeRun run, UncertaintyChoices choices) =>
        Strings.Format(
            nameof(Strings.CompositeMonteCarloNote),
            run.MonteCarloDraws,
            run.Seed,
            Number(choices.WeightNoise, "0.##"),
            string.Join(", ", choices.Normalisations.Select(n => n.Label)),
            string.Join(", ", choices.Aggregations.Select(Aggregation.Label)),
            string.Join(", ", choices.Imputations.Select(Imputation.Label))
        );

    private static string Invariant(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);

    private static Bilingual Number(double value, string format) =>
        new(ReportNumbers.Format(value, format, Language.En), ReportNumbers.Format(value, format, Language.Ru));
}
