using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Resources;
using TradeScope.ValueChains;

namespace TradeScope.Reports;

/// <summary>Report tables of the value-chain commands (tidy long format; rows are produced lazily so large WWZ
/// outputs stream to CSV without materialising millions of row arrays).</summary>
public static class GvcReport
{
    /// <summary><c>exporter,importer,sector,source_country,source_sector,term,value</c>.</summary>
    public static ReportDocument Decomposition(GvcResult result)
    {
        var columns = new[]
        {
            ReportColumn.Txt("exporter", Strings.Exporter),
            ReportColumn.Txt("importer", Strings.ImporterPartner),
            ReportColumn.Txt("sector", Strings.Sector),
            ReportColumn.Txt("source_country", Strings.SourceCountry),
            ReportColumn.Txt("source_sector", Strings.SourceSector),
            ReportColumn.Txt("term", Strings.Term),
            ReportColumn.Num("value", Strings.Value, "0.0000"),
        };
        var rows = new LazyRows<GvcRow>(
            result.Rows,
            r => [r.Exporter, r.Importer, r.Sector, r.SourceCountry, r.SourceSector, r.Term.Label, r.Value]
        );
        var notes = ValueChainNotes
            .Decomposition(result)
            .Concat(ValueChainNotes.Method(result.Method))
            .Append(ValueChainNotes.Provider(result.Provider))
            .Append(Strings.Format(nameof(Strings.SourceNote), [result.Provenance.Source, Bilingual.Same(result.Provenance.Location)]))
            .Concat(result.Provenance.Notes.Select(n => (Bilingual)n))
            .ToList();
        var title = Strings.Format(nameof(Strings.DecompositionTitle), [result.Method.Title]);
        var table = new ReportTable($"gvc_{result.Method.Name}", title, columns, rows)
        {
            Notes = notes,
            Sheet = Strings.Decomposition,
            Charts = DecompositionCharts(result),
        };
        var summary = DecompositionSummary(result).Select(t => (ReportBlock)new ParagraphBlock(t));
        return new ReportDocument(table.Title, [.. summary, new TableBlock(table)]);
    }

    /// <summary><c>year,exporter,partner,sector,bp_share,fva_level,fp_level,fp_share_of_exports,exports,exports_to_partner,
    /// gvc_bm,gvcb_bm,gvcf_bm</c> (definitions
    /// in the notes).</summary>
    public static ReportDocument Series(ParticipationSeries series)
    {
        var columns = new[]
        {
            ReportColumn.Int("year", Strings.Year),
            ReportColumn.Txt("exporter", Strings.Exporter),
            ReportColumn.Txt("partner", Strings.Partner),
            ReportColumn.Txt("sector", Strings.Sector),
            ReportColumn.Num("bp_share", Strings.BackwardParticipationShare, "0.0000"),
            ReportColumn.Num("fva_level", Strings.PartnerSValueAddedInExportsUsdM, "0.0"),
            ReportColumn.Num("fp_level", Strings.ForwardParticipationLevel, "0.0"),
            ReportColumn.Num("fp_share_of_exports", Strings.FPTotalGrossExports, "0.0000"),
            ReportColumn.Num("exports", Strings.GrossExportsUsdM, "0.0"),
            ReportColumn.Num("exports_to_partner", Strings.ExportsToPartnerUsdM, "0.0"),
            ReportColumn.Num("gvc_bm", Strings.BorinManciniGvc, "0.0"),
            ReportColumn.Num("gvcb_bm", Strings.BorinManciniGvcb, "0.0"),
            ReportColumn.Num("gvcf_bm", Strings.BorinManciniGvcf, "0.0"),
        };
        var rows = series
            .Points.Select(p =>
                new object?[]
                {
                    (long)p.Year,
                    p.Exporter,
                    p.Partner,
                    p.Sector,
                    p.BpShare,
                    p.FvaLevel,
                    p.FpLevel,
                    p.FpShareOfExports,
                    p.Exports,
                    p.ExportsToPartner,
                    p.GvcBm,
                    p.GvcbBm,
                    p.GvcfBm,
                }
            )
            .ToList();
        var table = new ReportTable("gvc_series", Strings.BackwardAndForwardParticipation, columns, rows)
        {
            Charts = [SeriesLines(columns[4]), SeriesLines(columns[7])],
            Notes = ValueChainNotes.ParticipationSeries(series),
            Sheet = Strings.Participation,
        };
        var summary = SeriesSummary(series).Select(t => (ReportBlock)new ParagraphBlock(t));
        return new ReportDocument(table.Title, [.. summary, new TableBlock(table)]);
    }

