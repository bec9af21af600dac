using System.Collections.Frozen;

namespace TradeScope.ValueChains;

/// <summary>
/// The 16 terms of Wang, Wei and Zhu (2013) for bilateral exports E_sr, in the order of WWZ Table E1
/// (docs/methods/value-chains.md#wwz). Labels follow decompr; <see cref="TermNames.WwzExvatools"/> gives exvatools'
/// labels (docs/methods/value-chains.md#term-names). Map by label, never by position.
/// </summary>
public enum WwzTerm
{
    DVA_FIN,
    DVA_INT,
    DVA_INTrexI1,
    DVA_INTrexF,
    DVA_INTrexI2,
    RDV_FIN,
    RDV_FIN2,
    RDV_INT,
    DDC_FIN,
    DDC_INT,
    MVA_FIN,
    MVA_INT,
    MDC,
    OVA_FIN,
    OVA_INT,
    ODC,
}

/// <summary>The 9 terms of Koopman, Wang and Wei (2014), Figure 1 (docs/methods/value-chains.md#kww).</summary>
public enum KwwTerm
{
    DVA_FIN,
    DVA_INT,
    DVA_INTrex,
    RDV_FIN,
    RDV_INT,
    DDC,
    FVA_FIN,
    FVA_INT,
    FDC,
}

/// <summary>
/// exvatools' "standard" terms of its wwz and kww methods (docs/methods/value-chains.md#wwz): EXGR = DC + FC;
/// DC = DVA + DDC; DVA = VAX + REF; FC = FVA + FDC. <see cref="DDC"/> is domestic double counting, never TiVA's
/// EXGR_DDC (direct domestic content).
/// </summary>
public enum StandardTerm
{
    EXGR,
    DC,
    DVA,
    VAX,
    REF,
    DDC,
    FC,
    FVA,
    FDC,
}

/// <summary>
/// One exporter's OECD TiVA indicators and exvatools' "oecd" items, each a vector by sector
/// (docs/methods/value-chains.md#tiva and #oecd-standard): the TiVA output in exvatools' order, then the standard
/// items that are not TiVA codes. <see cref="DDC"/> is domestic double counting (= <see cref="EXGR_RIM"/>), not
/// <see cref="EXGR_DDC"/>, TiVA's direct domestic content.
/// </summary>
public enum OecdTerm
{
    EXGR,
    EXGR_FNL,
    EXGR_INT,
    IMGR,
    IMGR_FNL,
    IMGR_INT,
    DOM,
    DOM_FNL,
    DOM_INT,
    BALGR,
    EXGR_DVA,
    EXGR_DDC,
    EXGR_IDC,
    EXGR_RIM,
    REF,
    FD_VA,
    DXD_DVA,
    FFD_DVA,
    DFD_FVA,
    BALVAFD,
    EXGR_FVA,
    DEXFVAP,
    FEXDVAP,
    VA,
    PROD,
    DC,
    DVA,
    VAX,
    DDC,
    FC,
    GVC,
    GVCB,
    GVCF,
}

/// <summary>
/// TiVA indicators derived from <see cref="OecdTerm"/> totals (docs/methods/value-chains.md#tiva): shares of gross
/// exports in per cent and the forward-participation total.
/// </summary>
public enum TivaShareTerm
{
    /// <summary>100·EXGR_FVA / EXGR.</summary>
    EXGR_FVASH,

    /// <summary>100·EXGR_DVA / EXGR.</summary>
    EXGR_DVASH,

    /// <summary>Σ_p FEXDVAP_p: the exporter's value added in other economies' exports.</summary>
    EXGR_DVAFX,

    /// <summary>100·EXGR_DVAFX / EXGR.</summary>
    EXGR_DVAFXSH,

    /// <summary>100·DEXFVAP_t / EXGR, by source t.</summary>
    DEXFVAPSH,

    /// <summary>100·FEXDVAP_p / EXGR, by partner p.</summary>
    FEXDVAPSH,
}

/// <summary>Terms of backward and forward participation (docs/methods/value-chains.md#participation).</summary>
public enum ParticipationTerm
{
    /// <summary>Gross exports.</summary>
    EXGR,

