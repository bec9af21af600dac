using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Indices;
using TradeScope.Model;
using TradeScope.Resources;

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
        "partner_iso3",
        "partner_name_en",
        "partner_name_ru",
        "exports",
        "imports",
        "export_share_pct",
        "esi",
        "esi_kojima",
        "esi_row",
        "tii_one_dir",
        "tii_sym",
        "tii_sym_neutral",
        "sti_turnover",
        "sti_exports",
        "reason",
    ];

    /// <summary>The leading columns of the bloc table, in order (more columns follow).</summary>
    public static readonly IReadOnlyList<string> BlocKeys =
    [
        "bloc",
        "members",
        "export_share_pct",
        "tii_h1",
        "tii_h2",
        "tii_h3",
        "tii_h4",
        "sti_turnover",
        "sti_exports",
        "reason",
    ];

    /// <summary>The partner table with a short statement of source and conventions (paragraphs appear in Markdown/XLSX only).</summary>
    public static ReportDocument Partners(ReporterIndices r)
    {
        var columns = new List<ReportColumn>
        {
            ReportColumn.Txt("partner_iso3", Strings.ISO3),
            ReportColumn.Txt("partner_name_en", Strings.PartnerEnglishName),
            ReportColumn.Txt("partner_name_ru", Strings.PartnerRussianName),
            ReportColumn.Num("exports", Strings.ExportsUsd, "#,0"),
            ReportColumn.Num("imports", Strings.ImportsMirrorUsd, "#,0"),
            ReportColumn.Num("export_share_pct", Strings.ShareInExportsPct, "0.00"),
            ReportColumn.Num("esi", Strings.ESI),
            ReportColumn.Num("esi_kojima", Strings.ESIKojima),
            ReportColumn.Num("esi_row", Strings.ESIRestOfWorld),
            ReportColumn.Num("tii_one_dir", Strings.TIIOneDirectional),
            ReportColumn.Num("tii_sym", Strings.TIISymmetric),
            ReportColumn.Num("tii_sym_neutral", Strings.TIISymmetricNeutralValue),
            ReportColumn.Num("sti_turnover", Strings.STITurnover),
            ReportColumn.Num("sti_exports", Strings.STIExports),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
            ReportColumn.Num("import_share_pct", Strings.ShareInImportsPct, "0.00"),
            ReportColumn.Num("tii_sym_to_neutral", Strings.TIISymmetricNeutral),
            ReportColumn.Num("hiti_turnover", Strings.HITITurnover),
            ReportColumn.Num("heti_turnover", Strings.HETITurnover),
            ReportColumn.Num("hiti_exports", Strings.HITIExports),
            ReportColumn.Num("heti_exports", Strings.HETIExports),
            ReportColumn.Num("q_directional", Strings.DirectionalPreferenceQ),
            ReportColumn.Num("exports_yoy_pct", Strings.ExportsGrowthOnPreviousYearPct, "0.0"),
            ReportColumn.Num("imports_yoy_pct", Strings.ImportsGrowthOnPreviousYearPct, "0.0"),
            ReportColumn.Txt("partner_source", Strings.PartnerSExportData),
        };
        if (r.FromYear is { } from) // --from: period and annualised growth, after every other column
            columns.AddRange([
                ReportColumn.Num("exports_growth_pct", Strings.Format(nameof(Strings.ExportsGrowthPct), from, r.Year), "0.0"),
                ReportColumn.Num(
                    "exports_growth_annual_pct",
                    Strings.Format(nameof(Strings.ExportsAverageAnnualGrowthPct), from, r.Year),
                    "0.0"
                ),
                ReportColumn.Num("imports_growth_pct", Strings.Format(nameof(Strings.ImportsGrowthPct), from, r.Year), "0.0"),
                ReportColumn.Num(
                    "imports_growth_annual_pct",
                    Strings.Format(nameof(Strings.ImportsAverageAnnualGrowthPct), from, r.Year),
                    "0.0"
                ),
            ]);
        var rows = r
            .Partners.Select(p =>
            {
                var x = p.Indices;
                (string Key, IndexValue Value)[] period = p.Period is { } g
                    ?
                    [
                        ("exports_growth_pct", g.ExportsPct),
                        ("exports_growth_annual_pct", g.ExportsAnnualPct),
                        ("imports_growth_pct", g.ImportsPct),
                        ("imports_growth_annual_pct", g.ImportsAnnualPct),
                    ]
                    : [];
                var cells = new (string Key, IndexValue Value)[]
                {
                    ("imports", p.Imports),
                    ("export_share_pct", x.ExportSharePct),
                    ("esi", x.Esi),
                    ("esi_kojima", x.EsiKojima),
                    ("esi_row", x.EsiRestOfWorld),
                    ("tii_one_dir", x.TiiOneDirectional),
                    ("tii_sym", x.TiiSymmetric),
                    ("tii_sym_neutral", x.TiiSymmetricNeutral),
                    ("sti_turnover", x.StiTurnover.Sti),
                    ("sti_exports", x.StiExports.Sti),
                    ("import_share_pct", x.ImportSharePct),
                    ("tii_sym_to_neutral", x.TiiSymmetricToNeutral),
                    ("hiti_turnover", x.StiTurnover.Hiti),
                    ("heti_turnover", x.StiTurnover.Heti),
                    ("hiti_exports", x.StiExports.Hiti),
                    ("heti_exports", x.StiExports.Heti),
                    ("q_directional", x.Directional.Sti),
                    ("exports_yoy_pct", p.ExportsYoyPct),
                    ("imports_yoy_pct", p.ImportsYoyPct),
                }
                    .Concat(period)
                    .ToArray();
                var v = cells.ToDictionary(c => c.Key, c => Cell(c.Value));
                object?[] leading =
                [
                    p.Partner.Iso3.Value,
                    p.Partner.NameEn,
                    p.Partner.NameRu,
                    p.Exports,
                    v["imports"],
                    v["export_share_pct"],
                    v["esi"],
                    v["esi_kojima"],
                    v["esi_row"],
                    v["tii_one_dir"],
                    v["tii_sym"],
                    v["tii_sym_neutral"],
                    v["sti_turnover"],
                    v["sti_exports"],
                    ReasonCell(cells, columns),
                    v["import_share_pct"],
                    v["tii_sym_to_neutral"],
                    v["hiti_turnover"],
                    v["heti_turnover"],
                    v["hiti_exports"],
                    v["heti_exports"],
                    v["q_directional"],
                    v["exports_yoy_pct"],
                    v["imports_yoy_pct"],
                    SourceCell(p.PartnerSource),
                ];
                return leading.Concat(period.Select(c => Cell(c.Value))).ToArray();
            })
            .ToList();
        var table = new ReportTable(
            "indices",
            Strings.Format(nameof(Strings.IndicesTitle), ReporterName(r), r.Reporter.Iso3, r.Year),
            columns,
            rows
        )
        {
            Notes = PartnerNotes(r),
            Sheet = Strings.Indices,
            Charts = PartnerCharts,
        }.Validated();
        return Document(table, PartnerSummary(r), r);
    }

    /// <summary>The bloc table (reporter vs every bloc, H1–H4 and STI), with its conventions.</summary>
    public static ReportDocument Blocs(ReporterIndices r)
    {
        var columns = new List<ReportColumn>
        {
            ReportColumn.Txt("bloc", Strings.Bloc),
            ReportColumn.Txt("members", Strings.MembersUsed),
            ReportColumn.Num("export_share_pct", Strings.ShareInExportsPct, "0.00"),
            ReportColumn.Num("tii_h1", Strings.TIIH1OneDirectional),
            ReportColumn.Num("tii_h2", Strings.TIIH2ReferenceStudy),
            ReportColumn.Num("tii_h3", Strings.TIIH3IntraBlocIncluded),
            ReportColumn.Num("tii_h4", Strings.TIIH4BlocAsOneTerritory),
            ReportColumn.Num("sti_turnover", Strings.STITurnoverReporterOrBloc),
            ReportColumn.Num("sti_exports", Strings.STIExportsReporterOrBloc),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
            ReportColumn.Txt("bloc_name_en", Strings.BlocEnglishName),
            ReportColumn.Txt("bloc_name_ru", Strings.BlocRussianName),
            ReportColumn.Int("member_count", Strings.MembersUsedNumber),
            ReportColumn.Txt("reporter_removed", Strings.ReporterRemovedFromTheBloc),
            ReportColumn.Txt("members_without_data", Strings.MembersWithoutExportDataLeftOut),
            ReportColumn.Txt("membership_date", Strings.MembershipAsOf),
            ReportColumn.Num("import_share_pct", Strings.ShareInImportsPct, "0.00"),
            ReportColumn.Num("tii_h2_neutral", Strings.TIIH2NeutralValue),
            ReportColumn.Num("sti_turnover_bloc_unit", Strings.STITurnoverBlocAsOneUnit),
            ReportColumn.Num("sti_exports_bloc_unit", Strings.STIExportsBlocAsOneUnit),
        };
        var rows = r
            .Blocs.Select(b =>
            {
                var x = b.Result;
                var cells = new (string Key, IndexValue Value)[]
                {
                    ("export_share_pct", x.ExportSharePct),
                    ("tii_h1", x.TiiUnder(BlocConvention.H1)),
                    ("tii_h2", x.TiiUnder(BlocConvention.H2)),
                    ("tii_h3", x.TiiUnder(BlocConvention.H3)),
                    ("tii_h4", x.TiiUnder(BlocConvention.H4)),
                    ("sti_turnover", x.StiTurnover.Sti),
                    ("sti_exports", x.StiExports.Sti),
                    ("import_share_pct", x.ImportSharePct),
                    ("tii_h2_neutral", x.TiiH2Neutral),
                    ("sti_turnover_bloc_unit", x.StiTurnoverBlocAsUnit.Sti),
                    ("sti_exports_bloc_unit", x.StiExportsBlocAsUnit.Sti),
                };
                var v = cells.ToDictionary(c => c.Key, c => Cell(c.Value));
                return new object?[]
                {
                    b.Group.Id.Value,
                    string.Join(';', x.Members.Codes.Select(c => c.Value)),
                    v["export_share_pct"],
                    v["tii_h1"],
                    v["tii_h2"],
                    v["tii_h3"],
                    v["tii_h4"],
                    v["sti_turnover"],
                    v["sti_exports"],
                    ReasonCell(cells, columns),
                    b.Group.NameEn,
                    b.Group.NameRu,
                    (long)x.Members.Members.Length,
                    CodeCell.YesNo(x.Members.ReporterRemoved),
                    string.Join(';', x.Members.WithoutData.Select(c => c.Value)),
                    b.MembershipDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    v["import_share_pct"],
                    v["tii_h2_neutral"],
                    v["sti_turnover_bloc_unit"],
                    v["sti_exports_bloc_unit"],
                };
            })
            .ToList();
        var table = new ReportTable(
            "blocs",
            Strings.Format(nameof(Strings.BlocIndicesTitle), ReporterName(r), r.Reporter.Iso3, r.Year),
            columns,
            rows
        )
        {
            Notes = BlocNotes(r),
            Sheet = Strings.Blocs,
            Charts = BlocCharts,
        }.Validated();
        return Document(table, BlocSummary(r), r);
    }

    /// <summary>The partner table's charts: ranked bars of ESI, TII relative to its neutral value and STI on turnover and
    /// on exports, each against its neutral value, and a world map of ESI.</summary>
    private static readonly IReadOnlyList<ChartHint> PartnerCharts =
    [
        ChartHint.RankedIndex(ReportColumn.Num("esi", Strings.ESI), "partner_iso3", Strings.Partner, 1, top: 30),
        ChartHint.WorldMap(ReportColumn.Num("esi", Strings.ESI), "partner_iso3", "partner_iso3", 1),
        ChartHint.RankedIndex(
            ReportColumn.Num("tii_sym_to_neutral", Strings.TIISymmetricNeutral),
            "partner_iso3",
            Strings.Partner,
            1,
            top: 30
        ),
        ChartHint.RankedIndex(ReportColumn.Num("sti_turnover", Strings.STITurnover), "partner_iso3", Strings.Partner, 0, top: 30),
        ChartHint.RankedIndex(ReportColumn.Num("sti_exports", Strings.STIExports), "partner_iso3", Strings.Partner, 0, top: 30),
    ];

    /// <summary>The bloc table's charts: TII (H2) with each bloc's own neutral value as a marker, and STI on turnover.</summary>
    private static readonly IReadOnlyList<ChartHint> BlocCharts =
    [
        ChartHint.RankedIndex(ReportColumn.Num("tii_h2", Strings.TIIH2ReferenceStudy), "bloc", Strings.Bloc, 1) with
        {
            Neutral = null,
            NeutralColumn = "tii_h2_neutral",
            Title = Strings.Format(nameof(Strings.HtmlChartRanked), Strings.TIIH2ReferenceStudy),
            XTitle = Strings.TIIH2ReferenceStudy,
        },
        ChartHint.RankedIndex(ReportColumn.Num("sti_turnover", Strings.STITurnoverReporterOrBloc), "bloc", Strings.Bloc, 0),
    ];

    /// <summary>The heading of the data notes that follow the tables.</summary>
    public static readonly Bilingual DataNotesHeading = Strings.DataNotes;

    /// <summary>A cell of an index: the number, or a <see cref="NanCell"/> carrying the reason code and words.</summary>
    public static object? Cell(IndexValue value) =>
        value.HasValue ? value.Value : new NanCell(value.Reason.Code(), ReasonText(value.Reason));

    /// <summary>Summary first, then the table, then the data notes.</summary>
    private static ReportDocument Document(ReportTable table, IEnumerable<Bilingual> summary, ReporterIndices r) =>
        new(
            table.Title,
            [
                .. summary.Select(t => (ReportBlock)new ParagraphBlock(t)),
                new TableBlock(table),
                new HeadingBlock(DataNotesHeading),
                .. Preamble(r).Select(t => (ReportBlock)new ParagraphBlock(t)),
            ]
        );

    /// <summary>How many leading partners a summary names.</summary>
    private const int SummaryCount = 5;

    /// <summary>The reporter's name in English and Russian (a data value from the country list).</summary>
    internal static Bilingual ReporterName(ReporterIndices r) => new(r.Reporter.NameEn, r.Reporter.NameRu);

    /// <summary>The largest partners by share in exports and the most intense by TII symmetric / neutral, in words.</summary>
    public static IReadOnlyList<Bilingual> PartnerSummary(ReporterIndices r)
    {
        string Top(Func<PartnerIndexRow, IndexValue> key, Language l, string format) =>
            string.Join(
                ", ",
                r.Partners.Where(p => key(p).HasValue)
                    .OrderByDescending(p => key(p).Value)
                    .ThenBy(p => p.Partner.Iso3)
                    .Take(SummaryCount)
                    .Select(p =>
                        $"{(l == Language.Ru ? p.Partner.NameRu : p.Partner.NameEn)} ({ReportNumbers.Format(key(p).Value, format, l)})"
                    )
            );
        IndexValue Share(PartnerIndexRow p) => p.Indices.ExportSharePct;
        IndexValue Ratio(PartnerIndexRow p) => p.Indices.TiiSymmetricToNeutral;
        return
        [
            new(
                $"**Largest partners of {r.Reporter.NameEn} by share in exports, {r.Year} (%):** {Top(Share, Language.En, "0.0")}.",
                $"**Крупнейшие партнёры ({r.Reporter.NameRu}, {r.Year}) по доле в экспорте, %:** " +
                    $"" + $"{Top(Share, Language.Ru, "0.0")}."
            ),
            new(
                $"**Most intense by TII symmetric / its neutral value:** {Top(Ratio, Language.En, "0.00")}.",
                $"**Наибольшая интенсивность по ИИТ симметричному / нейтральному " +
                    $"" + $"значению:** {Top(Ratio, Language.Ru, "0.00")}."
            ),
        ];
    }

    /// <summary>The strongest blocs by TII (H2) / neutral (the reference study's convention), in words.</summary>
    public static IReadOnlyList<Bilingual> BlocSummary(ReporterIndices r)
    {
        var ranked = r
            .Blocs.Select(b => (Bloc: b, Ratio: ScreeningResult.H2ToNeutral(b)))
            .Where(x => !double.IsNaN(x.Ratio))
            .OrderByDescending(x => x.Ratio)
            .ThenBy(x => x.Bloc.Group.Id.Value, StringComparer.Ordinal)
            .Take(3)
            .ToList();
        if (ranked.Count == 0)
            return
            [
                new(
                    $"No bloc has a computable TII (H2) relative to its neutral value for {r.Reporter.NameEn} in {r.Year}.",
                    $"Ни для одного блока не рассчитано отношение ИИТ (H2) к " +
                        $"" + $"нейтральному значению ({r.Reporter.NameRu}, {r.Year})."
                ),
            ];
        string List(Language l) =>
            string.Join(
                ", ",
                ranked.Select(x =>
                    $"{(l == Language.Ru ? x.Bloc.Group.NameRu : x.Bloc.Group.NameEn)} ({x.Bloc.Group.Id}) "
                    + ReportNumbers.Format(x.Ratio, "0.00", l)
                )
            );
        return
        [
            new(
                $"**Strongest blocs for {r.Reporter.NameEn} in {r.Year} relative to their neutral values (TII H2 / neutral):** "
                    + $"{List(Language.En)}.",
                $"**Блоки с наибольшей интенсивностью торговли ({r.Reporter.NameRu}, {r.Year}) "
                    + $"относительно нейтрального значения (ИИТ "
                    + $"H2 / нейтральное):** {List(Language.Ru)}."
            ),
        ];
    }

    /// <summary>"CODE:key key;CODE:key" for the NaN cells of a row; empty when every value was computed.</summary>
    internal static string Reason(IEnumerable<(string Key, IndexValue Value)> cells) =>
        string.Join(
            ';',
            cells
                .Where(c => !c.Value.HasValue)
                .GroupBy(c => c.Value.Reason)
                .Select(g => $"{g.Key.Code()}:{string.Join(' ', g.Select(c => c.Key))}")
        );

    /// <summary>The reason cell: the machine code string (CSV/JSON, see <see cref="Reason"/>) and, for reports, the
    /// reason in words with the affected columns named by their headers.</summary>
    internal static CodeCell ReasonCell(IReadOnlyCollection<(string Key, IndexValue Value)> cells, IReadOnlyList<ReportColumn> columns)
    {
        var code = Reason(cells);
        var headers = columns.ToDictionary(c => c.Key, c => c.Header);
        string Words(Language language) =>
            string.Join(
                "; ",
                cells
                    .Where(c => !c.Value.HasValue)
                    .GroupBy(c => c.Value.Reason)
                    .Select(g =>
                        $"{ReasonText(g.Key).In(language)}: "
                        + $"{string.Join(", ", g.Select(c => headers.TryGetValue(c.Key, out var h) ? h.In(language) : c.Key))}"
                    )
            );
        return new CodeCell(code, new Bilingual(code, Words(Language.Ru)));
    }

    /// <summary>A NaN reason in words (the code itself is in CSV/JSON).</summary>
    internal static Bilingual ReasonText(IndexReason reason) =>
        reason switch
        {
            IndexReason.ZeroDenominator => Strings.ZeroDenominator,
            IndexReason.NoReporterData => Strings.NoExportDataOfTheEconomy,
            IndexReason.Missing => Strings.FlowMissingFromTheData,
            IndexReason.Self => Strings.EconomyPairedWithItself,
            IndexReason.DegenerateRow => Strings.AllTradeOfTheRestOfTheWorldIsWithTheGroup,
            IndexReason.NoExtraTrade => Strings.NoTradeOutsideTheGroup,
            IndexReason.NewFlow => Strings.ZeroBaseValue,
            IndexReason.NoPreviousYear => Strings.NoDataForThePreviousYear,
            IndexReason.EmptyGroup => Strings.NoMembersWithData,
            _ => Bilingual.Same(reason.Code()),
        };

    /// <summary>Whether an economy's exports are reported, mirrored or missing: stable codes <c>reported</c>, <c>mirror</c>,
    /// <c>missing</c> in CSV/JSON, words in Markdown/XLSX.</summary>
    internal static CodeCell SourceCell(FlowSource source) =>
        source switch
        {
            FlowSource.Reported => new("reported", Strings.Reported),
            FlowSource.Mirror => new("mirror", Strings.MirrorPartnersImports),
            _ => new("missing", Strings.Missing),
        };

    /// <summary>Source, year and conventions (shared by the indices, blocs and screening outputs).</summary>
    internal static IReadOnlyList<Bilingual> Preamble(ReporterIndices r)
    {
        var c = r.Conventions;
        var list = new List<Bilingual>
        {
            new(
                $"Data: {c.Provenance.Source.En} (`{c.Provenance.Location}`). Year {r.Year}. Reporter: {r.Reporter.NameEn} "
                    + $"({r.Reporter.Iso3}), exports: {SourceCell(r.ReporterSource).Label.En}.",
                $"Данные: {c.Provenance.Source.Ru} (`{c.Provenance.Location}`). Год: {r.Year}. Страна: "
                    + $"{r.Reporter.NameRu} "
                    + $"({r.Reporter.Iso3}), экспорт: {SourceCell(r.ReporterSource).Label.Ru}."
            ),
            new($"Conventions: {c.DescribeEn()}.", $"Соглашения: {c.DescribeRu()}."),
        };
        if (c.Provenance.Notes.Count > 0)
            list.Add(
                new(
                    $"Reading the data: {string.Join(" ", c.Provenance.Notes.Select(n => n.En))}",
                    $"Чтение данных: {string.Join(" ", c.Provenance.Notes.Select(n => n.Ru))}"
                )
            );
        var mirror = r.Partners.Count(p => p.PartnerSource == FlowSource.Mirror);
        var missing = r.Partners.Where(p => p.PartnerSource == FlowSource.Missing).Select(p => p.Partner.Iso3.Value).ToList();
        if (mirror > 0)
            list.Add(
                new(
                    $"{mirror} partners did not report; their exports are partners' reported imports (mirror, CIF), flagged in "
                        + $"`partner_source`.",
                    $"Стран-партнёров, не представивших данных: {mirror}; их экспорт "
                        + $"взят из импорта их партнёров (зеркальные данные, "
                        + $"СИФ), см. столбец «Данные об экспорте партнёра»."
                )
            );
        if (missing.Count > 0)
            list.Add(
                new(
                    $"{missing.Count} partners have no export data in {r.Year} (NO_REPORTER_DATA for indices that need their exports): "
                        + $"{string.Join(", ", missing)}.",
                    $"Стран-партнёров без данных об экспорте за {r.Year} г.: {missing.Count} "
                        + $"(индексы, для которых нужен их экспорт, — "
                        + $"NaN с причиной «нет данных об экспорте страны»): "
                        + $"{string.Join(", ", missing)}."
                )
            );
        return list;
    }

    private static IReadOnlyList<Bilingual> PartnerNotes(ReporterIndices r) =>
        [
            new(
                "esi = (X_RP/X_R)/(X_wP/X_w) (Mikic and Gilbert 2007); esi_kojima uses M_P/(M_w − M_R); esi_row the rest of the world; "
                    + "tii_one_dir = esi by definition (`docs/methods/trade-indices.md`).",
                "ИЭЗ = (X_RP/X_R)/(X_wP/X_w) (Микич–Гилберт); ИЭЗ (Кодзима) — с M_P/(M_w − M_R); ИЭЗ "
                    + "(остальной мир) — относительно "
                    + "остального мира; ИИТ односторонний по определению равен ИЭЗ "
                    + "(`docs/methods/trade-indices.md`)."
            ),
            new(
                "tii_sym = [(X_RP+X_PR)/(X_R+X_P)]/[(X_wR+X_wP)/X_w] (the reference study's formula); its neutral value under "
                    + "proportional trade is below 1 (tii_sym_neutral).",
                "ИИТ симметричный = [(X_RP+X_PR)/(X_R+X_P)]/[(X_wR+X_wP)/X_w] (формула исследования); "
                    + "его нейтральное значение при "
                    + "пропорциональной торговле меньше 1 (столбец «ИИТ симметричный, "
                    + "нейтральное значение»)."
            ),
            new(
                "sti_* = Iapadre's introversion index of the pair {reporter, partner}, turnover basis (exports + mirror imports) and "
                    + "exports-only basis; 0 is neutral, range [−1, 1].",
                "Симметричный индекс интроверсии торговли (Иападре) для пары "
                    + "{страна, партнёр}: по обороту (экспорт + зеркальный импорт) "
                    + "и только по экспорту; 0 — нейтральное значение, диапазон [−1, 1]."
            ),
        ];

    private static IReadOnlyList<Bilingual> BlocNotes(ReporterIndices r)
    {
        var notes = new List<Bilingual>
        {
            new(
                "Membership: annual blocs as of 1 July of the year (`docs/groups.md`); the sanctions list as of its latest date. H2 is "
                    + "the reference study's convention; H1 one-directional; H3 intra-bloc flows in the numerator; H4 the bloc as one "
                    + "customs territory.",
                "Состав: для блоков — на 1 июля года (`docs/groups.md`); санкционный список "
                    + "— на последнюю дату. H2 — соглашение "
                    + "исследования; H1 — односторонний; H3 — с внутриблоковыми "
                    + "потоками в числителе; H4 — блок как единая таможенная "
                    + "территория."
            ),
            new(
                "sti_turnover and sti_exports are for the enlarged group {reporter} ∪ bloc (Iapadre's standard); *_bloc_unit columns "
                    + "treat the bloc as one unit (intra-bloc trade removed everywhere).",
                "Индекс интроверсии (оборот и экспорт) рассчитан для расширенной "
                    + "группы {страна} ∪ блок (стандарт Иападре); в столбцах "
                    + "«блок как целое» блок рассматривается как единое целое "
                    + "(внутриблоковая торговля исключена везде)."
            ),
        };
        foreach (var b in r.Blocs.Where(b => b.Result.Members.ReporterRemoved))
            notes.Add(
                new(
                    $"{r.Reporter.Iso3} is a member of {b.Group.Id}: indices are computed against {b.Group.Id} without "
                        + $"{r.Reporter.Iso3} (`docs/methods/trade-indices.md`).",
                    $"{r.Reporter.Iso3} входит в {b.Group.Id}: индексы рассчитаны относительно "
                        + $"{b.Group.Id} без {r.Reporter.Iso3} "
                        + $"(`docs/methods/trade-indices.md`)."
                )
            );
        return notes;
    }
}
