using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Indices;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>
/// The FTA partner screening report (the reference study's four tables and a combined ranking) as a <see cref="ReportDocument"/>:
/// the answer first (partners clearing every benchmark, the strongest bloc relative to its neutral value), then the tables,
/// then the data notes; rendering to Markdown, XLSX, CSV or JSON is separate.
/// </summary>
public static class ScreeningReport
{
    /// <summary>Builds the report; partner and bloc names and yes/no cells are in <paramref name="language"/>, headers carry both
    /// languages.</summary>
    public static ReportDocument Build(ScreeningResult s, Language language)
    {
        var r = s.Indices;
        string Name(Model.CountryInfo c) => language == Language.Ru ? c.NameRu : c.NameEn;
        var partnerColumns = new[]
        {
            ReportColumn.Int("rank", Strings.Rank),
            ReportColumn.Txt("partner_iso3", Strings.ISO3),
            ReportColumn.Txt("partner", Strings.Partner),
        };
        object?[] PartnerCells(int rank, PartnerIndexRow p) => [(long)rank, p.Partner.Iso3.Value, Name(p.Partner)];
        List<PartnerIndexRow> Sorted(Func<PartnerIndexRow, IndexValue> key) =>
            s
                .Partners.Select(x => x.Row)
                .OrderByDescending(p => key(p) is { HasValue: true } v ? v.Value : double.NegativeInfinity)
                .ThenBy(p => p.Partner.Iso3)
                .ToList();
        object? Cell(IndexValue v) => IndicesTables.Cell(v);
        double Bn(double usd) => usd / 1e9;
        var n = s.Partners.Count;
        var reporter = IndicesTables.ReporterName(r);

        var esiRows = Sorted(p => p.Indices.Esi);
        var esi = new ReportTable(
            "esi",
            Strings.Format(nameof(Strings.ScreeningEsiTitle), reporter, n, r.Year),
            [
                .. partnerColumns,
                ReportColumn.Num("exports_usd_bn", Strings.ExportsUsdBn, "0.00"),
                ReportColumn.Num("export_share_pct", Strings.ShareInExportsPct, "0.00"),
                ReportColumn.Num("esi", Strings.ESI),
                ReportColumn.Num("esi_kojima", Strings.ESIKojima),
                ReportColumn.Num("esi_row", Strings.ESIRestOfWorld),
            ],
            esiRows
                .Select(
                    (p, i) =>
                        (object?[])
                            [
                                .. PartnerCells(i + 1, p),
                                Bn(p.Exports),
                                Cell(p.Indices.ExportSharePct),
                                Cell(p.Indices.Esi),
                                Cell(p.Indices.EsiKojima),
                                Cell(p.Indices.EsiRestOfWorld),
                            ]
                )
                .ToList()
        )
        {
            Sheet = Strings.ESI,
            Charts = [PartnerBars(Strings.ESI, "esi", 1), PartnerMap(Strings.ESI, "esi", 1)],
            Notes =
            [
                new(
                    "ESI = (X_RP/X_R)/(X_wP/X_w); neutral value 1 (Mikic and Gilbert 2007; `docs/methods/trade-indices.md`).",
                    "ИЭЗ = (X_RP/X_R)/(X_wP/X_w); нейтральное значение 1 (Микич и Гилберт, 2007; " +
                        "" + "`docs/methods/trade-indices.md`)."
                ),
            ],
        }.Validated();

        var tiiRows = Sorted(p => p.Indices.TiiSymmetric);
        var tii = new ReportTable(
            "tii",
            Strings.Format(nameof(Strings.ScreeningTiiTitle), reporter, n, r.Year),
            [
                .. partnerColumns,
                ReportColumn.Num("turnover_usd_bn", Strings.TurnoverUsdBn, "0.00"),
                ReportColumn.Num("tii_sym", Strings.TIISymmetric),
                ReportColumn.Num("tii_sym_neutral", Strings.NeutralValue),
                ReportColumn.Num("tii_sym_to_neutral", Strings.TIINeutral),
                ReportColumn.Num("tii_one_dir", Strings.TIIOneDirectional),
            ],
            tiiRows
                .Select(
                    (p, i) =>
                        (object?[])
                            [
                                .. PartnerCells(i + 1, p),
                                Bn(ScreeningResult.KnownTurnover(p)),
                                Cell(p.Indices.TiiSymmetric),
                                Cell(p.Indices.TiiSymmetricNeutral),
                                Cell(p.Indices.TiiSymmetricToNeutral),
                                Cell(p.Indices.TiiOneDirectional),
                            ]
                )
                .ToList()
        )
        {
            Sheet = Strings.TII,
            Charts = [PartnerBars(Strings.TIINeutral, "tii_sym_to_neutral", 1)],
            Notes =
            [
                new(
                    "TII = [(X_RP+X_PR)/(X_R+X_P)]/[(X_wR+X_wP)/X_w] (the reference study's formula; "
                        + "`docs/methods/trade-indices.md`). Its neutral value under proportional trade is below 1 and depends on the "
                        + "sizes of "
                        + "the pair; read TII / neutral against 1.",
                    "ИИТ = [(X_RP+X_PR)/(X_R+X_P)]/[(X_wR+X_wP)/X_w] (формула исследования; "
                        + "`docs/methods/trade-indices.md`). Нейтральное "
                        + "значение при пропорциональной торговле меньше 1 и зависит "
                        + "от размеров пары; отношение ИИТ / нейтральное "
                        + "сравнивается с 1."
                ),
            ],
        }.Validated();

        var blocs = new ReportTable(
            "tii_blocs",
            Strings.Format(nameof(Strings.ScreeningBlocsTitle), reporter, r.Year),
            [
                ReportColumn.Int("rank", Strings.Rank),
                ReportColumn.Txt("bloc", Strings.Bloc),
                ReportColumn.Txt("bloc_name", Strings.Name),
                ReportColumn.Int("member_count", Strings.Members),
                ReportColumn.Num("export_share_pct", Strings.ShareInExportsPct, "0.00"),
                ReportColumn.Num("tii_h2_to_neutral", Strings.TIIH2Neutral, "0.00"),
                ReportColumn.Num("tii_h2", Strings.TIIH2AsInReferenceStudy),
                ReportColumn.Num("tii_h2_neutral", Strings.NeutralValue),
                ReportColumn.Num("tii_h1", Strings.TIIH1),
                ReportColumn.Num("tii_h3", Strings.TIIH3),
                ReportColumn.Num("tii_h4", Strings.TIIH4),
                ReportColumn.Txt("reporter_removed", Strings.ReporterRemoved),
            ],
            s.Blocs.Select(
                    (b, i) =>
                        (object?[])
                            [
                                (long)(i + 1),
                                b.Group.Id.Value,
                                language == Language.Ru ? b.Group.NameRu : b.Group.NameEn,
                                (long)b.Result.Members.Members.Length,
                                Cell(b.Result.ExportSharePct),
                                ScreeningResult.H2ToNeutral(b),
                                Cell(b.Result.TiiUnder(BlocConvention.H2)),
                                Cell(b.Result.TiiH2Neutral),
                                Cell(b.Result.TiiUnder(BlocConvention.H1)),
                                Cell(b.Result.TiiUnder(BlocConvention.H3)),
                                Cell(b.Result.TiiUnder(BlocConvention.H4)),
                                CodeCell.YesNo(b.Result.Members.ReporterRemoved),
                            ]
                )
                .ToList()
        )
        {
            Sheet = Strings.Blocs,
            Charts = [ChartHint.RankedIndex(ReportColumn.Num("tii_h2_to_neutral", Strings.TIIH2Neutral), "bloc_name", Strings.Bloc, 1)],
            Notes = [BlocNote, .. CoveredNotes(s)],
        }.Validated();

        var stiRows = Sorted(p => p.Indices.StiTurnover.Sti);
        var sti = new ReportTable(
            "sti",
            Strings.Format(nameof(Strings.ScreeningStiTitle), reporter, n, r.Year),
            [
                .. partnerColumns,
                ReportColumn.Num("sti_turnover", Strings.STITurnover),
                ReportColumn.Num("hiti_turnover", Strings.HITITurnover),
                ReportColumn.Num("heti_turnover", Strings.HETITurnover),
                ReportColumn.Num("sti_exports", Strings.STIExports),
                ReportColumn.Num("q_directional", Strings.DirectionalPreferenceQ),
            ],
            stiRows
                .Select(
                    (p, i) =>
                        (object?[])
                            [
                                .. PartnerCells(i + 1, p),
                                Cell(p.Indices.StiTurnover.Sti),
                                Cell(p.Indices.StiTurnover.Hiti),
                                Cell(p.Indices.StiTurnover.Heti),
                                Cell(p.Indices.StiExports.Sti),
                                Cell(p.Indices.Directional.Sti),
                            ]
                )
                .ToList()
        )
        {
            Sheet = Strings.STI,
            Charts = [PartnerBars(Strings.STITurnover, "sti_turnover", 0)],
            Notes =
            [
                new(
                    "STI = (HITI − HETI)/(HITI + HETI) for the pair {reporter, partner} (Iapadre 2004; "
                        + "`docs/methods/trade-indices.md`); 0 is neutral, range [−1, 1]. Turnover basis: exports + mirror imports, "
                        + "world trade "
                        + "2·X_w; exports basis: exports only, world trade X_w.",
                    "STI = (HITI − HETI)/(HITI + HETI) для пары {страна, партнёр} (Иападре, 2004; "
                        + "`docs/methods/trade-indices.md`); 0 — "
                        + "нейтрально, диапазон [−1, 1]. По обороту: экспорт + зеркальный "
                        + "импорт, мировой оборот 2·X_w; по экспорту: "
                        + "только "
                        + "экспорт, мировой экспорт X_w."
                ),
            ],
        }.Validated();

        var combined = new ReportTable(
            "ranking",
            Strings.ScreeningRankingTitle,
            [
                .. partnerColumns,
                ReportColumn.Txt("clears_all", Strings.ClearsAllBenchmarks),
                ReportColumn.Int("benchmarks_cleared", Strings.BenchmarksClearedOf4),
                ReportColumn.Num("esi", Strings.ESI),
                ReportColumn.Num("tii_sym_to_neutral", Strings.TIINeutral),
                ReportColumn.Num("sti_turnover", Strings.STITurnover),
                ReportColumn.Num("sti_exports", Strings.STIExports),
                ReportColumn.Num("mean_rank", Strings.MeanRank, "0.0"),
            ],
            s.Partners.Select(
                    (p, i) =>
                        (object?[])
                            [
                                .. PartnerCells(i + 1, p.Row),
                                CodeCell.YesNo(p.ClearsAll),
                                (long)p.ClearedCount,
                                Cell(p.Row.Indices.Esi),
                                Cell(p.Row.Indices.TiiSymmetricToNeutral),
                                Cell(p.Row.Indices.StiTurnover.Sti),
                                Cell(p.Row.Indices.StiExports.Sti),
                                p.MeanRank,
                            ]
                )
                .ToList()
        )
        {
            Sheet = Strings.Ranking,
            Charts = [TiiStiScatter],
            Notes =
            [
                new(
                    "Benchmarks: ESI > 1; TII symmetric > its neutral value; STI (turnover) > 0; STI (exports) > 0. Order: benchmarks "
                        + "cleared, then the mean of the four ranks among the screened partners. NaN (see the reason column of `tradescope "
                        + "indices`) never clears a benchmark.",
                    "Пороги: ИЭЗ > 1; ИИТ симметричный > нейтрального значения; индекс "
                        + "интроверсии (оборот) > 0; индекс интроверсии "
                        + "(экспорт) > 0. Порядок: число превышенных порогов, затем "
                        + "средний из четырёх рангов среди отобранных партнёров. "
                        + "NaN (причина — в столбце «Причина NaN» команды `tradescope indices`) "
                        + "порог не превышает."
                ),
            ],
        }.Validated();

        var notScreened = new ReportTable(
            "not_screened",
            Strings.N6NotScreenedNoData,
            [
                ReportColumn.Txt("partner_iso3", Strings.ISO3),
                ReportColumn.Txt("partner", Strings.Partner),
                ReportColumn.Num("exports_usd_bn", Strings.ExportsUsdBn, "0.00"),
                ReportColumn.Txt("reason", Strings.Reason),
            ],
            s.NotScreened.Select(u =>
                    (object?[])
                        [
                            u.Row.Partner.Iso3.Value,
                            Name(u.Row.Partner),
                            Bn(u.Row.Exports),
                            new CodeCell(u.Reason.Code(), NoDataReason(u.Reason)),
                        ]
                )
                .ToList()
        )
        {
            Sheet = Strings.NotScreened,
            Notes =
            [
                new(
                    "Partners whose known trade with the reporter would place them among the largest, but whose own exports "
                        + "(reported or mirror) are missing: their indices cannot be computed, so they are neither screened nor ranked; "
                        + "the next "
                        + "largest partners with data take their places.",
                    "Партнёры, которые по известной торговле со страной вошли бы в "
                        + "число крупнейших, но по которым нет данных об их "
                        + "экспорте (ни отчётных, ни зеркальных): их индексы не "
                        + "рассчитываются, поэтому они не отбираются и не "
                        + "ранжируются; "
                        + "их места занимают следующие по величине партнёры с данными."
                ),
            ],
        }.Validated();

        var blocks = new List<ReportBlock>();
        blocks.AddRange(Summary(s, language).Select(t => new ParagraphBlock(t)));
        blocks.AddRange(new[] { esi, tii, blocs, sti, combined }.Select(t => new TableBlock(t)));
        if (s.NotScreened.Count > 0)
            blocks.Add(new TableBlock(notScreened));
        blocks.Add(new HeadingBlock(IndicesTables.DataNotesHeading));
        blocks.Add(
            new ParagraphBlock(
                new(
                    $"Partners screened: the {n} largest partners of {r.Reporter.Iso3} with data by turnover (exports + mirror imports) in "
                        + $"{r.Year} (`--top {s.Top}`). Indices are computed on merchandise trade, all goods, current US$.",
                    $"Отобраны {n} крупнейших партнёров {r.Reporter.Iso3} с данными по "
                        + $"обороту (экспорт + зеркальный импорт) в {r.Year} г. "
                        + $"(`--top {s.Top}`). Индексы рассчитаны по товарной торговле, все "
                        + $"товары, текущие долл. США."
                )
            )
        );
        blocks.AddRange(IndicesTables.Preamble(r).Select(t => new ParagraphBlock(t)));
        return new ReportDocument(
            Strings.Format(nameof(Strings.ScreeningTitle), IndicesTables.ReporterName(r), r.Reporter.Iso3, r.Year),
            blocks
        );
    }

