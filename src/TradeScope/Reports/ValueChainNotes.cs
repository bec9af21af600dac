using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Resources;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;

namespace TradeScope.Reports;

/// <summary>
/// Notes and warnings of the value-chain commands in English and Russian. The methods (ValueChains, Analyses) carry
/// data — dated groups, folded members, sources — and these functions put them into words.
/// </summary>
public static class ValueChainNotes
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The membership rule of a dated group: "EU27 = members of the EU on 2020-02-01 (EU27_2020 …), fixed for every year;
    /// source:
    /// …; members: …".</summary>
    public static Bilingual GroupDefinition(DatedGroup g)
    {
        var members = string.Join(" ", g.Members);
        var (en, ru) = g.Rule switch
        {
            GroupDateRule.FixedComposition when g.Label == "EU27" => (
                $"EU27 = members of the EU on {D(g.Date)} (EU27_2020: without GBR, with HRV)",
                $"ЕС-27 = члены ЕС на {D(g.Date)} (EU27_2020: без Великобритании, с Хорватией)"
            ),
            GroupDateRule.FixedComposition => (
                $"{g.Label} = members of the {g.Id} on {D(g.Date)} (fixed composition)",
                $"{g.Label} = члены {g.Id} на {D(g.Date)} (фиксированный состав)"
            ),
            GroupDateRule.GivenDate => ($"{g.Id} = members on {D(g.Date)}", $"{g.Id} = члены на {D(g.Date)}"),
            GroupDateRule.ReferenceDay => (
                $"{g.Id} = members on {D(g.Date)} (1 July of the data year; of the last year for a series)",
                $"{g.Id} = члены на {D(g.Date)} (1 июля года данных; для ряда — последнего " +
                    $"" + $"года)"
            ),
            GroupDateRule.LatestList => (
                $"{g.Id} = its list as of {D(g.Date)} (latest list)",
                $"{g.Id} = список на {D(g.Date)} (последний список)"
            ),
            _ => ($"{g.Id} = its latest composition (members on " +
                $"" + $"{D(g.Date)})", $"{g.Id} = последний состав (члены на {D(g.Date)})"),
        };
        return new(
            $"{en}, fixed for every year; source: {g.Source}; members: {members}",
            $"{ru}, один и тот же для всех лет; источник: {g.Source}; члены: {members}"
        );
    }

    /// <summary>Members of a group that a table folds into ROW (console warning and table note).</summary>
    public static Bilingual FoldedMembers(string label, IReadOnlyList<string> folded) =>
        new(
            $"members of {label} that are not separate countries of the table (inside ROW; their trade counts as external, their value "
                + $"added is not in BP/FP): {string.Join(" ", folded)}",
            $"члены {label}, не выделенные в таблице отдельно (входят в ROW — "
                + $"остальной мир; их торговля считается внешней, их "
                + $"добавленная стоимость не входит в BP/FP): {string.Join(" ", folded)}"
        );

    /// <summary>The linear-algebra provider line.</summary>
    public static Bilingual Provider(string provider) => Strings.Format(nameof(Strings.LinearAlgebraNote), provider);

    /// <summary>Notes of the regression panel (<c>rvc-regress</c>): definitions of BP, FP, Ex, GDPpc, the group and the tables.</summary>
    public static IReadOnlyList<Bilingual> RvcSeries(RvcSeriesResult s)
    {
        var years = s.Years;
        var notes = new List<Bilingual>
        {
            new(
                "BP = Σ_q Σ_{i,k∈J} [V̂BÊ]_{(q,i),(p,k)}: value added of sector J of the partners q in p's gross exports of J; FP = "
                    + "Σ_q Σ_{i,k∈J} [V̂BÊ]_{(p,i),(q,k)}: value added of J of p in the partners' gross exports of J; E = gross "
                    + "exports to "
                    + "all destinations; for an aggregate J both the origin and the exporting sectors range over J "
                    + "(`docs/methods/value-chains.md`); levels in the table's unit (WIOD: US$ million)",
                "BP = Σ_q Σ_{i,k∈J} [V̂BÊ]_{(q,i),(p,k)}: добавленная стоимость отрасли J "
                    + "партнёров q в валовом экспорте отрасли J "
                    + "страны p; FP = Σ_q Σ_{i,k∈J} [V̂BÊ]_{(p,i),(q,k)}: добавленная стоимость "
                    + "отрасли J страны p в валовом экспорте "
                    + "отрасли J партнёров; E — валовой экспорт во все страны; для "
                    + "агрегата J отрасли происхождения и экспорта пробегают "
                    + "весь J (`docs/methods/value-chains.md`); уровни в единицах таблицы (WIOD: млн "
                    + "долл. США)"
            ),
            s.Group.Dated is { } g
                ? Join(Strings.PartnerGroupG, GroupDefinition(g), Strings.PartnersAreSeparateMembersOfG)
                : new(
                    $"partner group G: partners listed: {string.Join(" ", s.Group.Members)}; partners q = these countries, without p "
                        + $"itself",
                    $"группа партнёров G: заданный список: {string.Join(" ", s.Group.Members)}; "
                        + $"партнёры q — эти страны, кроме самой "
                        + $"страны p"
                ),
            new(
                "Ex_mutual = gross exports (intermediate + final) of J from p to the partners q; Ex_external = to every other economy of "
                    + "the table, ROW (rest of the world) included; for a country outside G, 'mutual' means exports to G",
                "Ex_mutual — валовой экспорт (промежуточный и конечный) отрасли J из p "
                    + "партнёрам q; Ex_external — во все остальные "
                    + "экономики таблицы, включая ROW (остальной мир); для страны вне G "
                    + "«взаимный» экспорт — экспорт в G"
            ),
            new(
                $"GDPpc = GDP per capita of p, current US$, World Bank WDI NY.GDP.PCAP.CD ({s.GdpLocation})",
                $"ВВПд — ВВП на душу населения страны p, текущие долл. США, " +
                    $"" + $"Всемирный банк WDI NY.GDP.PCAP.CD ({s.GdpLocation})"
            ),
            new(
                $"one table per year ({s.TableSource}{(years.Count > 1 ? ", …" : "")}), {years.Count} years "
                    + $"{years.Min()}–{years.Max()}",
                $"одна таблица на год ({s.TableSource}{(years.Count > 1 ? ", …" : "")}), {years.Count} лет, "
                    + $"{years.Min()}–{years.Max()}"
            ),
            new(
                $"members of {s.Group.Label} that are separate countries of the tables ({s.MembersInTables.Count}): "
                    + $"{string.Join(" ", s.MembersInTables)}",
                $"члены {s.Group.Label}, выделенные в таблицах отдельно ({s.MembersInTables.Count}): "
                    + $"{string.Join(" ", s.MembersInTables)}"
            ),
        };
        notes.AddRange(RvcWarnings(s));
        return notes;
    }

    /// <summary>Console warnings of the regression panel (group members folded into ROW).</summary>
    public static IReadOnlyList<Bilingual> RvcWarnings(RvcSeriesResult s) =>
        s.FoldedMembers.Count == 0 ? [] : [FoldedMembers(s.Group.Label, s.FoldedMembers)];

    /// <summary>Console warnings of <c>gvc-series</c> (partner-group members folded into ROW).</summary>
    public static IReadOnlyList<Bilingual> ParticipationWarnings(ParticipationSeries s) =>
        s.Folded.Select(f => FoldedMembers(f.Group, f.Members)).ToList();

    /// <summary>Notes of <c>gvc-series</c>: the column definitions and the partner groups.</summary>
    public static IReadOnlyList<Bilingual> ParticipationSeries(ParticipationSeries s)
    {
        var notes = new List<Bilingual>
        {
            new(
                "bp_share = fva_level / (all foreign value added in the exporter's gross exports of the sector): the partner's share "
                    + "of the exporter's foreign content, BP_pq (`docs/methods/value-chains.md`); fva_level = value added of the partner "
                    + "(all its sectors) in the exporter's gross exports of the sector; fp_level = value added of the exporter (all its "
                    + "sectors) in the partner's gross exports of the sector, FP_pq; fp_share_of_exports = fp_level / the exporter's gross "
                    + "exports of all sectors (FEXDVAPSH/100); sector TOTAL = all sectors; levels in the table's unit (WIOD: US$ million); "
                    + "the same V̂·B·Ê block sums as rvc-regress, with origins over all sectors; gvc_bm, gvcb_bm, gvcf_bm = Borin and "
                    + "Mancini's (2019) source-based GVC-related exports of the exporter's sector (GVC = GVCB + GVCF), to all partners, "
                    + "so the same on every partner's row (docs/methods/value-chains.md#bm-participation)",
                "bp_share = fva_level / (вся иностранная добавленная стоимость в валовом "
                    + "экспорте отрасли экспортёра): доля партнёра в "
                    + "иностранном содержании экспорта, BP_pq (`docs/methods/value-chains.md`); fva_level "
                    + "— добавленная стоимость "
                    + "партнёра (все его отрасли) в валовом экспорте отрасли "
                    + "экспортёра; fp_level — добавленная стоимость экспортёра "
                    + "(все его отрасли) в валовом экспорте отрасли партнёра, FP_pq; "
                    + "fp_share_of_exports = fp_level / валовой экспорт "
                    + "экспортёра по всем отраслям (FEXDVAPSH/100); отрасль TOTAL — все "
                    + "отрасли; уровни в единицах таблицы (WIOD: млн "
                    + "долл. США); те же блочные суммы V̂·B·Ê, что и в rvc-regress, отрасли "
                    + "происхождения — все; gvc_bm, gvcb_bm, gvcf_bm "
                    + "— связанный с ГЦС экспорт отрасли экспортёра по Борину и "
                    + "Манчини (2019), по источнику (GVC = GVCB + GVCF), во все "
                    + "страны, поэтому одинаков в строках всех партнёров "
                    + "(docs/methods/value-chains.md#bm-participation)"
            ),
        };
        foreach (var g in s.Groups)
            notes.Add(GroupDefinition(g));
        notes.AddRange(s.Folded.Select(f => FoldedMembers(f.Group, f.Members)));
        notes.Add(Provider(s.Provider));
        return notes;
    }

    /// <summary>Notes of <c>gvc</c> (also printed as console warnings): table and system notes, the group exporter and its
    /// members.</summary>
    public static IReadOnlyList<Bilingual> Decomposition(GvcResult r)
    {
        var notes = r.Notes.Select(Bilingual.Same).ToList();
        if (r.Group is { } g && r.GroupMembers is { } m)
        {
            notes.Add(
                Join(
                    new(
                        $"group {g.Label} as one exporter (intra-group flows are not exports): ",
                        $"группа {g.Label} как один экспортёр (потоки внутри группы не " +
                            $"" + $"считаются экспортом): "
                    ),
                    GroupDefinition(g),
                    new($"; members in the table: " +
                        $"" + $"{string.Join(" ", m.Present)}", $"; члены в таблице: {string.Join(" ", m.Present)}")
                )
            );
            if (m.Folded.Count > 0)
                notes.Add(
                    new(
                        $"group {g.Label}: members not separate in this table (inside ROW or absent; their trade and value added are not "
                            + $"the group's): {string.Join(" ", m.Folded)}",
                        $"группа {g.Label}: члены, не выделенные в таблице (входят в ROW или "
                            + $"отсутствуют; их торговля и добавленная "
                            + $"стоимость не относятся к группе): {string.Join(" ", m.Folded)}"
                    )
                );
        }
        return notes;
    }

    /// <summary>The method's definitions and where they are documented (report notes).</summary>
    public static IEnumerable<Bilingual> Method(GvcMethod method)
    {
        var pages = string.Join(", ", method.Documentation);
        return method.Notes.Select(n => (Bilingual)n).Append(Strings.Format(nameof(Strings.DefinitionsNote), pages));
    }

    private static Bilingual Join(params Bilingual[] parts) =>
        new(string.Concat(parts.Select(p => p.En)), string.Concat(parts.Select(p => p.Ru)));
}
