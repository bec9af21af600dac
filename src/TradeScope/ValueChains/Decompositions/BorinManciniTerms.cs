namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// The items of the Borin and Mancini (2019, 2023) decompositions of an exporter's total gross exports
/// (docs/methods/value-chains.md#bm-source, #bm-sink, #bm-aggregates), named as exvatools 0.9.0 names them in its
/// <c>bm_src</c> and <c>bm_snk</c> output (<c>terms</c>: EXGR, VAX1 … FDC; <c>standard</c>: EXGR, DC, DVA, VAX, DAVAX or
/// VAXIM, REF, DDC, FC, FVA, FDC and, source-based only, GVC, GVCB, GVCF). <see cref="DDC"/> is domestic double
/// counting, never TiVA's EXGR_DDC (direct domestic content).
/// </summary>
public enum BmTerm
{
    /// <summary>Gross exports of the exporter to non-members, 1'e.</summary>
    EXGR,

    /// <summary>Domestic value added (DVA) in final-goods exports.</summary>
    VAX1,

    /// <summary>DVA in intermediates absorbed by the direct importer's final demand.</summary>
    VAX2,

    /// <summary>DVA in intermediates the importer re-exports as final goods to third countries.</summary>
    VAX3,

    /// <summary>DVA in intermediates the importer re-exports as intermediates, absorbed outside the exporter.</summary>
    VAX4,

    /// <summary>DVA returning home in the importer's final-goods exports to the exporter.</summary>
    REF1,

    /// <summary>DVA returning home through the importer's intermediate exports.</summary>
    REF2,

    /// <summary>Domestic double counting.</summary>
    DDC,

    /// <summary>Foreign value added (FVA) in final-goods exports.</summary>
    FVA1,

    /// <summary>FVA in intermediates absorbed by the importer.</summary>
    FVA2,

    /// <summary>FVA in intermediates the importer re-exports as final goods.</summary>
    FVA3,

    /// <summary>FVA in intermediates the importer re-exports as intermediates.</summary>
    FVA4,

    /// <summary>Foreign double counting.</summary>
    FDC,

    /// <summary>Domestic content, DVA + DDC (= EXGR_DVA).</summary>
    DC,

    /// <summary>Domestic value added, VAX + REF (= v_S L_SS e).</summary>
    DVA,

    /// <summary>Value-added exports, VAX1 + … + VAX4 (Johnson–Noguera).</summary>
    VAX,

    /// <summary>Directly absorbed value-added exports, VAX1 + VAX2 (source-based output).</summary>
    DAVAX,

    /// <summary>DVA absorbed by the direct importer by any route (sink-based output).</summary>
    VAXIM,

    /// <summary>Reflection, REF1 + REF2.</summary>
    REF,

    /// <summary>Foreign content, FVA + FDC (= EXGR_FVA).</summary>
    FC,

    /// <summary>Foreign value added, FVA1 + … + FVA4.</summary>
    FVA,

    /// <summary>GVC-related exports, GVCB + GVCF (source-based).</summary>
    GVC,

    /// <summary>Backward GVC-related exports, FC + DDC (source-based).</summary>
    GVCB,

    /// <summary>Forward GVC-related exports, VAX3 + VAX4 + REF (source-based).</summary>
    GVCF,
}

/// <summary>Where value added is counted when it crosses the exporter's border more than once.</summary>
public enum BmPerspective
{
    /// <summary>The first time it leaves the exporter (exvatools <c>bm_src</c>).</summary>
    Source,

    /// <summary>The last time it leaves the exporter (exvatools <c>bm_snk</c>).</summary>
    Sink,
}

/// <summary>How VAXIM treats a partner country whose industries are split in row blocks (CN1/CN2, MX1/MX2).</summary>
public enum VaximVariant
{
    /// <summary>Σ over the partner's rows of (w^D Q)_i F^x[i, c(i)]: the definition (default).</summary>
    SumOfProducts,

