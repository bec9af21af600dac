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
        var rows = new LazyRows<GvcRow>(result.Rows, r => [r.Exporter, r.Importer, r.Sector, r.SourceCountry, r.SourceSector, r.Term, r.Value]);
        var notes = result.Notes.Select(Text.Same)
            .Append(new Text($"linear algebra: {result.Provider}", $"линейная алгебра: {result.Provider}"))
            .Append(new Text($"source: {result.Provenance.Source.En} (`{result.Provenance.Location}`)", $"источник: {result.Provenance.Source.Ru} (`{result.Provenance.Location}`)"))
            .Concat(result.Provenance.Notes.Select(n => (Text)n)).ToList();
        var method = MethodName(result.Method);
        var table = new ReportTable($"gvc_{result.Method.ToString().ToLowerInvariant()}", new Text($"Value-added decomposition of gross exports ({method.En})", $"Декомпозиция валового экспорта по добавленной стоимости ({method.Ru})"), columns, rows) { Notes = notes };
        return new ReportDocument(table.Title, [new TableBlock(table)]);
    }

    /// <summary><c>year,exporter,partner,sector,bp,fp,fp_share,fva,exports,exports_to_partner</c>.</summary>
    public static ReportDocument Series(ParticipationSeries series)
    {
        var columns = new[]
        {
            ReportColumn.Int("year", "Year", "Год"),
            ReportColumn.Txt("exporter", "Exporter", "Экспортёр"),
            ReportColumn.Txt("partner", "Partner", "Партнёр"),
            ReportColumn.Txt("sector", "Sector", "Отрасль"),
            ReportColumn.Num("bp", "Backward participation BP", "Обратное участие BP", "0.0000"),
            ReportColumn.Num("fp", "Forward participation FP (US$ m)", "Прямое участие FP (млн долл.)", "0.0"),
            ReportColumn.Num("fp_share", "FP / gross exports", "FP / валовой экспорт", "0.0000"),
            ReportColumn.Num("fva", "FVA from partner (US$ m)", "ИДС партнёра (млн долл.)", "0.0"),
            ReportColumn.Num("exports", "Gross exports (US$ m)", "Валовой экспорт (млн долл.)", "0.0"),
            ReportColumn.Num("exports_to_partner", "Exports to partner (US$ m)", "Экспорт партнёру (млн долл.)", "0.0"),
        };
        var rows = series.Points.Select(p => new object?[] { (long)p.Year, p.Exporter, p.Partner, p.Sector, p.Bp, p.Fp, p.FpShare, p.Fva, p.Exports, p.ExportsToPartner }).ToList();
        var notes = series.Notes.Append($"linear algebra: {series.Provider}").Select(n => new Text(n, n)).ToList();
        var table = new ReportTable("gvc_series", new Text("Backward and forward participation", "Обратное и прямое участие в цепочках"), columns, rows) { Notes = notes };
        return new ReportDocument(table.Title, [new TableBlock(table)]);
    }

    /// <summary>The method as named in the literature (not the enum's spelling, e.g. "Oecd").</summary>
    private static Text MethodName(GvcMethod method) => method switch
    {
        GvcMethod.Oecd => Text.Same("OECD, exvatools"),
        GvcMethod.Tiva => Text.Same("TiVA"),
        GvcMethod.Kww => new("Koopman–Wang–Wei", "Купман — Ван — Вэй"),
        GvcMethod.Wwz => new("Wang–Wei–Zhu", "Ван — Вэй — Чжу"),
        GvcMethod.Participation => new("backward and forward participation", "обратное и прямое участие"),
        _ => Text.Same(method.ToString()),
    };

    private sealed class LazyRows<T>(IReadOnlyList<T> source, Func<T, object?[]> map) : IReadOnlyList<object?[]>
    {
        public object?[] this[int index] => map(source[index]);
        public int Count => source.Count;
        public IEnumerator<object?[]> GetEnumerator() { foreach (var item in source) yield return map(item); }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
