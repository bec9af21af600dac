using TradeScope.Analyses;
using TradeScope.Indices;
using TradeScope.Model;

namespace TradeScope.Reports;

/// <summary>
/// The machine-readable tables of the <c>indices</c> and <c>blocs</c> commands: one row per partner (or bloc), fixed leading
/// columns, then <c>reason</c> naming the code of every NaN cell, then further columns.
/// </summary>
public static class IndicesTables
{
    /// <summary>The leading columns of the partner table, in order (more columns follow).</summary>
    public static readonly IReadOnlyList<string> PartnerKeys =
    [
        "partner_iso3", "partner_name_en", "partner_name_ru", "exports", "imports", "export_share_pct", "esi", "esi_kojima", "esi_row",
        "tii_one_dir", "tii_sym", "tii_sym_neutral", "sti_turnover", "sti_exports", "reason",
    ];

    /// <summary>The leading columns of the bloc table, in order (more columns follow).</summary>
    public static readonly IReadOnlyList<string> BlocKeys =
        ["bloc", "members", "export_share_pct", "tii_h1", "tii_h2", "tii_h3", "tii_h4", "sti_turnover", "sti_exports", "reason"];

    /// <summary>The partner table with a short statement of source and conventions (paragraphs appear in Markdown/XLSX only).</summary>
    public static ReportDocument Partners(ReporterIndices r)
    {
        var columns = new List<ReportColumn>
        {
            ReportColumn.Txt("partner_iso3", "ISO3", "ISO3"),
            ReportColumn.Txt("partner_name_en", "Partner", "Партнёр (англ.)"),
            ReportColumn.Txt("partner_name_ru", "Partner (Russian)", "Партнёр"),
            ReportColumn.Num("exports", "Exports, US$", "Экспорт, долл. США", "#,0"),
            ReportColumn.Num("imports", "Imports (mirror), US$", "Импорт (зеркальный), долл. США", "#,0"),
            ReportColumn.Num("export_share_pct", "Share in exports, %", "Доля в экспорте, %", "0.00"),
            ReportColumn.Num("esi", "ESI", "ИЭЗ"),
            ReportColumn.Num("esi_kojima", "ESI (Kojima)", "ИЭЗ (Кодзима)"),
            ReportColumn.Num("esi_row", "ESI (rest of world)", "ИЭЗ (остальной мир)"),
            ReportColumn.Num("tii_one_dir", "TII one-directional", "ИИТ односторонний"),
            ReportColumn.Num("tii_sym", "TII symmetric", "ИИТ симметричный"),
            ReportColumn.Num("tii_sym_neutral", "TII symmetric, neutral value", "ИИТ симметричный, нейтральное значение"),
            ReportColumn.Num("sti_turnover", "STI (turnover)", "Индекс интроверсии (оборот)"),
            ReportColumn.Num("sti_exports", "STI (exports)", "Индекс интроверсии (экспорт)"),
            ReportColumn.Txt("reason", "Reason for NaN", "Причина NaN"),
            ReportColumn.Num("import_share_pct", "Share in imports, %", "Доля в импорте, %", "0.00"),
            ReportColumn.Num("tii_sym_to_neutral", "TII symmetric / neutral", "ИИТ симметричный / нейтральный"),
            ReportColumn.Num("hiti_turnover", "HITI (turnover)", "HITI (оборот)"),
            ReportColumn.Num("heti_turnover", "HETI (turnover)", "HETI (оборот)"),
            ReportColumn.Num("hiti_exports", "HITI (exports)", "HITI (экспорт)"),
            ReportColumn.Num("heti_exports", "HETI (exports)", "HETI (экспорт)"),
            ReportColumn.Num("q_directional", "Directional preference Q", "Направленное предпочтение Q"),
            ReportColumn.Num("exports_yoy_pct", "Exports, growth on previous year, %", "Экспорт, прирост к пред. году, %", "0.0"),
            ReportColumn.Num("imports_yoy_pct", "Imports, growth on previous year, %", "Импорт, прирост к пред. году, %", "0.0"),
            ReportColumn.Txt("partner_source", "Partner's export data", "Данные об экспорте партнёра"),
        };
        if (r.FromYear is { } from)   // --from: period and annualised growth, after every other column
            columns.AddRange(
            [
                ReportColumn.Num("exports_growth_pct", $"Exports, growth {from}–{r.Year}, %", $"Экспорт, прирост {from}–{r.Year}, %", "0.0"),
                ReportColumn.Num("exports_growth_annual_pct", $"Exports, average annual growth {from}–{r.Year}, %", $"Экспорт, среднегодовой прирост {from}–{r.Year}, %", "0.0"),
                ReportColumn.Num("imports_growth_pct", $"Imports, growth {from}–{r.Year}, %", $"Импорт, прирост {from}–{r.Year}, %", "0.0"),
                ReportColumn.Num("imports_growth_annual_pct", $"Imports, average annual growth {from}–{r.Year}, %", $"Импорт, среднегодовой прирост {from}–{r.Year}, %", "0.0"),
            ]);
        var rows = r.Partners.Select(p =>
        {
            var x = p.Indices;
            (string Key, IndexValue Value)[] period = p.Period is { } g
                ? [("exports_growth_pct", g.ExportsPct), ("exports_growth_annual_pct", g.ExportsAnnualPct), ("imports_growth_pct", g.ImportsPct), ("imports_growth_annual_pct", g.ImportsAnnualPct)]
                : [];
            var cells = new (string Key, IndexValue Value)[]
            {
                ("imports", p.Imports), ("export_share_pct", x.ExportSharePct), ("esi", x.Esi), ("esi_kojima", x.EsiKojima), ("esi_row", x.EsiRestOfWorld),
                ("tii_one_dir", x.TiiOneDirectional), ("tii_sym", x.TiiSymmetric), ("tii_sym_neutral", x.TiiSymmetricNeutral),
                ("sti_turnover", x.StiTurnover.Sti), ("sti_exports", x.StiExports.Sti),
                ("import_share_pct", x.ImportSharePct), ("tii_sym_to_neutral", x.TiiSymmetricToNeutral),
                ("hiti_turnover", x.StiTurnover.Hiti), ("heti_turnover", x.StiTurnover.Heti), ("hiti_exports", x.StiExports.Hiti),
                ("heti_exports", x.StiExports.Heti), ("q_directional", x.Directional.Sti), ("exports_yoy_pct", p.ExportsYoyPct), ("imports_yoy_pct", p.ImportsYoyPct),
            }.Concat(period).ToArray();
            var v = cells.ToDictionary(c => c.Key, c => Cell(c.Value));
            object?[] leading =
            [
                p.Partner.Iso3.Value, p.Partner.NameEn, p.Partner.NameRu, p.Exports, v["imports"], v["export_share_pct"], v["esi"], v["esi_kojima"], v["esi_row"],
                v["tii_one_dir"], v["tii_sym"], v["tii_sym_neutral"], v["sti_turnover"], v["sti_exports"], ReasonCell(cells, columns),
                v["import_share_pct"], v["tii_sym_to_neutral"], v["hiti_turnover"], v["heti_turnover"], v["hiti_exports"], v["heti_exports"],
                v["q_directional"], v["exports_yoy_pct"], v["imports_yoy_pct"], SourceCell(p.PartnerSource),
            ];
            return leading.Concat(period.Select(c => Cell(c.Value))).ToArray();
        }).ToList();
        var table = new ReportTable("indices", new Text($"Trade indices of {r.Reporter.NameEn} ({r.Reporter.Iso3}) with every partner, {r.Year}",
            $"Торговые индексы: {r.Reporter.NameRu} ({r.Reporter.Iso3}) и все партнёры, {r.Year}"), columns, rows)
        { Notes = PartnerNotes(r), Sheet = new("Indices", "Индексы") }.Validated();
        return Document(table, PartnerSummary(r), r);
    }