    /// <summary>exvatools 0.9.0: per partner country and industry, the product of the sums over the split parts. Equal to
    /// <see cref="SumOfProducts"/> on tables without split countries; larger by the cross terms otherwise.</summary>
    Exvatools,
}

/// <summary>
/// One exporter's Borin–Mancini decomposition (one perspective): the thirteen detailed items and their aggregates
/// (docs/methods/value-chains.md#bm-aggregates), in total and by exporting sector (each item is a sum over the
/// exporter's rows, so the exports of a sector carry their part of it; split parts and group members are summed by
/// sector). Immutable.
/// </summary>
public sealed class BmExporterTerms
{
    private static readonly int TermCount = Enum.GetValues<BmTerm>().Length;
    private readonly double[] _values;
    private readonly double[] _bySector;

    /// <param name="byRow">[term·rows + r]: the detailed items EXGR … FDC of each exporter row r.</param>
    /// <param name="sectorOfRow">Sector index of each exporter row.</param>
    /// <param name="vaxim">Sink-based VAXIM (sum of products) and exvatools' variant; NaN source-based.</param>
    internal BmExporterTerms(
        int exporter,
        string exporterName,
        BmPerspective perspective,
        double[] byRow,
        int[] sectorOfRow,
        int sectorCount,
        (double SumOfProducts, double Exvatools) vaxim
    )
    {
        Exporter = exporter;
        ExporterName = exporterName;
        Perspective = perspective;
        SectorCount = sectorCount;
        var rows = sectorOfRow.Length;
        var total = new double[TermCount];
        _bySector = new double[TermCount * sectorCount];
        for (var t = 0; t < (int)BmTerm.FDC + 1; t++)
            for (var r = 0; r < rows; r++)
            {
                total[t] += byRow[t * rows + r];
                _bySector[t * sectorCount + sectorOfRow[r]] += byRow[t * rows + r];
            }
        var sink = perspective == BmPerspective.Sink;
        total[(int)BmTerm.VAXIM] = sink ? vaxim.SumOfProducts : double.NaN;
        _values = Aggregate(perspective, total);
        for (var k = 0; k < sectorCount; k++)
        {
            var sector = new double[TermCount];
            for (var t = 0; t < TermCount; t++)
                sector[t] = _bySector[t * sectorCount + k];
            sector[(int)BmTerm.VAXIM] = double.NaN;
            var aggregated = Aggregate(perspective, sector);
            for (var t = 0; t < TermCount; t++)
                _bySector[t * sectorCount + k] = aggregated[t];
        }
        VaximExvatools = sink ? vaxim.Exvatools : double.NaN;
    }

    /// <summary>K sectors.</summary>
    public int SectorCount { get; }

    /// <summary>An item by exporting sector (K values; VAXIM is not split by sector: NaN).</summary>
    public ReadOnlySpan<double> BySector(BmTerm term) => _bySector.AsSpan((int)term * SectorCount, SectorCount);

    /// <summary>Index of the exporter in the partition.</summary>
    public int Exporter { get; }

    /// <summary>Name of the exporter (country, group label).</summary>
    public string ExporterName { get; }

    /// <summary>Source- or sink-based.</summary>
    public BmPerspective Perspective { get; }

    /// <summary>exvatools' VAXIM (product of split-part sums, <see cref="VaximVariant.Exvatools"/>); NaN source-based.</summary>
    public double VaximExvatools { get; }

    /// <summary>The value of an item; NaN for an item the perspective does not define (VAXIM source-based; DAVAX, GVC,
    /// GVCB and GVCF sink-based, as exvatools).</summary>
    public double this[BmTerm term] => _values[(int)term];

    /// <summary>VAXIM in the chosen variant (NaN source-based).</summary>
    public double Vaxim(VaximVariant variant) => variant == VaximVariant.Exvatools ? VaximExvatools : this[BmTerm.VAXIM];