    /// <summary>Foreign value added in exports, total or by source q (FVA_pq).</summary>
    FVA,

    /// <summary>BP_pq = FVA_pq / FVA_p.</summary>
    BP,

    /// <summary>FP_pq = v_p B_pq E_q*.</summary>
    FP,

    /// <summary>FP_pq / EXGR_p (= FEXDVAPSH/100).</summary>
    FP_SH_EXGR,

    /// <summary>Borin–Mancini GVC-related exports (source-based GVC = GVCB + GVCF = EXGR − DAVAX), world total.</summary>
    GVC_BM,

    /// <summary>Borin–Mancini backward GVC-related exports (GVCB = FC + DDC).</summary>
    GVCB_BM,

    /// <summary>Borin–Mancini forward GVC-related exports (GVCF = VAX3 + VAX4 + REF).</summary>
    GVCF_BM,
}

/// <summary>
/// A term of a decomposition's output, the <c>term</c> column of <c>tradescope gvc</c>. Every term comes from one of the
/// term enums (<see cref="WwzTerm"/>, <see cref="KwwTerm"/>, <see cref="StandardTerm"/>, <see cref="OecdTerm"/>,
/// <see cref="TivaShareTerm"/>, <see cref="ParticipationTerm"/>); its <see cref="Label"/> is the member's name, the
/// label of docs/methods/value-chains.md#term-names (renaming a member changes the output, and a test pins the labels
/// to that page).
/// </summary>
public readonly record struct Term
{
    private Term(Type set, string label)
    {
        Set = set;
        Label = label;
    }

    /// <summary>The term enum the term belongs to (e.g. <see cref="WwzTerm"/>).</summary>
    public Type Set { get; }

    /// <summary>The output label, e.g. <c>DVA_INTrexI1</c>.</summary>
    public string Label { get; }

    /// <summary>The term of an enum member.</summary>
    public static Term Of<T>(T term)
        where T : struct, Enum => TermsOf<T>.Lookup[term];

    /// <summary>Every term of an enum, in declaration order.</summary>
    public static IReadOnlyList<Term> All<T>()
        where T : struct, Enum => TermsOf<T>.Ordered;

    public override string ToString() => Label ?? "";

    /// <summary>One frozen lookup per enum, built once (output loops ask for a term per row).</summary>
    private static class TermsOf<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyList<Term> Ordered = Enum.GetValues<T>()
            .Select(v => new Term(typeof(T), Enum.GetName(v)!))
            .ToArray();
        public static readonly FrozenDictionary<T, Term> Lookup = Enum.GetValues<T>()
            .Zip(Ordered)
            .ToFrozenDictionary(p => p.First, p => p.Second);
    }
}

/// <summary>
/// Term labels of other tools (docs/methods/value-chains.md#term-names): every mapping is written term by term and
/// read by label, never by position (decompr and exvatools order their columns differently).
/// </summary>
public static class TermNames
{
    /// <summary>Number of WWZ terms.</summary>
    public const int WwzCount = 16;

    /// <summary>exvatools' <c>wwz</c> "terms" label of each WWZ term (MVA_FIN = FVA_FIN1, OVA_FIN = FVA_FIN2, …).</summary>
    public static readonly FrozenDictionary<WwzTerm, string> WwzExvatools = new Dictionary<WwzTerm, string>
    {
        [WwzTerm.DVA_FIN] = "DVA_FIN",
        [WwzTerm.DVA_INT] = "DVA_INT",
        [WwzTerm.DVA_INTrexI1] = "DVA_INTrex1",
        [WwzTerm.DVA_INTrexF] = "DVA_INTrex2",
        [WwzTerm.DVA_INTrexI2] = "DVA_INTrex3",
        [WwzTerm.RDV_FIN] = "RDV_FIN1",
        [WwzTerm.RDV_FIN2] = "RDV_FIN2",
        [WwzTerm.RDV_INT] = "RDV_INT",
        [WwzTerm.DDC_FIN] = "DDC_FIN",
        [WwzTerm.DDC_INT] = "DDC_INT",
        [WwzTerm.MVA_FIN] = "FVA_FIN1",
        [WwzTerm.MVA_INT] = "FVA_INT1",
        [WwzTerm.MDC] = "MDC",
        [WwzTerm.OVA_FIN] = "FVA_FIN2",
        [WwzTerm.OVA_INT] = "FVA_INT2",
        [WwzTerm.ODC] = "ODC",
    }.ToFrozenDictionary();

