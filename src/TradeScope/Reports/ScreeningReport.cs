using TradeScope.Analyses;
using TradeScope.Indices;

namespace TradeScope.Reports;

/// <summary>
/// The FTA partner screening report (the reference study's four tables and a combined ranking) as a <see cref="ReportDocument"/>;
/// rendering to Markdown, XLSX or CSV is separate.
/// </summary>
public static class ScreeningReport
{
    /// <summary>Builds the report; partner and bloc names and yes/no cells are in <paramref name="language"/>, headers carry both languages.</summary>
    public static ReportDocument Build(ScreeningResult s, Language language)
    {
        var r = s.Indices;
        string Name(Model.CountryInfo c) => language == Language.Ru ? c.NameRu : c.NameEn;
        var partnerColumns = new[] { ReportColumn.Int("rank", "Rank", "Место"), ReportColumn.Txt("partner_iso3", "ISO3", "ISO3"), ReportColumn.Txt("partner", "Partner", "Партнёр") };
        object?[] PartnerCells(int rank, PartnerIndexRow p) => [(long)rank, p.Partner.Iso3.Value, Name(p.Partner)];
        List<PartnerIndexRow> Sorted(Func<PartnerIndexRow, IndexValue> key) => s.Partners.Select(x => x.Row)
            .OrderByDescending(p => key(p) is { HasValue: true } v ? v.Value : double.NegativeInfinity).ThenBy(p => p.Partner.Iso3).ToList();
        double Bn(double usd) => usd / 1e9;

        var esiRows = Sorted(p => p.Indices.Esi);
        var esi = new ReportTable("esi", new Text($"1. Export significance index (ESI) of {r.Reporter.NameEn} with its {s.Partners.Count} largest partners, {r.Year}",
                $"1. Индекс экспортной значимости (ИЭЗ): {r.Reporter.NameRu} и {s.Partners.Count} крупнейших партнёров, {r.Year}"),
            [.. partnerColumns,
                ReportColumn.Num("exports_usd_bn", "Exports, US$ bn", "Экспорт, млрд долл.", "0.00"),
                ReportColumn.Num("export_share_pct", "Share in exports, %", "Доля в экспорте, %", "0.00"),
                ReportColumn.Num("esi", "ESI", "ИЭЗ"),
                ReportColumn.Num("esi_kojima", "ESI (Kojima)", "ИЭЗ (Кодзима)"),
                ReportColumn.Num("esi_row", "ESI (rest of world)", "ИЭЗ (остальной мир)")],
            esiRows.Select((p, i) => (object?[])[.. PartnerCells(i + 1, p), Bn(p.Exports), p.Indices.ExportSharePct.Value, p.Indices.Esi.Value, p.Indices.EsiKojima.Value, p.Indices.EsiRestOfWorld.Value]).ToList())
        {
            Notes = [new("ESI = (X_RP/X_R)/(X_wP/X_w); neutral value 1 (spec §1, Mikic–Gilbert default).", "ИЭЗ = (X_RP/X_R)/(X_wP/X_w); нейтральное значение 1 (спец. §1, вариант Микича–Гилберта).")],
        }.Validated();

        var tiiRows = Sorted(p => p.Indices.TiiSymmetric);
        var tii = new ReportTable("tii", new Text($"2. Trade intensity index (TII, symmetric) of {r.Reporter.NameEn} with its {s.Partners.Count} largest partners, {r.Year}",
                $"2. Индекс интенсивности торговли (ИИТ, симметричный): {r.Reporter.NameRu} и {s.Partners.Count} крупнейших партнёров, {r.Year}"),
            [.. partnerColumns,
                ReportColumn.Num("turnover_usd_bn", "Turnover, US$ bn", "Оборот, млрд долл.", "0.00"),
                ReportColumn.Num("tii_sym", "TII symmetric", "ИИТ симметричный"),
                ReportColumn.Num("tii_sym_neutral", "Neutral value", "Нейтральное значение"),
                ReportColumn.Num("tii_sym_to_neutral", "TII / neutral", "ИИТ / нейтральное"),
                ReportColumn.Num("tii_one_dir", "TII one-directional", "ИИТ односторонний")],
            tiiRows.Select((p, i) => (object?[])[.. PartnerCells(i + 1, p), p.Imports.HasValue ? Bn(p.Exports + p.Imports.Value) : double.NaN,
                p.Indices.TiiSymmetric.Value, p.Indices.TiiSymmetricNeutral.Value, p.Indices.TiiSymmetricToNeutral.Value, p.Indices.TiiOneDirectional.Value]).ToList())
        {
            Notes = [new("TII = [(X_RP+X_PR)/(X_R+X_P)]/[(X_wR+X_wP)/X_w] (spec §2.1 b, the reference study's formula). Its neutral value under proportional trade is below 1 and depends on the sizes of the pair; read TII / neutral against 1.",
                "ИИТ = [(X_RP+X_PR)/(X_R+X_P)]/[(X_wR+X_wP)/X_w] (спец. §2.1 b, формула исследования). Нейтральное значение при пропорциональной торговле меньше 1 и зависит от размеров пары; отношение ИИТ / нейтральное сравнивается с 1.")],
        }.Validated();

        var blocs = new ReportTable("tii_blocs", new Text($"3. Trade intensity of {r.Reporter.NameEn} with blocs and the blocs' share in its exports, {r.Year}",
                $"3. Интенсивность торговли: {r.Reporter.NameRu} и интеграционные блоки, доля блоков в экспорте, {r.Year}"),
            [ReportColumn.Int("rank", "Rank", "Место"), ReportColumn.Txt("bloc", "Bloc", "Блок"), ReportColumn.Txt("bloc_name", "Name", "Название"),
                ReportColumn.Int("member_count", "Members", "Участников"),
                ReportColumn.Num("export_share_pct", "Share in exports, %", "Доля в экспорте, %", "0.00"),
                ReportColumn.Num("tii_h2", "TII (H2, reference study)", "ИИТ (H2, как в исследовании)"),
                ReportColumn.Num("tii_h2_neutral", "Neutral value", "Нейтральное значение"),
                ReportColumn.Num("tii_h1", "TII H1", "ИИТ H1"), ReportColumn.Num("tii_h3", "TII H3", "ИИТ H3"), ReportColumn.Num("tii_h4", "TII H4", "ИИТ H4"),
                ReportColumn.Txt("reporter_removed", "Reporter removed", "Страна исключена")],
            s.Blocs.Select((b, i) => (object?[])[(long)(i + 1), b.Group.Id.Value, language == Language.Ru ? b.Group.NameRu : b.Group.NameEn,
                (long)b.Result.Members.Members.Length, b.Result.ExportSharePct.Value, b.Result.TiiUnder(BlocConvention.H2).Value, b.Result.TiiH2Neutral.Value,
                b.Result.TiiUnder(BlocConvention.H1).Value, b.Result.TiiUnder(BlocConvention.H3).Value, b.Result.TiiUnder(BlocConvention.H4).Value,
                CodeCell.YesNo(b.Result.Members.ReporterRemoved)]).ToList())
        {
            Notes = [new("H2 (spec §2.1 c): symmetric formula with the bloc as one unit, intra-bloc flows out of the numerator but in the bloc's totals. H1 one-directional, H3 intra-bloc flows in the numerator, H4 bloc as one customs territory. Membership: 1 July of the year; the sanctions list as of its latest date. A reporter inside a bloc is compared with the bloc without it (spec §7.1).",
                "H2 (спец. §2.1 c): симметричная формула, блок как единое целое, внутриблоковые потоки исключены из числителя, но входят в итоги блока. H1 — односторонний, H3 — внутриблоковые потоки в числителе, H4 — блок как единая таможенная территория. Состав — на 1 июля года; санкционный список — на последнюю дату. Если страна входит в блок, она сравнивается с блоком без себя (спец. §7.1).")],
        }.Validated();

        var stiRows = Sorted(p => p.Indices.StiTurnover.Sti);
        var sti = new ReportTable("sti", new Text($"4. Symmetric trade introversion index (STI) of {r.Reporter.NameEn} with its {s.Partners.Count} largest partners, {r.Year}",
                $"4. Симметричный индекс интроверсии торговли: {r.Reporter.NameRu} и {s.Partners.Count} крупнейших партнёров, {r.Year}"),
            [.. partnerColumns,
                ReportColumn.Num("sti_turnover", "STI (turnover)", "Индекс интроверсии (оборот)"),
                ReportColumn.Num("hiti_turnover", "HITI (turnover)", "HITI (оборот)"),
                ReportColumn.Num("heti_turnover", "HETI (turnover)", "HETI (оборот)"),
                ReportColumn.Num("sti_exports", "STI (exports)", "Индекс интроверсии (экспорт)"),
                ReportColumn.Num("q_directional", "Directional preference Q", "Направленное предпочтение Q")],
            stiRows.Select((p, i) => (object?[])[.. PartnerCells(i + 1, p), p.Indices.StiTurnover.Sti.Value, p.Indices.StiTurnover.Hiti.Value,
                p.Indices.StiTurnover.Heti.Value, p.Indices.StiExports.Sti.Value, p.Indices.Directional.Sti.Value]).ToList())
        {
            Notes = [new("STI = (HITI − HETI)/(HITI + HETI) for the pair {reporter, partner} (Iapadre, spec §3); 0 is neutral, range [−1, 1]. Turnover basis: exports + mirror imports, world trade 2·X_w; exports basis: exports only, world trade X_w.",
                "STI = (HITI − HETI)/(HITI + HETI) для пары {страна, партнёр} (Иападре, спец. §3); 0 — нейтрально, диапазон [−1, 1]. По обороту: экспорт + зеркальный импорт, мировой оборот 2·X_w; по экспорту: только экспорт, мировой экспорт X_w.")],
        }.Validated();

        var combined = new ReportTable("ranking", new Text("5. Combined ranking: partners that clear the neutral benchmark on all indices",
                "5. Сводный рейтинг: партнёры, превышающие нейтральный уровень по всем индексам"),
            [.. partnerColumns,
                ReportColumn.Txt("clears_all", "Clears all benchmarks", "Выше нейтрального по всем"),
                ReportColumn.Int("benchmarks_cleared", "Benchmarks cleared (of 4)", "Превышено (из 4)"),
                ReportColumn.Num("esi", "ESI", "ИЭЗ"), ReportColumn.Num("tii_sym_to_neutral", "TII / neutral", "ИИТ / нейтральное"),
                ReportColumn.Num("sti_turnover", "STI (turnover)", "Индекс интроверсии (оборот)"), ReportColumn.Num("sti_exports", "STI (exports)", "Индекс интроверсии (экспорт)"),
                ReportColumn.Num("mean_rank", "Mean rank", "Средний ранг", "0.0")],
            s.Partners.Select((p, i) => (object?[])[.. PartnerCells(i + 1, p.Row), CodeCell.YesNo(p.ClearsAll), (long)p.ClearedCount,
                p.Row.Indices.Esi.Value, p.Row.Indices.TiiSymmetricToNeutral.Value, p.Row.Indices.StiTurnover.Sti.Value, p.Row.Indices.StiExports.Sti.Value, p.MeanRank]).ToList())
        {
            Notes = [new("Benchmarks: ESI > 1; TII symmetric > its neutral value; STI (turnover) > 0; STI (exports) > 0. Order: benchmarks cleared, then the mean of the four ranks among the screened partners. NaN (see the reason column of `tradescope indices`) never clears a benchmark.",
                "Пороги: ИЭЗ > 1; ИИТ симметричный > нейтрального значения; индекс интроверсии (оборот) > 0; индекс интроверсии (экспорт) > 0. Порядок: число превышенных порогов, затем средний из четырёх рангов среди отобранных партнёров. NaN (причина — в столбце «Причина NaN» команды `tradescope indices`) порог не превышает.")],
        }.Validated();

        var clearing = s.Partners.Where(p => p.ClearsAll).Select(p => p.Row.Partner.Iso3.Value).ToList();
        var blocks = new List<ReportBlock>();
        blocks.AddRange(IndicesTables.Preamble(r).Select(t => new ParagraphBlock(t)));
        blocks.Add(new ParagraphBlock(new(
            $"Partners screened: the {s.Partners.Count} largest partners of {r.Reporter.Iso3} by turnover (exports + mirror imports) in {r.Year} (`--top {s.Top}`). Indices are computed on merchandise trade, all goods, current US$.",
            $"Отобраны {s.Partners.Count} крупнейших партнёров {r.Reporter.Iso3} по обороту (экспорт + зеркальный импорт) в {r.Year} г. (`--top {s.Top}`). Индексы рассчитаны по товарной торговле, все товары, текущие долл. США.")));
        blocks.Add(new ParagraphBlock(new(
            clearing.Count == 0 ? "No screened partner clears the neutral benchmark on all four indices." : $"Partners clearing the neutral benchmark on all four indices ({clearing.Count}): {string.Join(", ", clearing)}.",
            clearing.Count == 0 ? "Ни один из отобранных партнёров не превышает нейтральный уровень по всем четырём индексам." : $"Партнёры выше нейтрального уровня по всем четырём индексам ({clearing.Count}): {string.Join(", ", clearing)}.")));
        blocks.AddRange(new[] { esi, tii, blocs, sti, combined }.Select(t => new TableBlock(t)));
        return new ReportDocument(new($"FTA partner screening: {r.Reporter.NameEn} ({r.Reporter.Iso3}), {r.Year}",
            $"Отбор партнёров для зоны свободной торговли: {r.Reporter.NameRu} ({r.Reporter.Iso3}), {r.Year}"), blocks);
    }
}
