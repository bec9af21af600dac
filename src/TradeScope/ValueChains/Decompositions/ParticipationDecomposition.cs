using TradeScope.Core;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// <c>--method participation</c>: backward and forward participation of each exporter by partner
/// (docs/methods/value-chains.md#participation): FVA and BP by source, FP and FP / EXGR by partner; with detail, by
/// exporting sector.
/// </summary>
public static class ParticipationDecomposition
{
    /// <summary>The registry entry.</summary>
    public static GvcMethod Method { get; } =
        new()
        {
            Name = "participation",
            Aliases = ["bp"],
            TermTypes = [typeof(ParticipationTerm)],
            Title = new("backward and forward participation", "обратное и прямое участие"),
            Summary = "BP/FP by partner",
            DetailSummary = "FVA and BP by source and FP by partner for each sector",
            Notes =
            [
                new(
                    "participation: FVA by source q = v_q B_qp E_p; BP = FVA_q / FVA (NaN without foreign content); FP by partner q = "
                        + "v_p B_pq E_q (exporter's value added in q's exports); FP_SH_EXGR = FP / EXGR of the exporter; "
                        + "GVC_BM, GVCB_BM, GVCF_BM: Borin and Mancini's (2019) source-based GVC-related exports (all partners; "
                        + "docs/methods/value-chains.md#bm-participation), not the oecd method's GVC items",
                    "participation: FVA по источнику q = v_q B_qp E_p; BP = FVA_q / FVA (NaN без иностранного "
                        + "содержания); FP по "
                        + "партнёру q = "
                        + "v_p B_pq E_q (добавленная стоимость экспортёра в экспорте q); "
                        + "FP_SH_EXGR = FP / EXGR экспортёра; "
                        + "GVC_BM, GVCB_BM, GVCF_BM: связанный с ГЦС экспорт по Борину и Манчини "
                        + "(2019), по источнику (все партнёры; "
                        + "docs/methods/value-chains.md#bm-participation), не показатели GVC метода oecd"
                ),
            ],
            Documentation =
            [
                "docs/methods/value-chains.md#participation",
                "docs/methods/value-chains.md#participation-edge-cases",
                "docs/methods/value-chains.md#bm-participation",
            ],
            Rows = Rows,
        };

    /// <summary>Borin and Mancini's participation items (source-based) and their labels here.</summary>
    private static readonly (ParticipationTerm Term, BmTerm Item)[] BmParticipation =
    [
        (ParticipationTerm.GVC_BM, BmTerm.GVC),
        (ParticipationTerm.GVCB_BM, BmTerm.GVCB),
        (ParticipationTerm.GVCF_BM, BmTerm.GVCF),
    ];

    private static IEnumerable<GvcRow> Rows(ValueAddedAccounts acc, int s, bool detail, SectorAggregation agg)
    {
        var names = acc.Partition.Names;
        var name = names[s];
        var p = ExportDecomposition.Participation(acc, s);
        var exports = p.Exports.Sum();
        var fvaTotal = Enumerable.Range(0, acc.E).Where(q => q != s).Sum(p.Fva);
        Term exgr = Term.Of(ParticipationTerm.EXGR),
            fvaTerm = Term.Of(ParticipationTerm.FVA),
            bp = Term.Of(ParticipationTerm.BP);
        Term fpTerm = Term.Of(ParticipationTerm.FP),
            fpShare = Term.Of(ParticipationTerm.FP_SH_EXGR);
        yield return new(name, "", "", "", "", exgr, exports);
        yield return new(name, "", "", "", "", fvaTerm, fvaTotal);
        var bm = BorinMancini.Source(acc, s);
        foreach (var (term, item) in BmParticipation)
            yield return new(name, "", "", "", "", Term.Of(term), bm[item]);
        for (var q = 0; q < acc.E; q++)
        {
            if (q == s)
                continue;
            yield return new(name, "", "", names[q], "", fvaTerm, p.Fva(q));
            yield return new(name, "", "", names[q], "", bp, GvcAnalysis.Ratio(p.Fva(q), fvaTotal));
            yield return new(name, names[q], "", "", "", fpTerm, p.Fp(q));
            yield return new(name, names[q], "", "", "", fpShare, GvcAnalysis.Ratio(p.Fp(q), exports));
        }
        if (!detail)
            yield break;
        foreach (var (term, item) in BmParticipation)
            foreach (var (sector, value) in agg.Apply(bm.BySector(item)))
                yield return new(name, "", sector, "", "", Term.Of(term), value);
        foreach (var (sector, members) in agg.Groups)
        {
            double fvaSector = 0;
            for (var q = 0; q < acc.E; q++)
                if (q != s)
                    foreach (var k in members)
                        fvaSector += p.ForeignValueAdded[q * p.SectorCount + k];
            for (var q = 0; q < acc.E; q++)
            {
                if (q == s)
                    continue;
                double fva = 0,
                    fp = 0;
                foreach (var k in members)
                {
                    fva += p.ForeignValueAdded[q * p.SectorCount + k];
                    fp += p.ValueAddedInPartnerExports[q * p.SectorCount + k];
                }
                yield return new(name, "", sector, names[q], "", fvaTerm, fva);
                yield return new(name, "", sector, names[q], "", bp, GvcAnalysis.Ratio(fva, fvaSector));
                yield return new(name, names[q], sector, "", "", fpTerm, fp);
            }
        }
    }
}