    /// <summary>The bloc table (reporter vs every bloc, H1–H4 and STI), with its conventions.</summary>
    public static ReportDocument Blocs(ReporterIndices r)
    {
        var columns = new List<ReportColumn>
        {
            ReportColumn.Txt("bloc", "Bloc", "Блок"),
            ReportColumn.Txt("members", "Members used", "Участники в расчёте"),
            ReportColumn.Num("export_share_pct", "Share in exports, %", "Доля в экспорте, %", "0.00"),
            ReportColumn.Num("tii_h1", "TII H1 (one-directional)", "ИИТ H1 (односторонний)"),
            ReportColumn.Num("tii_h2", "TII H2 (reference study)", "ИИТ H2 (как в исследовании)"),
            ReportColumn.Num("tii_h3", "TII H3 (intra-bloc included)", "ИИТ H3 (с внутриблоковой торговлей)"),
            ReportColumn.Num("tii_h4", "TII H4 (bloc as one territory)", "ИИТ H4 (блок как единая территория)"),
            ReportColumn.Num("sti_turnover", "STI (turnover, reporter ∪ bloc)", "Индекс интроверсии (оборот, страна ∪ блок)"),
            ReportColumn.Num("sti_exports", "STI (exports, reporter ∪ bloc)", "Индекс интроверсии (экспорт, страна ∪ блок)"),
            ReportColumn.Txt("reason", "Reason for NaN", "Причина NaN"),
            ReportColumn.Txt("bloc_name_en", "Bloc name", "Название блока (англ.)"),
            ReportColumn.Txt("bloc_name_ru", "Bloc name (Russian)", "Название блока"),
            ReportColumn.Int("member_count", "Members used, number", "Число участников в расчёте"),
            ReportColumn.Txt("reporter_removed", "Reporter removed from the bloc", "Страна исключена из блока"),
            ReportColumn.Txt("members_without_data", "Members without export data (left out)", "Участники без данных об экспорте (не учтены)"),
            ReportColumn.Txt("membership_date", "Membership as of", "Состав на дату"),
            ReportColumn.Num("import_share_pct", "Share in imports, %", "Доля в импорте, %", "0.00"),
            ReportColumn.Num("tii_h2_neutral", "TII H2, neutral value", "ИИТ H2, нейтральное значение"),
            ReportColumn.Num("sti_turnover_bloc_unit", "STI (turnover, bloc as one unit)", "Индекс интроверсии (оборот, блок как целое)"),
            ReportColumn.Num("sti_exports_bloc_unit", "STI (exports, bloc as one unit)", "Индекс интроверсии (экспорт, блок как целое)"),
        };
        var rows = r.Blocs.Select(b =>
        {
            var x = b.Result;
            var cells = new (string Key, IndexValue Value)[]
            {
                ("export_share_pct", x.ExportSharePct), ("tii_h1", x.TiiUnder(BlocConvention.H1)), ("tii_h2", x.TiiUnder(BlocConvention.H2)),
                ("tii_h3", x.TiiUnder(BlocConvention.H3)), ("tii_h4", x.TiiUnder(BlocConvention.H4)), ("sti_turnover", x.StiTurnover.Sti),
                ("sti_exports", x.StiExports.Sti), ("import_share_pct", x.ImportSharePct), ("tii_h2_neutral", x.TiiH2Neutral),
                ("sti_turnover_bloc_unit", x.StiTurnoverBlocAsUnit.Sti), ("sti_exports_bloc_unit", x.StiExportsBlocAsUnit.Sti),
            };
            var v = cells.ToDictionary(c => c.Key, c => Cell(c.Value));
            return new object?[]
            {
                b.Group.Id.Value, string.Join(';', x.Members.Codes.Select(c => c.Value)), v["export_share_pct"], v["tii_h1"], v["tii_h2"], v["tii_h3"], v["tii_h4"],
                v["sti_turnover"], v["sti_exports"], ReasonCell(cells, columns), b.Group.NameEn, b.Group.NameRu, (long)x.Members.Members.Length,
                CodeCell.YesNo(x.Members.ReporterRemoved), string.Join(';', x.Members.WithoutData.Select(c => c.Value)),
                b.MembershipDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                v["import_share_pct"], v["tii_h2_neutral"], v["sti_turnover_bloc_unit"], v["sti_exports_bloc_unit"],
            };
        }).ToList();
        var table = new ReportTable("blocs", new Text($"Trade indices of {r.Reporter.NameEn} ({r.Reporter.Iso3}) with blocs, {r.Year}",
            $"Торговые индексы: {r.Reporter.NameRu} ({r.Reporter.Iso3}) и интеграционные блоки, {r.Year}"), columns, rows)
        { Notes = BlocNotes(r), Sheet = new("Blocs", "Блоки") }.Validated();
        return Document(table, BlocSummary(r), r);
    }

