using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Indices;

/// <summary>One index for every (row, column) pair: values row-major with a reason per NaN cell. Immutable after construction.</summary>
public sealed class IndexMatrix
{
    private readonly double[] _values;
    private readonly IndexReason[] _reasons;

    internal IndexMatrix(string key, int rows, int columns)
    {
        Key = key;
        Rows = rows;
        Columns = columns;
        _values = new double[rows * columns];
        _reasons = new IndexReason[rows * columns];
    }

    /// <summary>Machine name, e.g. <c>esi</c>, <c>tii_sym</c>, <c>sti_turnover</c>.</summary>
    public string Key { get; }
    public int Rows { get; }
    public int Columns { get; }

    /// <summary>The value (or NaN with reason) of row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public IndexValue this[int row, int column] => new(_values[row * Columns + column], _reasons[row * Columns + column]);

    /// <summary>Row-major values (NaN where not computed).</summary>
    public ReadOnlySpan<double> Values => _values;

    internal void Set(int row, int column, IndexValue value)
    {
        _values[row * Columns + column] = value.Value;
        _reasons[row * Columns + column] = value.Reason;
    }
}

/// <summary>
/// All pair indices as full exporter × partner matrices for one year (row s = reporter, column d = partner), computed with
/// <see cref="PairIndices.Compute"/>.
/// </summary>
public sealed class PairIndexMatrices
{
    private PairIndexMatrices(IndexConventions conventions, IReadOnlyList<CountryCode> economies)
    {
        Conventions = conventions;
        Economies = economies;
        var n = economies.Count;
        IndexMatrix M(string key) => new(key, n, n);
        ExportSharePct = M("export_share_pct");
        ImportSharePct = M("import_share_pct");
        Esi = M("esi");
        EsiKojima = M("esi_kojima");
        EsiRestOfWorld = M("esi_row");
        TiiSymmetric = M("tii_sym");
        TiiSymmetricNeutral = M("tii_sym_neutral");
        StiTurnover = M("sti_turnover");
        HitiTurnover = M("hiti_turnover");
        HetiTurnover = M("heti_turnover");
        StiExports = M("sti_exports");
        HitiExports = M("hiti_exports");
        HetiExports = M("heti_exports");
        DirectionalQ = M("q_directional");
    }

    public IndexConventions Conventions { get; }

    /// <summary>Row and column labels.</summary>
    public IReadOnlyList<CountryCode> Economies { get; }
    public IndexMatrix ExportSharePct { get; }
    public IndexMatrix ImportSharePct { get; }

    /// <summary>ESI (Mikic–Gilbert); also the one-directional TII.</summary>
    public IndexMatrix Esi { get; }
    public IndexMatrix EsiKojima { get; }
    public IndexMatrix EsiRestOfWorld { get; }
    public IndexMatrix TiiSymmetric { get; }
    public IndexMatrix TiiSymmetricNeutral { get; }
    public IndexMatrix StiTurnover { get; }
    public IndexMatrix HitiTurnover { get; }
    public IndexMatrix HetiTurnover { get; }
    public IndexMatrix StiExports { get; }
    public IndexMatrix HitiExports { get; }
    public IndexMatrix HetiExports { get; }
    public IndexMatrix DirectionalQ { get; }

    /// <summary>All matrices, in column order of the <c>indices</c> command.</summary>
    public IEnumerable<IndexMatrix> All =>
        [
            ExportSharePct,
            ImportSharePct,
            Esi,
            EsiKojima,
            EsiRestOfWorld,
            TiiSymmetric,
            TiiSymmetricNeutral,
            StiTurnover,
            HitiTurnover,
            HetiTurnover,
            StiExports,
            HitiExports,
            HetiExports,
            DirectionalQ,
        ];

    /// <summary>Computes every pair index for every exporter × partner of the matrix.</summary>
    public static PairIndexMatrices Compute(TradeMatrix matrix)
    {
        var result = new PairIndexMatrices(IndexConventions.Of(matrix), matrix.Economies);
        var n = matrix.Count;
        for (var s = 0; s < n; s++)
            for (var d = 0; d < n; d++)
            {
                var p = PairIndices.Compute(matrix, s, d);
                result.ExportSharePct.Set(s, d, p.ExportSharePct);
                result.ImportSharePct.Set(s, d, p.ImportSharePct);
                result.Esi.Set(s, d, p.Esi);
                result.EsiKojima.Set(s, d, p.EsiKojima);
                result.EsiRestOfWorld.Set(s, d, p.EsiRestOfWorld);
                result.TiiSymmetric.Set(s, d, p.TiiSymmetric);
                result.TiiSymmetricNeutral.Set(s, d, p.TiiSymmetricNeutral);
                result.StiTurnover.Set(s, d, p.StiTurnover.Sti);
                result.HitiTurnover.Set(s, d, p.StiTurnover.Hiti);
                result.HetiTurnover.Set(s, d, p.StiTurnover.Heti);
                result.StiExports.Set(s, d, p.StiExports.Sti);
                result.HitiExports.Set(s, d, p.StiExports.Hiti);
                result.HetiExports.Set(s, d, p.StiExports.Heti);
                result.DirectionalQ.Set(s, d, p.Directional.Sti);
            }
        return result;
    }
}
