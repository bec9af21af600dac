using TradeScope.Core;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// <c>--method oecd</c>: exvatools' standard view of its oecd method (DC, DVA, VAX, REF, DDC, FC, GVC items) per
/// exporter; with detail, the same items and the TiVA split of EXGR_DVA by sector
/// (docs/methods/value-chains.md#tiva, #oecd-standard).
/// </summary>
public static class OecdDecomposition
{
    /// <summary>The registry entry.</summary>
    public static GvcMethod Method { get; } =
        new()
        {
            Name = "oecd",
            TermTypes = [typeof(OecdTerm)],
            Title = Bilingual.Same("OECD, exvatools"),
            Summary = "exvatools standard OECD view",
            DetailSummary = "the standard items and EXGR_DDC, EXGR_IDC, EXGR_RIM, EXGR_FVA by sector",
            Notes =
            [
                new(
                    "oecd: DC = EXGR_DVA (domestic content, with double counting); DVA = EXGR_DDC + EXGR_IDC; DDC = DC − DVA = EXGR_RIM "
                        + "(domestic double counting, not TiVA's EXGR_DDC); VAX = Σ FFD_DVA; REF = DVA − VAX; FC = GVCB = EXGR_FVA; "
                        + "GVCF = FEXDVAP; GVC = GVCB + GVCF",
                    "oecd: DC = EXGR_DVA (отечественное содержание с двойным счётом); DVA = "
                        + "EXGR_DDC + EXGR_IDC; DDC = DC − DVA = EXGR_RIM "
                        + "(отечественный двойной счёт, не EXGR_DDC в TiVA); VAX = Σ FFD_DVA; REF = DVA − "
                        + "VAX; FC = GVCB = EXGR_FVA; "
                        + "GVCF = FEXDVAP; GVC = GVCB + GVCF"
                ),
            ],
            Documentation =
            [
                "docs/methods/value-chains.md#tiva",
                "docs/methods/value-chains.md#oecd-standard",
                "docs/methods/value-chains.md#term-names",
            ],
            Rows = Rows,
        };

    private static IEnumerable<GvcRow> Rows(ValueAddedAccounts acc, int s, bool detail, SectorAggregation agg)
    {
        var name = acc.Partition.Names[s];
        var o = ExportDecomposition.Oecd(acc, s);
        foreach (var term in TermNames.StandardOecd)
            yield return new(name, "", "", "", "", Term.Of(term), o.Total(term));
        if (!detail)
            yield break;
        foreach (var term in TermNames.StandardOecd.Concat(TermNames.TermsOecd.Skip(1)))
            foreach (var (sector, value) in agg.Apply(o.BySector(term)))
                yield return new(name, "", sector, "", "", Term.Of(term), value);
    }
}