    /// <summary>The heading of the data notes that follow the tables.</summary>
    public static readonly Text DataNotesHeading = new("Data notes", "Примечания о данных");

    /// <summary>A cell of an index: the number, or a <see cref="NanCell"/> carrying the reason code and words.</summary>
    public static object? Cell(IndexValue value) =>
        value.HasValue ? value.Value : new NanCell(value.Reason.Code(), ReasonText(value.Reason));

    /// <summary>Summary first, then the table, then the data notes.</summary>
    private static ReportDocument Document(ReportTable table, IEnumerable<Text> summary, ReporterIndices r) => new(table.Title,
    [
        .. summary.Select(t => (ReportBlock)new ParagraphBlock(t)), new TableBlock(table), new HeadingBlock(DataNotesHeading),
        .. Preamble(r).Select(t => (ReportBlock)new ParagraphBlock(t)),
    ]);

    /// <summary>How many leading partners a summary names.</summary>
    private const int SummaryCount = 5;

    /// <summary>The largest partners by share in exports and the most intense by TII symmetric / neutral, in words.</summary>
    public static IReadOnlyList<Text> PartnerSummary(ReporterIndices r)
    {
        string Top(Func<PartnerIndexRow, IndexValue> key, Language l, string format) => string.Join(", ", r.Partners
            .Where(p => key(p).HasValue).OrderByDescending(p => key(p).Value).ThenBy(p => p.Partner.Iso3).Take(SummaryCount)
            .Select(p => $"{(l == Language.Ru ? p.Partner.NameRu : p.Partner.NameEn)} ({ReportNumbers.Format(key(p).Value, format, l)})"));
        IndexValue Share(PartnerIndexRow p) => p.Indices.ExportSharePct;
        IndexValue Ratio(PartnerIndexRow p) => p.Indices.TiiSymmetricToNeutral;
        return
        [
            new($"**Largest partners of {r.Reporter.NameEn} by share in exports, {r.Year} (%):** {Top(Share, Language.En, "0.0")}.",
                $"**Крупнейшие партнёры ({r.Reporter.NameRu}, {r.Year}) по доле в экспорте, %:** {Top(Share, Language.Ru, "0.0")}."),
            new($"**Most intense by TII symmetric / its neutral value:** {Top(Ratio, Language.En, "0.00")}.",
                $"**Наибольшая интенсивность по ИИТ симметричному / нейтральному значению:** {Top(Ratio, Language.Ru, "0.00")}."),
        ];
    }