    /// <summary>The answer in words: the partners that clear every benchmark (names and codes), the strongest bloc relative to
    /// its neutral value, and the large partners left out for lack of data.</summary>
    public static IReadOnlyList<Bilingual> Summary(ScreeningResult s, Language language)
    {
        var r = s.Indices;
        var clearing = s.Partners.Where(p => p.ClearsAll).Select(p => p.Row.Partner).ToList();
        string Names(IEnumerable<Model.CountryInfo> list, Language l) =>
            string.Join(", ", list.Select(c => $"{(l == Language.Ru ? c.NameRu : c.NameEn)} ({c.Iso3})"));
        var lines = new List<Bilingual>
        {
            clearing.Count == 0
                ? new(
                    $"No partner among the {s.Partners.Count} largest partners of {r.Reporter.NameEn} with data in {r.Year} clears "
                        + $"the neutral benchmark on all four indices (ESI, TII / neutral, STI on turnover and on exports).",
                    $"Ни один из {s.Partners.Count} крупнейших партнёров ({r.Reporter.NameRu}, {r.Year} г.) "
                        + $"с данными не превышает "
                        + $"нейтральный уровень по всем четырём индексам (ИЭЗ, ИИТ / "
                        + $"нейтральное, индекс интроверсии по обороту и по "
                        + $"экспорту)."
                )
                : new(
                    $"**Partners clearing the neutral benchmark on all four indices** (ESI, TII / neutral, STI on turnover and on "
                        + $"exports) among the {s.Partners.Count} largest partners of {r.Reporter.NameEn} with data in {r.Year} "
                        + $"({clearing.Count}): {Names(clearing, Language.En)}.",
                    $"**Партнёры выше нейтрального уровня по всем четырём индексам** "
                        + $"(ИЭЗ, ИИТ / нейтральное, индекс интроверсии по "
                        + $"обороту и по экспорту) среди {s.Partners.Count} крупнейших "
                        + $"партнёров ({r.Reporter.NameRu}, {r.Year} г.) с "
                        + $"данными ({clearing.Count}): {Names(clearing, Language.Ru)}."
                ),
        };
        var strongest = s.Blocs.FirstOrDefault(b => !double.IsNaN(ScreeningResult.H2ToNeutral(b)));
        if (strongest is not null)
        {
            var ratio = ScreeningResult.H2ToNeutral(strongest);
            lines.Add(
                new(
                    $"**Strongest bloc relative to its neutral value:** {strongest.Group.NameEn} ({strongest.Group.Id}), TII "
                        + $"(H2) {ReportNumbers.Format(ratio, "0.00", Language.En)} times its neutral value.",
                    $"**Блок с наибольшей интенсивностью относительно нейтрального "
                        + $"значения:** {strongest.Group.NameRu} "
                        + $"({strongest.Group.Id}), ИИТ (H2) в {ReportNumbers.Format(ratio, "0.00", Language.Ru)} раза выше "
                        + $"нейтрального "
                        + $"значения."
                )
            );
        }
        if (s.NotScreened.Count > 0)
        {
            var left = s.NotScreened.Select(u => u.Row.Partner).ToList();
            lines.Add(
                new(
                    $"Not screened for lack of data ({left.Count}; table 6): {Names(left, Language.En)}.",
                    $"Не отобраны из-за отсутствия данных ({left.Count}; таблица 6): " +
                        $"" + $"{Names(left, Language.Ru)}."
                )
            );
        }
        return lines;
    }

