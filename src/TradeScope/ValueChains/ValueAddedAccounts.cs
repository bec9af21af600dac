using System.Numerics;
using TradeScope.LinearAlgebra;
using TradeScope.Model;

namespace TradeScope.ValueChains;

/// <summary>
/// The products of the Leontief system that every export decomposition reuses, computed once for one economy
/// partition (docs/methods/value-chains.md#icio-notation, docs/methods/value-chains.md; notation: s exporter, r importer, t third
/// economies; Y_e final demand of economy e):
/// gross exports E (bilateral and total), B·Y, the value-added multipliers W = V_c·B (economy t × industry j:
/// Σ_{i∈t} v_i b_ij), local inverses L_ss, v_s L_ss, and the block-diagonal products B_rr·Y_rr, L_rr·Y_rr, L_rr·E_r*.
/// </summary>
/// <remarks>
/// Immutable: the vectors are computed once in the constructor and exposed as read-only spans.
/// Cost: one n×n × n×(E+3) product through the provider plus O(n²) loops; no further n³ work. Every decomposition
/// of all exporters and bilateral flows then costs O(n²) (WWZ: about 15 n² multiply-adds), see <see cref="ExportDecomposition"/>.
/// </remarks>
public sealed class ValueAddedAccounts
{
    private readonly double[] _finalDemand;
    private readonly double[] _domesticFinalDemand;
    private readonly double[] _totalFinalDemand;
    private readonly double[] _bilateralExports;
    private readonly double[] _intermediateExports;
    private readonly double[] _exports;
    private readonly double[] _outputForFinalDemand;
    private readonly double[] _outputForDomesticFinalDemand;
    private readonly double[] _outputForTotalFinalDemand;
    private readonly double[] _outputForExports;
    private readonly double[] _multipliers;
    private readonly double[] _totalMultipliers;
    private readonly double[] _domesticMultipliers;
    private readonly double[] _localDiagonal;
    private readonly double[] _domesticBlockOutputForDomesticDemand;
    private readonly double[] _localOutputForDomesticDemand;
    private readonly double[] _localOutputForExports;
    private readonly double[][] _localInverses;

    public ValueAddedAccounts(LeontiefSystem system, EconomyPartition partition)
    {
        System = system;
        Partition = partition;
        var table = system.Table;
        var n = table.Size;
        var eCount = partition.Count;
        N = n;
        E = eCount;
        var z = table.Intermediate;
        // Final demand by economy and the derived vectors.
        _finalDemand = MatrixStorage.Zeroed(n * eCount);
        for (var c = 0; c < table.CountryCount; c++)
        {
            var e = partition.EconomyOfCountry[c];
            for (var i = 0; i < n; i++)
                _finalDemand[i + e * n] += table.FinalDemand[i + c * n];
        }
        _domesticFinalDemand = new double[n];
        _totalFinalDemand = new double[n];
        for (var i = 0; i < n; i++)
        {
            _domesticFinalDemand[i] = _finalDemand[i + partition.EconomyOfRow[i] * n];
            for (var e = 0; e < eCount; e++)
                _totalFinalDemand[i] += _finalDemand[i + e * n];
        }
        // Gross exports E[i, e] = Σ_{j∈e} z_ij + y_ie for e ≠ economy of i.
        _bilateralExports = MatrixStorage.Zeroed(n * eCount);
        _intermediateExports = MatrixStorage.Zeroed(n * eCount);
        for (var j = 0; j < n; j++)
            AddTo(_intermediateExports.AsSpan(partition.EconomyOfRow[j] * n, n), z.Slice(j * n, n));
        _exports = new double[n];
        for (var i = 0; i < n; i++)
        {
            var own = partition.EconomyOfRow[i];
            _intermediateExports[i + own * n] = 0;
            for (var e = 0; e < eCount; e++)
            {
                if (e == own)
                    continue;
                var x = _intermediateExports[i + e * n] + _finalDemand[i + e * n];
                _bilateralExports[i + e * n] = x;
                _exports[i] += x;
            }
        }
        // B·[Y | y_dom | y_tot | E] in one product (one call, so every column is summed in the same order).
        var rhs = MatrixStorage.Uninitialized(n * (eCount + 3), 256L << 10);
        _finalDemand.CopyTo(rhs, 0);
        _domesticFinalDemand.CopyTo(rhs, n * eCount);
        _totalFinalDemand.CopyTo(rhs, n * (eCount + 1));
        _exports.CopyTo(rhs, n * (eCount + 2));
        var product = MatrixStorage.Uninitialized(n * (eCount + 3), 256L << 10);
        system.Provider.Multiply(false, false, n, eCount + 3, n, system.LeontiefInverse, rhs, product);
        _outputForFinalDemand = MatrixStorage.Uninitialized(n * eCount, 256L << 10);
        product.AsSpan(0, n * eCount).CopyTo(_outputForFinalDemand);
        _outputForDomesticFinalDemand = product.AsSpan(n * eCount, n).ToArray();
        _outputForTotalFinalDemand = product.AsSpan(n * (eCount + 1), n).ToArray();
        _outputForExports = product.AsSpan(n * (eCount + 2), n).ToArray();
        // W = V_c B, column sums of W.
        var v = system.ValueAddedCoefficients;
        var b = system.LeontiefInverse;
        _multipliers = new double[eCount * n];
        _totalMultipliers = new double[n];
        var runs = RowRuns(partition.EconomyOfRow);
        for (var j = 0; j < n; j++)
        {
            var column = b.Slice(j * n, n);
            var w = j * eCount;
            foreach (var (start, length, economy) in runs)
            {
                var vs = v.Slice(start, length);
                var bs = column.Slice(start, length);
                double sum = 0;
                for (var i = 0; i < vs.Length; i++)
                    sum += vs[i] * bs[i];
                _multipliers[w + economy] += sum;
            }
            for (var t = 0; t < eCount; t++)
                _totalMultipliers[j] += _multipliers[w + t];
        }
        // Local inverses and block-diagonal products.
        _localInverses = new double[eCount][];
        _domesticMultipliers = new double[n];
        _localDiagonal = new double[n];
        _domesticBlockOutputForDomesticDemand = new double[n];
        _localOutputForDomesticDemand = new double[n];
        _localOutputForExports = new double[n];
        for (var e = 0; e < eCount; e++)
        {
            var rows = partition.Rows[e];
            var k = rows.Length;
            var l = system.LocalInverse(rows);
            _localInverses[e] = l;
            for (var c = 0; c < k; c++)
            {
                var jc = rows[c];
                _localDiagonal[jc] = l[c + c * k];
                double u = 0;
                for (var r = 0; r < k; r++)
                {
                    var ir = rows[r];
                    var lrc = l[r + c * k];
                    u += v[ir] * lrc;
                    _localOutputForDomesticDemand[ir] += lrc * _domesticFinalDemand[jc];
                    _localOutputForExports[ir] += lrc * _exports[jc];
                    _domesticBlockOutputForDomesticDemand[ir] += b[ir + jc * n] * _domesticFinalDemand[jc];
                }
                _domesticMultipliers[jc] = u;
            }
        }
    }

