namespace TradeScope.ValueChains.Decompositions;

/// <summary>exvatools' "standard" terms from WWZ terms (docs/methods/value-chains.md#wwz), shared by the wwz and kww methods.</summary>
public static class StandardTerms
{
    /// <summary>VAX = T1–T5, REF = T6–T8, DDC = T9–T10, FVA = T11+T12+T14+T15, FDC = T13+T16; DVA = VAX + REF,
    /// DC = DVA + DDC, FC = FVA + FDC, in <see cref="StandardTerm"/> order.</summary>
    public static IEnumerable<(StandardTerm Term, double Value)> FromWwz(WwzExporterTerms w)
    {
        double T(params WwzTerm[] ts) => ts.Sum(w.Total);
        var vax = T(WwzTerm.DVA_FIN, WwzTerm.DVA_INT, WwzTerm.DVA_INTrexI1, WwzTerm.DVA_INTrexF, WwzTerm.DVA_INTrexI2);
        var rdv = T(WwzTerm.RDV_FIN, WwzTerm.RDV_FIN2, WwzTerm.RDV_INT);
        var ddc = T(WwzTerm.DDC_FIN, WwzTerm.DDC_INT);
        var fva = T(WwzTerm.MVA_FIN, WwzTerm.MVA_INT, WwzTerm.OVA_FIN, WwzTerm.OVA_INT);
        var fdc = T(WwzTerm.MDC, WwzTerm.ODC);
        yield return (StandardTerm.EXGR, w.Exports.Sum());
        yield return (StandardTerm.DC, vax + rdv + ddc);
        yield return (StandardTerm.DVA, vax + rdv);
        yield return (StandardTerm.VAX, vax);
        yield return (StandardTerm.REF, rdv);
        yield return (StandardTerm.DDC, ddc);
        yield return (StandardTerm.FC, fva + fdc);
        yield return (StandardTerm.FVA, fva);
        yield return (StandardTerm.FDC, fdc);
    }

    /// <summary>The standard terms of one exporter as total rows.</summary>
    public static IEnumerable<GvcRow> Rows(WwzExporterTerms w, string exporter) =>
        FromWwz(w).Select(p => new GvcRow(exporter, "", "", "", "", Term.Of(p.Term), p.Value));
}
