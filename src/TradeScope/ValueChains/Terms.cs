namespace TradeScope.ValueChains;

/// <summary>
/// The 16 terms of Wang, Wei and Zhu (2013) for bilateral exports E_sr, in the order of WWZ eq. (19) / Table E1
/// (spec §6.3). Labels follow the spec and decompr; <see cref="TermNames.WwzExvatools"/> gives exvatools' labels
/// (spec §7.4). Map by label, never by position.
/// </summary>
public enum WwzTerm
{
    DVA_FIN, DVA_INT, DVA_INTrexI1, DVA_INTrexF, DVA_INTrexI2, RDV_FIN, RDV_FIN2, RDV_INT, DDC_FIN, DDC_INT,
    MVA_FIN, MVA_INT, MDC, OVA_FIN, OVA_INT, ODC,
}

/// <summary>The 9 terms of Koopman, Wang and Wei (2014), eq. 36 / Figure 1 (spec §6.2).</summary>
public enum KwwTerm { DVA_FIN, DVA_INT, DVA_INTrex, RDV_FIN, RDV_INT, DDC, FVA_FIN, FVA_INT, FDC }

/// <summary>Term labels across tools (spec §7.4).</summary>
public static class TermNames
{
    public const int WwzCount = 16;

    /// <summary>Spec / decompr labels of the WWZ terms, T1…T16.</summary>
    public static readonly IReadOnlyList<string> Wwz = Enum.GetNames<WwzTerm>();

    /// <summary>exvatools' <c>wwz</c> "terms" labels, in T1…T16 order (MVA_FIN = FVA_FIN1, OVA_FIN = FVA_FIN2, …).</summary>
    public static readonly IReadOnlyList<string> WwzExvatools =
    [
        "DVA_FIN", "DVA_INT", "DVA_INTrex1", "DVA_INTrex2", "DVA_INTrex3", "RDV_FIN1", "RDV_FIN2", "RDV_INT", "DDC_FIN", "DDC_INT",
        "FVA_FIN1", "FVA_INT1", "MDC", "FVA_FIN2", "FVA_INT2", "ODC",
    ];

    public static readonly IReadOnlyList<string> Kww = Enum.GetNames<KwwTerm>();

    /// <summary>exvatools' <c>kww</c> "terms" labels in KWW 1…9 order.</summary>
    public static readonly IReadOnlyList<string> KwwExvatools = ["VAX1", "VAX2", "VAX3", "REF1", "REF2", "DDC", "FVA1", "FVA2", "FDC"];

    /// <summary>KWW term of each WWZ term for country totals (WWZ 2013 Table E2; decompr wwz2kww).</summary>
    public static KwwTerm KwwOf(WwzTerm t) => t switch
    {
        WwzTerm.DVA_FIN => KwwTerm.DVA_FIN,
        WwzTerm.DVA_INT or WwzTerm.DVA_INTrexI1 => KwwTerm.DVA_INT,
        WwzTerm.DVA_INTrexF or WwzTerm.DVA_INTrexI2 => KwwTerm.DVA_INTrex,
        WwzTerm.RDV_FIN or WwzTerm.RDV_FIN2 => KwwTerm.RDV_FIN,
        WwzTerm.RDV_INT => KwwTerm.RDV_INT,
        WwzTerm.DDC_FIN or WwzTerm.DDC_INT => KwwTerm.DDC,
        WwzTerm.MVA_FIN or WwzTerm.OVA_FIN => KwwTerm.FVA_FIN,
        WwzTerm.MVA_INT or WwzTerm.OVA_INT => KwwTerm.FVA_INT,
        _ => KwwTerm.FDC,
    };

    /// <summary>
    /// exvatools "standard" terms of the wwz and kww methods: EXGR = DC + FC; DC = DVA + DDC; DVA = VAX + REF;
    /// FC = FVA + FDC. "DDC" is domestic double counting, never TiVA's EXGR_DDC (direct domestic content).
    /// </summary>
    public static readonly IReadOnlyList<string> StandardWwz = ["EXGR", "DC", "DVA", "VAX", "REF", "DDC", "FC", "FVA", "FDC"];

    /// <summary>exvatools "standard" terms of the oecd method.</summary>
    public static readonly IReadOnlyList<string> StandardOecd = ["EXGR", "DC", "DVA", "VAX", "REF", "DDC", "FC", "GVC", "GVCB", "GVCF"];

    /// <summary>exvatools "terms" of the oecd method (TiVA split of EXGR_DVA).</summary>
    public static readonly IReadOnlyList<string> TermsOecd = ["EXGR", "EXGR_DDC", "EXGR_IDC", "EXGR_RIM", "EXGR_FVA"];

    /// <summary>exvatools "tiva" output of the oecd method, in its order.</summary>
    public static readonly IReadOnlyList<string> Tiva =
    [
        "EXGR", "EXGR_FNL", "EXGR_INT", "IMGR", "IMGR_FNL", "IMGR_INT", "DOM", "DOM_FNL", "DOM_INT", "BALGR",
        "EXGR_DVA", "EXGR_DDC", "EXGR_IDC", "EXGR_RIM", "REF", "FD_VA", "DXD_DVA", "FFD_DVA", "DFD_FVA", "BALVAFD",
        "EXGR_FVA", "DEXFVAP", "FEXDVAP", "VA", "PROD",
    ];
}