    public LeontiefSystem System { get; }

    /// <summary>a += b element-wise (vectorised; each element's sum is the same as scalar code's).</summary>
    private static void AddTo(Span<double> a, ReadOnlySpan<double> b)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
            for (; i <= a.Length - Vector<double>.Count; i += Vector<double>.Count)
                (new Vector<double>(a.Slice(i)) + new Vector<double>(b.Slice(i))).CopyTo(a.Slice(i));
        for (; i < a.Length; i++)
            a[i] += b[i];
    }

    /// <summary>Maximal runs of consecutive rows in the same economy (one run per country when its regions are adjacent).</summary>
    private static List<(int Start, int Length, int Economy)> RowRuns(int[] economyOfRow)
    {
        var runs = new List<(int, int, int)>();
        for (var i = 0; i < economyOfRow.Length;)
        {
            var start = i;
            while (i < economyOfRow.Length && economyOfRow[i] == economyOfRow[start])
                i++;
            runs.Add((start, i - start, economyOfRow[start]));
        }
        return runs;
    }

    public EconomyPartition Partition { get; }

    /// <summary>n industries, E economies.</summary>
    public int N { get; }
    public int E { get; }

    /// <summary>Y by economy, n×E.</summary>
    public ReadOnlySpan<double> FinalDemand => _finalDemand;

    /// <summary>y_ii: final demand of the industry's own economy.</summary>
    public ReadOnlySpan<double> DomesticFinalDemand => _domesticFinalDemand;
    public ReadOnlySpan<double> TotalFinalDemand => _totalFinalDemand;

    /// <summary>E_ie: gross exports of industry i to economy e (0 for its own economy), n×E.</summary>
    public ReadOnlySpan<double> BilateralExports => _bilateralExports;

    /// <summary>Intermediate part of <see cref="BilateralExports"/>, n×E.</summary>
    public ReadOnlySpan<double> IntermediateExports => _intermediateExports;

    /// <summary>E_i*: total gross exports of industry i.</summary>
    public ReadOnlySpan<double> Exports => _exports;

    /// <summary>B·Y, n×E.</summary>
    public ReadOnlySpan<double> OutputForFinalDemand => _outputForFinalDemand;

    /// <summary>B·y_dom (Σ_t B_rt Y_tt).</summary>
    public ReadOnlySpan<double> OutputForDomesticFinalDemand => _outputForDomesticFinalDemand;

    /// <summary>B·y_tot.</summary>
    public ReadOnlySpan<double> OutputForTotalFinalDemand => _outputForTotalFinalDemand;

    /// <summary>B·E*.</summary>
    public ReadOnlySpan<double> OutputForExports => _outputForExports;

    /// <summary>W = V_c·B, E×n column-major: W[t + j·E] = Σ_{i∈t} v_i b_ij.</summary>
    public ReadOnlySpan<double> Multipliers => _multipliers;

    /// <summary>Σ_t W[t, j] = (v·B)_j (1 for a balanced industry).</summary>
    public ReadOnlySpan<double> TotalMultipliers => _totalMultipliers;

    /// <summary>L_ee of an economy, k×k column-major in the order of Partition.Rows[e].</summary>
    public ReadOnlySpan<double> LocalInverse(int economy) => _localInverses[economy];

    /// <summary>(v_s L_ss)_i for i in economy s.</summary>
    public ReadOnlySpan<double> DomesticMultipliers => _domesticMultipliers;

    /// <summary>(L_ss)_ii.</summary>
    public ReadOnlySpan<double> LocalDiagonal => _localDiagonal;

    /// <summary>(B_rr Y_rr)_i.</summary>
    public ReadOnlySpan<double> DomesticBlockOutputForDomesticDemand => _domesticBlockOutputForDomesticDemand;

    /// <summary>(L_rr Y_rr)_i.</summary>
    public ReadOnlySpan<double> LocalOutputForDomesticDemand => _localOutputForDomesticDemand;

    /// <summary>(L_rr E_r*)_i.</summary>
    public ReadOnlySpan<double> LocalOutputForExports => _localOutputForExports;

    /// <summary>W[t, j].</summary>
    public double W(int economy, int row) => _multipliers[economy + row * E];
}