    /// <summary>Lines of a participation share over the years, one per exporter, partner and sector.</summary>
    private static ChartHint SeriesLines(ReportColumn share) =>
        new(ChartKind.Lines, Strings.Format(nameof(Strings.HtmlChartOverYears), share.Header))
        {
            X = "year",
            Series = ["exporter", "partner", "sector"],
            Value = share.Key,
            YTitle = Strings.Format(nameof(Strings.HtmlAxisShare), share.Header),
            XTitle = Strings.Year,
        };

    /// <summary>Exporter-level terms that add up to gross exports, by origin of the value added: domestic value added
    /// absorbed abroad (VAX) and returning home (REF), double-counted domestic content (DDC), foreign value added (FVA) and
    /// foreign double counting (FDC), or foreign content (FC) where a method does not split it.</summary>
    private static readonly string[][] OriginTerms = [["VAX", "REF", "DDC", "FVA", "FDC"], ["VAX", "REF", "DDC", "FC"]];

    /// <summary>Terms broken down by source country or by partner that are drawn as bars (TiVA, participation).</summary>
    private static readonly string[] SourceTerms = ["EXGR_FVA", "FVA", "BP"];

    /// <summary>The charts a decomposition declares, from the terms its rows hold: stacked bars of gross exports by
    /// value-added origin per exporter; for detailed outputs (WWZ, Borin–Mancini, KWW by importer and sector) stacked bars
    /// of the detailed terms; bars of foreign value added by source country and of forward participation by partner.</summary>
    private static IReadOnlyList<ChartHint> DecompositionCharts(GvcResult result)
    {
        var exporterLevel = new HashSet<string>(StringComparer.Ordinal);
        var detailed = new List<string>();
        var bySource = new HashSet<string>(StringComparer.Ordinal);
        var byPartner = false;
        foreach (var row in result.Rows)
        {
            var term = row.Term.Label;
            if (row.Importer.Length == 0 && row.Sector.Length == 0 && row.SourceCountry.Length == 0 && row.SourceSector.Length == 0)
                exporterLevel.Add(term);
            else if (row.SourceCountry.Length > 0 && SourceTerms.Contains(term))
                bySource.Add(term);
            else if (row.Importer.Length > 0 && row.Sector.Length == 0 && term == "FP")
                byPartner = true;
            else if (row.Importer.Length > 0 && row.Sector.Length > 0 && term != "EXGR" && !detailed.Contains(term))
                detailed.Add(term);
        }
        var value = Strings.Format(nameof(Strings.HtmlAxisTableUnits), Strings.Value);
        var charts = new List<ChartHint>();
        if (OriginTerms.FirstOrDefault(terms => terms.All(exporterLevel.Contains)) is { } origin)
            charts.Add(
                new(ChartKind.Stacked, Strings.HtmlChartValueAddedOrigin)
                {
                    Label = ["exporter"],
                    Series = ["term"],
                    Value = "value",
                    Filters = [new("term", origin), .. ExporterLevel],
                    XTitle = value,
                    YTitle = Strings.Exporter,
                }
            );
        if (detailed.Count > 0)
            charts.Add(
                new(ChartKind.Stacked, Strings.HtmlChartDetailTerms)
                {
                    Label = ["exporter"],
                    Series = ["term"],
                    Value = "value",
                    Filters = [new("term", detailed), ChartFilter.NotEmpty("importer"), ChartFilter.NotEmpty("sector")],
                    XTitle = value,
                    YTitle = Strings.Exporter,
                }
            );
        foreach (var term in SourceTerms.Where(bySource.Contains).Take(1))
            charts.Add(TermBars(term, "source_country", nameof(Strings.HtmlChartTermBySource), value));
        if (byPartner)
            charts.Add(TermBars("FP", "importer", nameof(Strings.HtmlChartTermByPartner), value));
        return charts;
    }

    /// <summary>Rows of an exporter as a whole (no importer, sector or source).</summary>
    private static readonly ChartFilter[] ExporterLevel =
    [
        ChartFilter.Empty("importer"),
        ChartFilter.Empty("sector"),
        ChartFilter.Empty("source_country"),
        ChartFilter.Empty("source_sector"),
    ];

    /// <summary>Bars of one term by source country or partner (all sectors' totals: rows without a sector).</summary>
    private static ChartHint TermBars(string term, string by, string title, Bilingual value) =>
        new(ChartKind.Bars, Strings.Format(title, Bilingual.Same(term)))
        {
            Label = ["exporter", by],
            Value = "value",
            Filters = [new("term", [term]), ChartFilter.NotEmpty(by), ChartFilter.Empty("sector"), ChartFilter.Empty("source_sector")],
            Top = 30,
            XTitle = value,
        };

