using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>The report of the import-substitution scenario (docs/methods/value-chains.md#import-substitution): the answer
/// in words, the tidy table <c>economy,sector,measure,baseline,scenario,change,change_pct</c>, then assumptions,
/// definitions and provenance.</summary>
public static class ImportSubstitutionReport
{
    /// <summary>The whole document.</summary>
    public static ReportDocument Document(ImportSubstitutionResult result)
    {
        var table = Table(result, "import_substitution");
        var summary = Summary(result).Select(t => (ReportBlock)new ParagraphBlock(t));
        return new ReportDocument(table.Title, [.. summary, new TableBlock(table)]);
    }

    /// <summary>The tidy table <c>economy,sector,measure,baseline,scenario,change,change_pct</c> with its notes (assumptions,
    /// definitions, the table's source); <paramref name="id"/> names it (the scenario command's report has its own).</summary>
    public static ReportTable Table(ImportSubstitutionResult result, string id)
    {
        var columns = new[]
        {
            ReportColumn.Txt("economy", Strings.ImportSubstitutionEconomy),
            ReportColumn.Txt("sector", Strings.Sector),
            ReportColumn.Txt("measure", Strings.ImportSubstitutionMeasure),
            ReportColumn.Num("baseline", Strings.ImportSubstitutionBaseline, "0.0000"),
            ReportColumn.Num("scenario", Strings.ImportSubstitutionScenario, "0.0000"),
            ReportColumn.Num("change", Strings.ImportSubstitutionChange, "0.0000"),
            ReportColumn.Num("change_pct", Strings.ImportSubstitutionChangePct, "0.00"),
        };
        var rows = result
            .Rows.Select(r =>
                new object?[]
                {
                    result.Economy,
                    r.Sector,
                    SubstitutionMeasures.Key(r.Measure),
                    r.Baseline,
                    r.Scenario,
                    r.Change,
                    r.ChangePercent,
                }
            )
            .ToList();
        var title = Strings.Format(nameof(Strings.ImportSubstitutionTitle), result.Economy, IndustriesText(result), Percent(result));
        // What moves, at a glance: the economy's totals in percent (ratios such as BP included), 0 as the neutral line.
        var chart = new ChartHint(ChartKind.Bars, Strings.ImportSubstitutionChartTitle)
        {
            Label = ["measure"],
            Value = "change_pct",
            Neutral = 0,
            Filters = [new ChartFilter("sector", [SubstitutionMeasures.Total])],
        };
        return new ReportTable(id, title, columns, rows)
        {
            Notes = Notes(result),
            Sheet = Strings.ImportSubstitutionSheet,
            Charts = [chart],
        };
    }

    /// <summary>The answer in words: DVA, foreign content and exports, then participation, value added and output.</summary>
    public static IReadOnlyList<Bilingual> Summary(ImportSubstitutionResult result)
    {
        Bilingual Level(double v) => BilingualLanguage.InEach(l => ReportNumbers.Format(v, "#,0", l));
        Bilingual Share(double v) => BilingualLanguage.InEach(l => ReportNumbers.Format(100 * v, "0.0", l));
        Bilingual Ratio(double v) => BilingualLanguage.InEach(l => ReportNumbers.Format(v, "0.000", l));
        var dva = result.Total(SubstitutionMeasure.DomesticValueAdded);
        var exports = result.Total(SubstitutionMeasure.Exports);
        var bp = result.Total(SubstitutionMeasure.BackwardParticipation);
        var fp = result.Total(SubstitutionMeasure.ForwardParticipation);
        var gvc = result.Total(SubstitutionMeasure.GvcParticipation);
        var va = result.Total(SubstitutionMeasure.ValueAdded);
        var output = result.Total(SubstitutionMeasure.GrossOutput);
        var change = BilingualLanguage.InEach(l => ReportNumbers.Format(dva.ChangePercent, "+0.00;−0.00;0.00", l));
        return
        [
            Strings.Format(
                nameof(Strings.ImportSubstitutionSummary),
                result.Economy,
                TableName(result),
                IndustriesText(result),
                Percent(result),
                Level(dva.Baseline),
                Level(dva.Scenario),
                change,
                Share(bp.Baseline),
                Share(bp.Scenario),
                Level(exports.Baseline),
                Level(exports.Scenario)
            ),
            Strings.Format(
                nameof(Strings.ImportSubstitutionParticipation),
                Ratio(bp.Baseline),
                Ratio(bp.Scenario),
                Ratio(fp.Baseline),
                Ratio(fp.Scenario),
                Ratio(gvc.Baseline),
                Ratio(gvc.Scenario),
                result.Economy,
                Level(va.Baseline),
                Level(va.Scenario),
                Level(output.Baseline),
                Level(output.Scenario)
            ),
        ];
    }

    /// <summary>Every assumption with its value (also for the <c>scenario</c> command's report).</summary>
    public static IReadOnlyList<Bilingual> Assumptions(ImportSubstitutionResult result)
    {
        var notes = new List<Bilingual>
        {
            Strings.Format(
                nameof(Strings.ImportSubstitutionAssumptions),
                result.Economy,
                IndustriesText(result),
                Percent(result),
                TableName(result)
            ),
            Strings.ImportSubstitutionClosure,
            Strings.Format(
                nameof(Strings.ImportSubstitutionMoved),
                BilingualLanguage.InEach(l => ReportNumbers.Format(result.ReplacedAtBaselineOutput, "#,0.0", l))
            ),
        };
        if (result.SectorsWithoutDomesticSupplier.Count > 0)
            notes.Add(
                Strings.Format(nameof(Strings.ImportSubstitutionNotSubstituted), string.Join(" ", result.SectorsWithoutDomesticSupplier))
            );
        return notes;
    }

    /// <summary>Assumptions, definitions, data notes and the table's source (provenance last).</summary>
    private static IReadOnlyList<Bilingual> Notes(ImportSubstitutionResult result) =>
        [
            .. Assumptions(result),
            Strings.ImportSubstitutionDefinitions,
            .. result.Notes.Select(Bilingual.Same),
            ValueChainNotes.Provider(result.Provider),
            Strings.Format(nameof(Strings.SourceNote), result.Table.Source, Bilingual.Same(result.Table.Location)),
            .. result.Table.Notes,
        ];

    /// <summary>The table's source and year, e.g. "WIOD … 2011".</summary>
    private static Bilingual TableName(ImportSubstitutionResult result)
    {
        if (result.Year is not { } y)
            return result.Table.Source;
        var year = y.ToString(CultureInfo.InvariantCulture);
        return Strings.Format(nameof(Strings.ImportSubstitutionTableOfYear), result.Table.Source, year);
    }

    private static Bilingual IndustriesText(ImportSubstitutionResult result) =>
        result.AllIndustries ? Strings.ImportSubstitutionAllIndustries : Bilingual.Same(string.Join(" ", result.Industries));

    private static Bilingual Percent(ImportSubstitutionResult result) =>
        BilingualLanguage.InEach(l => ReportNumbers.Format(result.CutPercent, "0.##", l));
}