    /// <summary>exvatools' <c>kww</c> "terms" label of each KWW term.</summary>
    public static readonly FrozenDictionary<KwwTerm, string> KwwExvatools = new Dictionary<KwwTerm, string>
    {
        [KwwTerm.DVA_FIN] = "VAX1",
        [KwwTerm.DVA_INT] = "VAX2",
        [KwwTerm.DVA_INTrex] = "VAX3",
        [KwwTerm.RDV_FIN] = "REF1",
        [KwwTerm.RDV_INT] = "REF2",
        [KwwTerm.DDC] = "DDC",
        [KwwTerm.FVA_FIN] = "FVA1",
        [KwwTerm.FVA_INT] = "FVA2",
        [KwwTerm.FDC] = "FDC",
    }.ToFrozenDictionary();

    /// <summary>The WWZ term of an exvatools <c>wwz</c> label.</summary>
    /// <exception cref="KeyNotFoundException">Not an exvatools WWZ label.</exception>
    public static WwzTerm WwzFromExvatools(string label) => WwzExvatools.Single(p => p.Value == label).Key;

    /// <summary>The KWW term of an exvatools <c>kww</c> label.</summary>
    /// <exception cref="InvalidOperationException">Not an exvatools KWW label.</exception>
    public static KwwTerm KwwFromExvatools(string label) => KwwExvatools.Single(p => p.Value == label).Key;

    /// <summary>KWW term of each WWZ term for country totals (WWZ 2013 Table E2; decompr wwz2kww;
    /// docs/methods/value-chains.md#wwz-to-kww).</summary>
    public static KwwTerm KwwOf(WwzTerm t) =>
        t switch
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

    /// <summary>exvatools "standard" terms of the oecd method, in its order (docs/methods/value-chains.md#oecd-standard).</summary>
    public static readonly IReadOnlyList<OecdTerm> StandardOecd =
    [
        OecdTerm.EXGR,
        OecdTerm.DC,
        OecdTerm.DVA,
        OecdTerm.VAX,
        OecdTerm.REF,
        OecdTerm.DDC,
        OecdTerm.FC,
        OecdTerm.GVC,
        OecdTerm.GVCB,
        OecdTerm.GVCF,
    ];

    /// <summary>exvatools "terms" of the oecd method (TiVA split of EXGR_DVA).</summary>
    public static readonly IReadOnlyList<OecdTerm> TermsOecd =
    [
        OecdTerm.EXGR,
        OecdTerm.EXGR_DDC,
        OecdTerm.EXGR_IDC,
        OecdTerm.EXGR_RIM,
        OecdTerm.EXGR_FVA,
    ];

    /// <summary>exvatools "tiva" output of the oecd method, in its order.</summary>
    public static readonly IReadOnlyList<OecdTerm> Tiva =
    [
        OecdTerm.EXGR,
        OecdTerm.EXGR_FNL,
        OecdTerm.EXGR_INT,
        OecdTerm.IMGR,
        OecdTerm.IMGR_FNL,
        OecdTerm.IMGR_INT,
        OecdTerm.DOM,
        OecdTerm.DOM_FNL,
        OecdTerm.DOM_INT,
        OecdTerm.BALGR,
        OecdTerm.EXGR_DVA,
        OecdTerm.EXGR_DDC,
        OecdTerm.EXGR_IDC,
        OecdTerm.EXGR_RIM,
        OecdTerm.REF,
        OecdTerm.FD_VA,
        OecdTerm.DXD_DVA,
        OecdTerm.FFD_DVA,
        OecdTerm.DFD_FVA,
        OecdTerm.BALVAFD,
        OecdTerm.EXGR_FVA,
        OecdTerm.DEXFVAP,
        OecdTerm.FEXDVAP,
        OecdTerm.VA,
        OecdTerm.PROD,
    ];
}
