using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>The report of <c>tradescope potential</c>: the answer in words (how many units, on which pillars, who leads
/// and who trails), the ranking with intervals, pillar scores, contributions and drivers, then which pillars were computed
/// from what, then the sources (docs/methods/export-potential-index.md).</summary>
public static class ExportPotentialReport
{
    /// <summary>How many units the summary names at the top and at the bottom.</summary>
    public const int NamedCount = 5;

    /// <summary>Builds the report.</summary>
    public static ReportDocument Build(PotentialRun run)
    {
        var year = Bilingual.Same(run.Table.Year.ToString(CultureInfo.InvariantCulture));
        var title = Strings.Format(nameof(Strings.PotentialTitle), year);
        var columns = Columns(run);
        var ranking = new ReportTable("potential", title, columns, [.. run.Units.Select(u => Cells(run, u))])
        {
            Notes = Notes(run),
            Sheet = Strings.PotentialSheet,
            Charts = [.. CompositeReport.ScoreCharts("score", title, columns.Any(c => c.Key == "rank_median"))],
        }.Validated();
        ReportColumn[] pillarColumns =
        [
            ReportColumn.Txt("pillar", Strings.PotentialPillar),
            ReportColumn.Txt("pillar_name", Strings.PotentialPillarName),
            ReportColumn.Txt("computed", Strings.PotentialComputed),
            ReportColumn.Txt("indicators", Strings.PotentialIndicators),
            ReportColumn.Txt("computed_from", Strings.PotentialComputedFrom),
        ];
        var pillarRows = run
            .Table.Pillars.Select(p =>
                new object?[]
                {
                    p.Pillar.Code,
                    new CodeCell(p.Pillar.Name.En, p.Pillar.Name),
                    CodeCell.YesNo(run.Pillars.Any(q => q.Code == p.Pillar.Code)),
                    string.Join(" ", run.Table.Indicators.Where(i => i.Pillar == p.Pillar.Code).Select(i => i.Code)),
                    new CodeCell(p.From.En, p.From),
                }
            )
            .ToList();
        var pillars = new ReportTable("potential_pillars", Strings.PotentialPillarsTitle, pillarColumns, pillarRows)
        {
            Sheet = Strings.PotentialPillarsSheet,
        }.Validated();
        return new ReportDocument(
            title,
            [.. Summary(run).Select(p => (ReportBlock)new ParagraphBlock(p)), new TableBlock(ranking), new TableBlock(pillars)]
        );
    }

    private static List<ReportColumn> Columns(PotentialRun run)
    {
        var columns = new List<ReportColumn>
        {
            ReportColumn.Txt("unit", Strings.PotentialUnit),
            ReportColumn.Num("score", Strings.PotentialScore, "0.00"),
            ReportColumn.Int("rank", Strings.Rank),
        };
        if (run.Draws > 0)
        {
            columns.Add(ReportColumn.Num("rank_median", Strings.PotentialRankMedian, "0.0"));
            columns.Add(ReportColumn.Num("rank_p05", Strings.PotentialRankLow, "0.0"));
            columns.Add(ReportColumn.Num("rank_p95", Strings.PotentialRankHigh, "0.0"));
        }
        foreach (var p in run.Pillars)
            columns.Add(ReportColumn.Num(p.Code, Strings.Format(nameof(Strings.PotentialPillarScore), p.Name), "0.00"));
        foreach (var p in run.Pillars)
            columns.Add(ReportColumn.Num("contrib_" + p.Code, Strings.Format(nameof(Strings.PotentialPillarContribution), p.Name), "0.00"));
        columns.Add(ReportColumn.Txt("pillars_used", Strings.PotentialPillarsUsed));
        columns.Add(ReportColumn.Txt("pillars_missing", Strings.PotentialPillarsMissing));
        columns.Add(ReportColumn.Txt("strongest", Strings.PotentialStrongest));
        columns.Add(ReportColumn.Num("strongest_gap", Strings.PotentialStrongest, "+0.00;-0.00"));
        columns.Add(ReportColumn.Txt("weakest", Strings.PotentialWeakest));
        columns.Add(ReportColumn.Num("weakest_gap", Strings.PotentialWeakest, "+0.00;-0.00"));
        return columns;
    }

    private static object?[] Cells(PotentialRun run, PotentialUnitResult u)
    {
        var cells = new List<object?> { u.Unit, u.Score, u.Rank };
        if (run.Draws > 0)
        {
            cells.Add(u.Interval?.Median ?? double.NaN);
            cells.Add(u.Interval?.P05 ?? double.NaN);
            cells.Add(u.Interval?.P95 ?? double.NaN);
        }
        cells.AddRange(run.Pillars.Select(p => (object?)u.PillarScores[p.Code]));
        cells.AddRange(run.Pillars.Select(p => (object?)u.Contributions[p.Code]));
        cells.Add(string.Join(" ", u.Used));
        cells.Add(string.Join(" ", u.Missing));
        cells.Add(u.Drivers.Strongest ?? "");
        cells.Add(u.Drivers.StrongestGap);
        cells.Add(u.Drivers.Weakest ?? "");
        cells.Add(u.Drivers.WeakestGap);
        return [.. cells];
    }

    private static List<Bilingual> Notes(PotentialRun run)
    {
        var notes = new List<Bilingual> { Strings.PotentialMethodNote };
        notes.Add(
            run.Draws > 0
                ? Strings.Format(nameof(Strings.PotentialIntervalsNote), Count(run.Draws), Count(run.Seed))
                : Strings.PotentialNoIntervals
        );
        notes.Add(Strings.PotentialMissingPillarsNote);
        notes.Add(Strings.PotentialDriversNote);
        if (run.Excluded.Count > 0)
            notes.Add(Strings.Format(nameof(Strings.PotentialExcludedNote), Bilingual.Same(string.Join("; ", run.Excluded))));
        notes.AddRange(run.Table.Sources.Select(s => Strings.Format(nameof(Strings.SourceNote), s.Source, Bilingual.Same(s.Location))));
        notes.AddRange(run.Table.Sources.SelectMany(s => s.Notes));
        return notes;
    }

    /// <summary>The answer in words: units and pillars, the scenario when there is one, the top and the bottom.</summary>
    private static IEnumerable<Bilingual> Summary(PotentialRun run)
    {
        var notComputed = run.Table.Pillars.Where(p => run.Pillars.All(q => q.Code != p.Pillar.Code)).Select(p => p.Pillar.Code).ToList();
        yield return Strings.Format(
            nameof(Strings.PotentialSummary),
            Count(run.Units.Count),
            Count(run.Pillars.Count),
            Bilingual.Same(string.Join(", ", run.Pillars.Select(p => p.Code))),
            Bilingual.Same(notComputed.Count == 0 ? "—" : string.Join(", ", notComputed))
        );
        if (run.Shift is { } shift)
            yield return Strings.Format(nameof(Strings.PotentialShiftNote), Bilingual.Same(shift));
        var ranked = run.Units.Where(u => double.IsFinite(u.Rank)).ToList();
        yield return Strings.Format(nameof(Strings.PotentialTop), Named(ranked.Take(NamedCount)));
        yield return Strings.Format(nameof(Strings.PotentialBottom), Named(ranked.TakeLast(Math.Min(NamedCount, ranked.Count)).Reverse()));
    }

    private static Bilingual Named(IEnumerable<PotentialUnitResult> units)
    {
        var list = units.ToList();
        return new Bilingual(
            string.Join("; ", list.Select(u => Describe(u, Language.En))),
            string.Join("; ", list.Select(u => Describe(u, Language.Ru)))
        );
    }

    private static string Describe(PotentialUnitResult u, Language language)
    {
        var score = ReportNumbers.Format(u.Score, "0.0", language);
        var rank = ReportNumbers.Format(u.Rank, "0", language);
        var interval = u.Interval is { Reason: null } i
            ? $", {ReportNumbers.Format(i.P05, "0", language)}–{ReportNumbers.Format(i.P95, "0", language)}"
            : "";
        return $"{rank}. {u.Unit} ({score}{interval}; +{u.Drivers.Strongest}, −{u.Drivers.Weakest})";
    }

    private static Bilingual Count(int n) => Bilingual.Same(n.ToString(CultureInfo.InvariantCulture));
}