    /// <summary>exvatools' <c>terms</c> output: EXGR and the twelve detailed items, in its order.</summary>
    public static IReadOnlyList<BmTerm> Detailed { get; } =
    [
        BmTerm.EXGR,
        BmTerm.VAX1,
        BmTerm.VAX2,
        BmTerm.VAX3,
        BmTerm.VAX4,
        BmTerm.REF1,
        BmTerm.REF2,
        BmTerm.DDC,
        BmTerm.FVA1,
        BmTerm.FVA2,
        BmTerm.FVA3,
        BmTerm.FVA4,
        BmTerm.FDC,
    ];

    /// <summary>exvatools' <c>standard</c> output of a perspective, in its order.</summary>
    public static IReadOnlyList<BmTerm> Standard(BmPerspective perspective) =>
        perspective == BmPerspective.Source ? StandardSource : StandardSink;

    private static readonly BmTerm[] StandardSource =
    [
        BmTerm.EXGR,
        BmTerm.DC,
        BmTerm.DVA,
        BmTerm.VAX,
        BmTerm.DAVAX,
        BmTerm.REF,
        BmTerm.DDC,
        BmTerm.FC,
        BmTerm.FVA,
        BmTerm.FDC,
        BmTerm.GVC,
        BmTerm.GVCB,
        BmTerm.GVCF,
    ];

    private static readonly BmTerm[] StandardSink =
    [
        BmTerm.EXGR,
        BmTerm.DC,
        BmTerm.DVA,
        BmTerm.VAX,
        BmTerm.VAXIM,
        BmTerm.REF,
        BmTerm.DDC,
        BmTerm.FC,
        BmTerm.FVA,
        BmTerm.FDC,
    ];

    /// <summary>DAVAX = VAX1 + VAX2; VAX = DAVAX + VAX3 + VAX4; REF = REF1 + REF2; DVA = VAX + REF; DC = DVA + DDC;
    /// FVA = FVA1 + … + FVA4; FC = FVA + FDC; GVCB = FC + DDC; GVCF = VAX3 + VAX4 + REF; GVC = GVCB + GVCF
    /// (Borin and Mancini 2019, Table 1; exvatools' standard output). <paramref name="detailed"/> holds the items
    /// EXGR … FDC and, at <see cref="BmTerm.VAXIM"/>, VAXIM.</summary>
    private static double[] Aggregate(BmPerspective perspective, double[] detailed)
    {
        var v = (double[])detailed.Clone();
        double T(BmTerm t) => v[(int)t];
        // VAXIM is given, not summed: it stays as it is (NaN source-based).
        var davax = T(BmTerm.VAX1) + T(BmTerm.VAX2);
        var vax = davax + T(BmTerm.VAX3) + T(BmTerm.VAX4);
        var reflection = T(BmTerm.REF1) + T(BmTerm.REF2);
        var fva = T(BmTerm.FVA1) + T(BmTerm.FVA2) + T(BmTerm.FVA3) + T(BmTerm.FVA4);
        var source = perspective == BmPerspective.Source;
        v[(int)BmTerm.VAX] = vax;
        v[(int)BmTerm.REF] = reflection;
        v[(int)BmTerm.DVA] = vax + reflection;
        v[(int)BmTerm.DC] = vax + reflection + T(BmTerm.DDC);
        v[(int)BmTerm.FVA] = fva;
        v[(int)BmTerm.FC] = fva + T(BmTerm.FDC);
        v[(int)BmTerm.DAVAX] = source ? davax : double.NaN;
        v[(int)BmTerm.GVCB] = source ? fva + T(BmTerm.FDC) + T(BmTerm.DDC) : double.NaN;
        v[(int)BmTerm.GVCF] = source ? T(BmTerm.VAX3) + T(BmTerm.VAX4) + reflection : double.NaN;
        v[(int)BmTerm.GVC] = source ? T(BmTerm.GVCB) + T(BmTerm.GVCF) : double.NaN;
        return v;
    }
}