    /// <summary>The strongest blocs by TII (H2) / neutral (the reference study's convention), in words.</summary>
    public static IReadOnlyList<Text> BlocSummary(ReporterIndices r)
    {
        var ranked = r.Blocs.Select(b => (Bloc: b, Ratio: ScreeningResult.H2ToNeutral(b))).Where(x => !double.IsNaN(x.Ratio))
            .OrderByDescending(x => x.Ratio).ThenBy(x => x.Bloc.Group.Id.Value, StringComparer.Ordinal).Take(3).ToList();
        if (ranked.Count == 0)
            return [new($"No bloc has a computable TII (H2) relative to its neutral value for {r.Reporter.NameEn} in {r.Year}.",
                $"Ни для одного блока не рассчитано отношение ИИТ (H2) к нейтральному значению ({r.Reporter.NameRu}, {r.Year})."),];
        string List(Language l) => string.Join(", ", ranked.Select(x =>
            $"{(l == Language.Ru ? x.Bloc.Group.NameRu : x.Bloc.Group.NameEn)} ({x.Bloc.Group.Id}) " +
            ReportNumbers.Format(x.Ratio, "0.00", l)));
        return
        [
            new($"**Strongest blocs for {r.Reporter.NameEn} in {r.Year} relative to their neutral values (TII H2 / neutral):** " +
                $"{List(Language.En)}.",
                $"**Блоки с наибольшей интенсивностью торговли ({r.Reporter.NameRu}, {r.Year}) относительно нейтрального значения (ИИТ " +
                    $"H2 / нейтральное):** {List(Language.Ru)}."),
        ];
    }

