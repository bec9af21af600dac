using TradeScope.Analyses;
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
            ReportColumn.Txt("exporter", "Exporter", "Экспортёр"),
            ReportColumn.Txt("importer", "Importer / partner", "Импортёр / партнёр"),
            ReportColumn.Txt("sector", "Sector", "Отрасль"),
            ReportColumn.Txt("source_country", "Source country", "Страна происхождения ДС"),
            ReportColumn.Txt("source_sector", "Source sector", "Отрасль происхождения ДС"),
            ReportColumn.Txt("term", "Term", "Компонент"),
            ReportColumn.Num("value", "Value", "Значение", "0.0000"),
        };
        var rows = new LazyRows<GvcRow>(result.Rows,
            r => [r.Exporter, r.Importer, r.Sector, r.SourceCountry, r.SourceSector, r.Term.Label, r.Value]);
        var notes = ValueChainNotes.Decomposition(result).Concat(ValueChainNotes.Method(result.Method))
            .Append(ValueChainNotes.Provider(result.Provider))
            .Append(new Text($"source: {result.Provenance.Source.En} (`{result.Provenance.Location}`)", $"источник: {result.Provenance.Source.Ru} (`{result.Provenance.Location}`)"))
            .Concat(result.Provenance.Notes.Select(n => (Text)n)).ToList();
        Text method = result.Method.Title;
        var title = new Text($"Value-added decomposition of gross exports ({method.En})",
            $"Декомпозиция валового экспорта по добавленной стоимости ({method.Ru})");
        var table = new ReportTable($"gvc_{result.Method.Name}", title, columns, rows) { Notes = notes };
        return new ReportDocument(table.Title, [new TableBlock(table)]);
    }

    /// <summary><c>year,exporter,partner,sector,bp_share,fva_level,fp_level,fp_share_of_exports,exports,exports_to_partner</c> (definitions in the notes).</summary>
    public static ReportDocument Series(ParticipationSeries series)
    {
        var columns = new[]
        {
            ReportColumn.Int("year", "Year", "Год"),
            ReportColumn.Txt("exporter", "Exporter", "Экспортёр"),
            ReportColumn.Txt("partner", "Partner", "Партнёр"),
            ReportColumn.Txt("sector", "Sector", "Отрасль"),
            ReportColumn.Num("bp_share", "Backward participation BP (partner's share of foreign value added)", "Обратное участие BP (доля партнёра в иностранной ДС)", "0.0000"),
            ReportColumn.Num("fva_level", "Partner's value added in exports (US$ m)", "ДС партнёра в экспорте (млн долл.)", "0.0"),
            ReportColumn.Num("fp_level", "Forward participation FP: value added in partner's exports (US$ m)", "Прямое участие FP: ДС в экспорте партнёра (млн долл.)", "0.0"),
            ReportColumn.Num("fp_share_of_exports", "FP / total gross exports", "FP / весь валовой экспорт", "0.0000"),
            ReportColumn.Num("exports", "Gross exports (US$ m)", "Валовой экспорт (млн долл.)", "0.0"),
            ReportColumn.Num("exports_to_partner", "Exports to partner (US$ m)", "Экспорт партнёру (млн долл.)", "0.0"),
        };
        var rows = series.Points.Select(p => new object?[] { (long)p.Year, p.Exporter, p.Partner, p.Sector, p.BpShare, p.FvaLevel, p.FpLevel, p.FpShareOfExports, p.Exports, p.ExportsToPartner }).ToList();
        var table = new ReportTable("gvc_series", new Text("Backward and forward participation", "Обратное и прямое участие в цепочках"), columns, rows) { Notes = ValueChainNotes.ParticipationSeries(series) };
        return new ReportDocument(table.Title, [new TableBlock(table)]);
    }

    private sealed class LazyRows<T>(IReadOnlyList<T> source, Func<T, object?[]> map) : IReadOnlyList<object?[]>
    {
        public object?[] this[int index] => map(source[index]);
        public int Count => source.Count;
        public IEnumerator<object?[]> GetEnumerator() { foreach (var item in source) yield return map(item); }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
