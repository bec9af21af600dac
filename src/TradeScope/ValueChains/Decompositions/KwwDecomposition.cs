using TradeScope.Core;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// <c>--method kww</c>: Koopman, Wang and Wei (2014), nine terms of a country's gross exports, computed as sums of WWZ
/// terms (docs/methods/value-chains.md#kww, #wwz-to-kww); without detail, exvatools' standard terms.
/// </summary>
public static class KwwDecomposition
{
    /// <summary>The registry entry.</summary>
    public static GvcMethod Method { get; } =
        new()
        {
            Name = "kww",
            TermTypes = [typeof(StandardTerm), typeof(KwwTerm)],
            Title = new("Koopman–Wang–Wei", "Купман — Ван — Вэй"),
            Summary = "Koopman-Wang-Wei 9 terms",
            DetailSummary = "EXGR and the 9 KWW terms per exporter",
            Notes =
            [
                new(
                    "kww: the nine terms of Koopman, Wang and Wei (2014) are country totals (not additive by sector), summed from WWZ "
                        + "terms "
                        + "(WWZ 2013 Table E2); 1+2+3 = VAX, 1–5 = DVA, 6 = domestic double counting, 7+8+9 = EXGR_FVA",
                    "kww: девять компонентов Купмана, Вана и Вэя (2014) — итоги по стране "
                        + "(не аддитивны по отраслям), суммы компонентов "
                        + "WWZ "
                        + "(WWZ 2013, табл. E2); 1+2+3 = VAX, 1–5 = DVA, 6 — отечественный двойной счёт, "
                        + "7+8+9 = EXGR_FVA"
                ),
            ],
            Documentation =
            [
                "docs/methods/value-chains.md#kww",
                "docs/methods/value-chains.md#wwz-to-kww",
                "docs/methods/value-chains.md#term-names",
            ],
            Rows = Rows,
        };

    private static IEnumerable<GvcRow> Rows(ValueAddedAccounts acc, int s, bool detail, SectorAggregation agg)
    {
        var name = acc.Partition.Names[s];
        var w = ExportDecomposition.Wwz(acc, s);
        if (!detail)
            return StandardTerms.Rows(w, name);
        var kww = new double[Enum.GetValues<KwwTerm>().Length];
        foreach (var t in Enum.GetValues<WwzTerm>())
            kww[(int)TermNames.KwwOf(t)] += w.Total(t);
        var rows = new List<GvcRow> { new(name, "", "", "", "", Term.Of(StandardTerm.EXGR), w.Exports.Sum()) };
        foreach (var t in Enum.GetValues<KwwTerm>())
            rows.Add(new(name, "", "", "", "", Term.Of(t), kww[(int)t]));
        return rows;
    }
}