    /// <summary>"CODE:key key;CODE:key" for the NaN cells of a row; empty when every value was computed.</summary>
    internal static string Reason(IEnumerable<(string Key, IndexValue Value)> cells) =>
        string.Join(';', cells.Where(c => !c.Value.HasValue).GroupBy(c => c.Value.Reason)
            .Select(g => $"{g.Key.Code()}:{string.Join(' ', g.Select(c => c.Key))}"));

    /// <summary>The reason cell: the machine code string (CSV/JSON, see <see cref="Reason"/>) and, for reports, the
    /// reason in words with the affected columns named by their headers.</summary>
    internal static CodeCell ReasonCell(IReadOnlyCollection<(string Key, IndexValue Value)> cells, IReadOnlyList<ReportColumn> columns)
    {
        var code = Reason(cells);
        var headers = columns.ToDictionary(c => c.Key, c => c.Header);
        string Words(Language language) => string.Join("; ", cells.Where(c => !c.Value.HasValue).GroupBy(c => c.Value.Reason)
            .Select(g => $"{ReasonText(g.Key).In(language)}: {string.Join(", ", g.Select(c => headers.TryGetValue(c.Key, out var h) ? h.In(language) : c.Key))}"));
        return new CodeCell(code, new Text(code, Words(Language.Ru)));
    }

    /// <summary>A NaN reason in words (the code itself is in CSV/JSON).</summary>
    internal static Text ReasonText(IndexReason reason) => reason switch
    {
        IndexReason.ZeroDenominator => new("zero denominator", "нулевой знаменатель"),
        IndexReason.NoReporterData => new("no export data of the economy", "нет данных об экспорте страны"),
        IndexReason.Missing => new("flow missing from the data", "поток отсутствует в данных"),
        IndexReason.Self => new("economy paired with itself", "страна в паре сама с собой"),
        IndexReason.DegenerateRow => new("all trade of the rest of the world is with the group", "вся торговля остального мира приходится на группу"),
        IndexReason.NoExtraTrade => new("no trade outside the group", "нет торговли вне группы"),
        IndexReason.NewFlow => new("zero base value", "нулевое базисное значение"),
        IndexReason.NoPreviousYear => new("no data for the previous year", "нет данных за предыдущий год"),
        IndexReason.EmptyGroup => new("no members with data", "нет участников с данными"),
        _ => Text.Same(reason.Code()),
    };

    /// <summary>Whether an economy's exports are reported, mirrored or missing: stable codes <c>reported</c>, <c>mirror</c>,
    /// <c>missing</c> in CSV/JSON, words in Markdown/XLSX.</summary>
    internal static CodeCell SourceCell(FlowSource source) => source switch
    {
        FlowSource.Reported => new("reported", new Text("reported", "отчётные данные")),
        FlowSource.Mirror => new("mirror", new Text("mirror (partners' imports)", "зеркальные данные (импорт партнёров)")),
        _ => new("missing", new Text("missing", "нет данных")),
    };

    /// <summary>Source, year and conventions (shared by the indices, blocs and screening outputs).</summary>
    internal static IReadOnlyList<Text> Preamble(ReporterIndices r)
    {
        var c = r.Conventions;
        var list = new List<Text>
        {
            new($"Data: {c.Provenance.Source.En} (`{c.Provenance.Location}`). Year {r.Year}. Reporter: {r.Reporter.NameEn} ({r.Reporter.Iso3}), exports: {SourceCell(r.ReporterSource).Label.En}.",
                $"Данные: {c.Provenance.Source.Ru} (`{c.Provenance.Location}`). Год: {r.Year}. Страна: {r.Reporter.NameRu} ({r.Reporter.Iso3}), экспорт: {SourceCell(r.ReporterSource).Label.Ru}."),
            new($"Conventions: {c.DescribeEn()}.", $"Соглашения: {c.DescribeRu()}."),
        };
        if (c.Provenance.Notes.Count > 0)
            list.Add(new($"Reading the data: {string.Join(" ", c.Provenance.Notes.Select(n => n.En))}",
                $"Чтение данных: {string.Join(" ", c.Provenance.Notes.Select(n => n.Ru))}"));
        var mirror = r.Partners.Count(p => p.PartnerSource == FlowSource.Mirror);
        var missing = r.Partners.Where(p => p.PartnerSource == FlowSource.Missing).Select(p => p.Partner.Iso3.Value).ToList();
        if (mirror > 0)
            list.Add(new($"{mirror} partners did not report; their exports are partners' reported imports (mirror, CIF), flagged in `partner_source`.",
                $"Стран-партнёров, не представивших данных: {mirror}; их экспорт взят из импорта их партнёров (зеркальные данные, СИФ), см. столбец «Данные об экспорте партнёра»."));
        if (missing.Count > 0)
            list.Add(new($"{missing.Count} partners have no export data in {r.Year} (NO_REPORTER_DATA for indices that need their exports): {string.Join(", ", missing)}.",
                $"Стран-партнёров без данных об экспорте за {r.Year} г.: {missing.Count} (индексы, для которых нужен их экспорт, — NaN с причиной «нет данных об экспорте страны»): {string.Join(", ", missing)}."));
        return list;
    }