    /// <summary>Ranked bars of a partner-level index against its neutral value.</summary>
    private static ChartHint PartnerBars(Bilingual header, string key, double neutral) =>
        ChartHint.RankedIndex(ReportColumn.Num(key, header), "partner", Strings.Partner, neutral);

    /// <summary>A world map of a partner-level index, coloured above and below its neutral value.</summary>
    private static ChartHint PartnerMap(Bilingual header, string key, double neutral) =>
        ChartHint.WorldMap(ReportColumn.Num(key, header), "partner_iso3", "partner", neutral);

    /// <summary>The ranking's partners by symmetric TII relative to its neutral value (x, neutral 1) and STI on turnover
    /// (y, neutral 0): the upper right quadrant clears both benchmarks.</summary>
    private static readonly ChartHint TiiStiScatter = new(
        ChartKind.Scatter,
        Strings.Format(nameof(Strings.HtmlChartScatter), Strings.STITurnover, Strings.TIINeutral)
    )
    {
        Label = ["partner"],
        X = "tii_sym_to_neutral",
        Y = "sti_turnover",
        NeutralX = 1,
        NeutralY = 0,
        XTitle = ChartHint.IndexAxis(ReportColumn.Num("tii_sym_to_neutral", Strings.TIINeutral), 1),
        YTitle = ChartHint.IndexAxis(ReportColumn.Num("sti_turnover", Strings.STITurnover), 0),
    };

