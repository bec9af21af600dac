using TradeScope.Core;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// <c>--method tiva</c>: OECD TiVA indicators of each exporter (docs/methods/value-chains.md#tiva); without detail the
/// exvatools standard items of the oecd method (<see cref="OecdDecomposition"/>).
/// </summary>
public static class TivaDecomposition
{
    /// <summary>The registry entry.</summary>
    public static GvcMethod Method { get; } =
        new()
        {
            Name = "tiva",
            TermTypes = [typeof(OecdTerm), typeof(TivaShareTerm)],
            Title = Bilingual.Same("TiVA"),
            Summary = "TiVA indicators",
            DetailSummary = "the TiVA codes, EXGR_FVA/DEXFVAPSH by source, FEXDVAP(SH)/FFD_DVA by partner, and six codes by sector",
            Notes =
            [
                new(
                    "tiva: shares (…SH) in per cent of the exporter's gross exports EXGR, NaN when EXGR = 0; EXGR_FVA by source = "
                        + "DEXFVAP; "
                        + "FEXDVAP by partner p = the exporter's value added in p's exports; "
                        + "FFD_DVA by partner = its value added in p's final demand",
                    "tiva: доли (…SH) в процентах валового экспорта EXGR, NaN при EXGR = 0; EXGR_FVA "
                        + "по источнику = DEXFVAP; "
                        + "FEXDVAP по партнёру p — добавленная стоимость экспортёра в "
                        + "экспорте p; FFD_DVA — в конечном спросе p"
                ),
            ],
            Documentation = ["docs/methods/value-chains.md#tiva", "docs/methods/value-chains.md#term-names"],
            Rows = Rows,
        };

    /// <summary>The TiVA codes given by sector with <c>--detail</c>.</summary>
    private static readonly OecdTerm[] BySector =
    [
        OecdTerm.EXGR,
        OecdTerm.EXGR_DVA,
        OecdTerm.EXGR_DDC,
        OecdTerm.EXGR_IDC,
        OecdTerm.EXGR_RIM,
        OecdTerm.EXGR_FVA,
    ];

    private static IEnumerable<GvcRow> Rows(ValueAddedAccounts acc, int s, bool detail, SectorAggregation agg)
    {
        var names = acc.Partition.Names;
        var name = names[s];
        var o = ExportDecomposition.Oecd(acc, s);
        if (!detail)
        {
            foreach (var term in TermNames.StandardOecd)
                yield return new(name, "", "", "", "", Term.Of(term), o.Total(term));
            yield break;
        }
        var exgr = o.Total(OecdTerm.EXGR);
        foreach (var term in TermNames.Tiva)
            yield return new(name, "", "", "", "", Term.Of(term), o.Total(term));
        yield return new(name, "", "", "", "", Term.Of(TivaShareTerm.EXGR_FVASH), GvcAnalysis.Share(o.Total(OecdTerm.EXGR_FVA), exgr));
        yield return new(name, "", "", "", "", Term.Of(TivaShareTerm.EXGR_DVASH), GvcAnalysis.Share(o.Total(OecdTerm.EXGR_DVA), exgr));
        yield return new(name, "", "", "", "", Term.Of(TivaShareTerm.EXGR_DVAFX), o.Total(OecdTerm.FEXDVAP));
        yield return new(name, "", "", "", "", Term.Of(TivaShareTerm.EXGR_DVAFXSH), GvcAnalysis.Share(o.Total(OecdTerm.FEXDVAP), exgr));
        var p = ExportDecomposition.Participation(acc, s);
        var ffd = ExportDecomposition.ValueAddedInFinalDemand(acc, s);
        for (var t = 0; t < acc.E; t++)
        {
            if (t == s)
                continue;
            yield return new(name, "", "", names[t], "", Term.Of(OecdTerm.EXGR_FVA), p.Fva(t));
            yield return new(name, "", "", names[t], "", Term.Of(TivaShareTerm.DEXFVAPSH), GvcAnalysis.Share(p.Fva(t), exgr));
            yield return new(name, names[t], "", "", "", Term.Of(OecdTerm.FEXDVAP), p.Fp(t));
            yield return new(name, names[t], "", "", "", Term.Of(TivaShareTerm.FEXDVAPSH), GvcAnalysis.Share(p.Fp(t), exgr));
            yield return new(name, names[t], "", "", "", Term.Of(OecdTerm.FFD_DVA), ffd[t]);
        }
        foreach (var term in BySector)
            foreach (var (sector, value) in agg.Apply(o.BySector(term)))
                yield return new(name, "", sector, "", "", Term.Of(term), value);
    }
}