    private static IReadOnlyList<Text> PartnerNotes(ReporterIndices r) =>
    [
        new("esi = (X_RP/X_R)/(X_wP/X_w) (Mikic and Gilbert 2007); esi_kojima uses M_P/(M_w − M_R); esi_row the rest of the world; " +
            "tii_one_dir = esi by definition (`docs/methods/trade-indices.md`).",
            "ИЭЗ = (X_RP/X_R)/(X_wP/X_w) (Микич–Гилберт); ИЭЗ (Кодзима) — с M_P/(M_w − M_R); ИЭЗ (остальной мир) — относительно " +
                "остального мира; ИИТ односторонний по определению равен ИЭЗ (`docs/methods/trade-indices.md`)."),
        new("tii_sym = [(X_RP+X_PR)/(X_R+X_P)]/[(X_wR+X_wP)/X_w] (the reference study's formula); its neutral value under proportional trade is below 1 (tii_sym_neutral).",
            "ИИТ симметричный = [(X_RP+X_PR)/(X_R+X_P)]/[(X_wR+X_wP)/X_w] (формула исследования); его нейтральное значение при пропорциональной торговле меньше 1 (столбец «ИИТ симметричный, нейтральное значение»)."),
        new("sti_* = Iapadre's introversion index of the pair {reporter, partner}, turnover basis (exports + mirror imports) and exports-only basis; 0 is neutral, range [−1, 1].",
            "Симметричный индекс интроверсии торговли (Иападре) для пары {страна, партнёр}: по обороту (экспорт + зеркальный импорт) и только по экспорту; 0 — нейтральное значение, диапазон [−1, 1]."),
    ];

    private static IReadOnlyList<Text> BlocNotes(ReporterIndices r)
    {
        var notes = new List<Text>
        {
            new("Membership: annual blocs as of 1 July of the year (`docs/groups.md`); the sanctions list as of its latest date. H2 is " +
                "the reference study's convention; H1 one-directional; H3 intra-bloc flows in the numerator; H4 the bloc as one " +
                "customs territory.",
                "Состав: для блоков — на 1 июля года (`docs/groups.md`); санкционный список — на последнюю дату. H2 — соглашение " +
                    "исследования; H1 — односторонний; H3 — с внутриблоковыми потоками в числителе; H4 — блок как единая таможенная " +
                    "территория."),
            new("sti_turnover and sti_exports are for the enlarged group {reporter} ∪ bloc (Iapadre's standard); *_bloc_unit columns treat the bloc as one unit (intra-bloc trade removed everywhere).",
                "Индекс интроверсии (оборот и экспорт) рассчитан для расширенной группы {страна} ∪ блок (стандарт Иападре); в столбцах «блок как целое» блок рассматривается как единое целое (внутриблоковая торговля исключена везде)."),
        };
        foreach (var b in r.Blocs.Where(b => b.Result.Members.ReporterRemoved))
            notes.Add(new($"{r.Reporter.Iso3} is a member of {b.Group.Id}: indices are computed against {b.Group.Id} without " +
                $"{r.Reporter.Iso3} (`docs/methods/trade-indices.md`).",
                $"{r.Reporter.Iso3} входит в {b.Group.Id}: индексы рассчитаны относительно {b.Group.Id} без {r.Reporter.Iso3} " +
                    $"(`docs/methods/trade-indices.md`)."));
        return notes;
    }
}
