using TradeScope.Core;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// <c>--method wwz</c>: Wang, Wei and Zhu (2013), sixteen terms of bilateral exports by exporting sector and importer
/// (docs/methods/value-chains.md#wwz); per exporter, exvatools' standard terms.
/// </summary>
public static class WwzDecomposition
{
    /// <summary>The registry entry.</summary>
    public static GvcMethod Method { get; } =
        new()
        {
            Name = "wwz",
            TermTypes = [typeof(StandardTerm), typeof(WwzTerm)],
            Title = new("Wang–Wei–Zhu", "Ван — Вэй — Чжу"),
            Summary = "Wang-Wei-Zhu 16 terms by exporter x sector x importer",
            DetailSummary = "EXGR and the 16 WWZ terms by importer and sector",
            Notes =
            [
                new(
                    "wwz: the sixteen terms of Wang, Wei and Zhu (2013, Table E1) add up to bilateral exports EXGR; labels as decompr "
                        + "(exvatools: MVA_FIN = FVA_FIN1, OVA_FIN = FVA_FIN2, …); standard terms: VAX = T1–T5, REF = T6–T8, DDC = "
                        + "T9–T10, "
                        + "FVA = T11+T12+T14+T15, FDC = T13+T16",
                    "wwz: шестнадцать компонентов Вана, Вэя и Чжу (2013, табл. E1) в сумме "
                        + "дают двусторонний экспорт EXGR; обозначения "
                        + "decompr "
                        + "(exvatools: MVA_FIN = FVA_FIN1, OVA_FIN = FVA_FIN2, …); стандартные компоненты: VAX = "
                        + "T1–T5, REF = T6–T8, DDC "
                        + "= T9–T10, "
                        + "FVA = T11+T12+T14+T15, FDC = T13+T16"
                ),
            ],
            Documentation = ["docs/methods/value-chains.md#wwz", "docs/methods/value-chains.md#term-names"],
            Rows = Rows,
        };

    private static IEnumerable<GvcRow> Rows(ValueAddedAccounts acc, int s, bool detail, SectorAggregation agg)
    {
        var names = acc.Partition.Names;
        var name = names[s];
        var w = ExportDecomposition.Wwz(acc, s);
        foreach (var row in StandardTerms.Rows(w, name))
            yield return row;
        if (!detail)
            yield break;
        var exports = Term.Of(StandardTerm.EXGR);
        for (var r = 0; r < acc.E; r++)
        {
            if (r == s)
                continue;
            var ex = new double[w.SectorCount];
            for (var k = 0; k < w.SectorCount; k++)
                ex[k] = w.ExportsTo(r, k);
            foreach (var (sector, value) in agg.Apply(ex))
                yield return new(name, names[r], sector, "", "", exports, value);
            foreach (var t in Enum.GetValues<WwzTerm>())
            {
                var v = new double[w.SectorCount];
                for (var k = 0; k < w.SectorCount; k++)
                    v[k] = w[r, t, k];
                foreach (var (sector, value) in agg.Apply(v))
                    yield return new(name, names[r], sector, "", "", Term.Of(t), value);
            }
        }
    }
}