    /// <summary>Terms a decomposition summary states as shares of gross exports (EXGR), in this order.</summary>
    private static readonly string[] HeadlineTerms = ["DVA", "VAX", "FC", "FVA", "GVC", "GVCB", "GVCF"];

    /// <summary>How many exporters a summary names.</summary>
    private const int SummaryExporters = 3;

    /// <summary>
    /// The headline shares in words: for the first exporters, the domestic and foreign value added and GVC-related terms as
    /// percentages of gross exports EXGR. Exporter totals are the rows without importer, sector and source; when an output
    /// has no such rows (detailed terms), the additive terms are summed over its rows.
    /// </summary>
    public static IReadOnlyList<Bilingual> DecompositionSummary(GvcResult result)
    {
        var totals = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var exporterLevel = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in result.Rows.Where(r => r.SourceCountry.Length == 0 && r.SourceSector.Length == 0))
            if (row.Importer.Length == 0 && row.Sector.Length == 0)
                exporterLevel.Add(row.Exporter);
        foreach (var row in result.Rows.Where(r => r.SourceCountry.Length == 0 && r.SourceSector.Length == 0))
        {
            if (exporterLevel.Contains(row.Exporter) && (row.Importer.Length > 0 || row.Sector.Length > 0))
                continue;
            if (!totals.TryGetValue(row.Exporter, out var terms))
                totals[row.Exporter] = terms = new(StringComparer.Ordinal);
            terms[row.Term.Label] = terms.GetValueOrDefault(row.Term.Label) + row.Value;
        }
        var lines = new List<Bilingual>();
        foreach (var (exporter, terms) in totals.Where(t => t.Value.GetValueOrDefault("EXGR") > 0).Take(SummaryExporters))
        {
            var exports = terms["EXGR"];
            var shares = HeadlineTerms.Where(terms.ContainsKey).Select(t => (Term: t, Pct: 100 * terms[t] / exports)).ToList();
            string Line(Language l) => string.Join(", ", shares.Select(x => $"{x.Term} {ReportNumbers.Format(x.Pct, "0.0", l)} %"));
            var total = BilingualLanguage.InEach(l => ReportNumbers.Format(exports, "#,0", l));
            var shareList = BilingualLanguage.InEach(Line);
            lines.Add(Strings.Format(nameof(Strings.ExporterGrossExportsSummary), [Bilingual.Same(exporter), total, shareList]));
        }
        if (totals.Count > SummaryExporters)
            lines.Add(Strings.Format(nameof(Strings.MoreExportersInTable), totals.Count - SummaryExporters));
        if (lines.Count == 0)
            lines.Add(Strings.NoExporterWithGrossExports);
        return lines;
    }

    /// <summary>The headline shares of a participation series in words: for the last year and sector TOTAL, each partner's
    /// share of the exporter's foreign value added (BP) and FP as a share of its gross exports.</summary>
    public static IReadOnlyList<Bilingual> SeriesSummary(ParticipationSeries series)
    {
        if (series.Points.Count == 0)
            return [Strings.TheSeriesIsEmpty];
        var last = series.Points.Max(p => p.Year);
        var points = series.Points.Where(p => p.Year == last && p.Sector == "TOTAL").ToList();
        if (points.Count == 0)
            points = series.Points.Where(p => p.Year == last).Take(SummaryExporters).ToList();
        string Line(Language l) =>
            string.Join(
                "; ",
                points
                    .Take(2 * SummaryExporters)
                    .Select(p =>
                        $"{p.Exporter}–{p.Partner}{(p.Sector == "TOTAL" ? "" : $" ({p.Sector})")}: BP "
                        + $"{ReportNumbers.Format(100 * p.BpShare, "0.0", l)} %, FP " +
                            $"{ReportNumbers.Format(100 * p.FpShareOfExports, "0.0", l)} %"
                    )
            );
        return
        [
            Strings.Format(
                nameof(Strings.ParticipationInYear),
                [Bilingual.Same(last.ToString(CultureInfo.InvariantCulture)), BilingualLanguage.InEach(Line)]
            ),
        ];
    }

    private sealed class LazyRows<T>(IReadOnlyList<T> source, Func<T, object?[]> map) : IReadOnlyList<object?[]>
    {
        public object?[] this[int index] => map(source[index]);
        public int Count => source.Count;

        public IEnumerator<object?[]> GetEnumerator()
        {
            foreach (var item in source)
                yield return map(item);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