    private static readonly Bilingual BlocNote = new(
        "Ordered by TII (H2) / neutral: H2 is the reference study's convention (symmetric formula with the bloc as one unit, "
            + "intra-bloc flows out of the numerator but in the bloc's totals), and each bloc's neutral value differs, so the ratio, "
            + "read against 1, compares blocs. H1 one-directional, H3 intra-bloc flows in the numerator, H4 bloc as one customs "
            + "territory. Membership: 1 July of the year; the sanctions list as of its latest date. A reporter inside a bloc is compared "
            + "with the bloc without it (`docs/methods/trade-indices.md`).",
        "Порядок — по отношению ИИТ (H2) / нейтральное: H2 — соглашение "
            + "исследования (симметричная формула, блок как единое целое, "
            + "внутриблоковые потоки исключены из числителя, но входят в итоги "
            + "блока), а нейтральные значения блоков различны, поэтому "
            + "блоки сравниваются по отношению к 1. H1 — односторонний, H3 — "
            + "внутриблоковые потоки в числителе, H4 — блок как единая "
            + "таможенная территория. Состав — на 1 июля года; санкционный список "
            + "— на последнюю дату. Если страна входит в блок, она "
            + "сравнивается с блоком без себя (`docs/methods/trade-indices.md`)."
    );

    /// <summary>One note per bloc left out because a succession chain with the same members covers it in the year.</summary>
    private static IEnumerable<Bilingual> CoveredNotes(ScreeningResult s) =>
        s.CoveredBlocs.Select(c => new Bilingual(
            $"{c.Bloc.Group.Id} is not shown: in {s.Indices.Year} it has the same members as the succession chain {c.Chain.Group.Id} "
                + $"({c.Chain.Group.NameEn}), which covers it (see `tradescope blocs` for each bloc separately).",
            $"{c.Bloc.Group.Id} не показан: в {s.Indices.Year} г. его состав совпадает с цепочкой "
                + $"правопреемства {c.Chain.Group.Id} "
                + $"({c.Chain.Group.NameRu}), которая его включает (каждый блок отдельно — в "
                + $"`tradescope blocs`)."
        ));

    private static Bilingual NoDataReason(IndexReason reason) =>
        reason == IndexReason.NoReporterData ? Strings.NoExportDataOfPartner : Strings.AFlowOfThePairIsMissingTurnoverUnknown;
}
