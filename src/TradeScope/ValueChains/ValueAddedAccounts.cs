using System.Numerics;
using TradeScope.LinearAlgebra;
using TradeScope.Model;

namespace TradeScope.ValueChains;

/// <summary>
/// The products of the Leontief system that every export decomposition reuses, computed once for one economy
/// partition (spec §5.1, §6; notation: s exporter, r importer, t third economies; Y_e final demand of economy e):
/// gross exports E (bilateral and total), B·Y, the value-added multipliers W = V_c·B (economy t × industry j:
/// Σ_{i∈t} v_i b_ij), local inverses L_ss, v_s L_ss, and the block-diagonal products B_rr·Y_rr, L_rr·Y_rr, L_rr·E_r*.
/// </summary>
/// <remarks>
/// Cost: one n×n × n×(E+3) product through the provider plus O(n²) loops; no further n³ work. Every decomposition
/// of all exporters and bilateral flows then costs O(n²) (WWZ: about 15 n² multiply-adds), see <see cref="ExportDecomposition"/>.
/// </remarks>
public sealed class ValueAddedAccounts
{
    public ValueAddedAccounts(LeontiefSystem system, EconomyPartition partition)
    {
        System = system; Partition = partition;
        var table = system.Table;
        var n = table.Size; var eCount = partition.Count;
        N = n; E = eCount;
        var z = table.Intermediate;
        // Final demand by economy and the derived vectors.
        FinalDemand = MatrixStorage.Zeroed(n * eCount);
        for (var c = 0; c < table.CountryCount; c++)
        {
            var e = partition.EconomyOfCountry[c];
            for (var i = 0; i < n; i++) FinalDemand[i + e * n] += table.FinalDemand[i + c * n];
        }
        DomesticFinalDemand = new double[n]; TotalFinalDemand = new double[n];
        for (var i = 0; i < n; i++)
        {
            DomesticFinalDemand[i] = FinalDemand[i + partition.EconomyOfRow[i] * n];
            for (var e = 0; e < eCount; e++) TotalFinalDemand[i] += FinalDemand[i + e * n];
        }
        // Gross exports E[i, e] = Σ_{j∈e} z_ij + y_ie for e ≠ economy of i.
        BilateralExports = MatrixStorage.Zeroed(n * eCount);
        IntermediateExports = MatrixStorage.Zeroed(n * eCount);
        for (var j = 0; j < n; j++)
            AddTo(IntermediateExports.AsSpan(partition.EconomyOfRow[j] * n, n), z.AsSpan(j * n, n));
        Exports = new double[n];
        for (var i = 0; i < n; i++)
        {
            var own = partition.EconomyOfRow[i];
            IntermediateExports[i + own * n] = 0;
            for (var e = 0; e < eCount; e++)
            {
                if (e == own) continue;
                var x = IntermediateExports[i + e * n] + FinalDemand[i + e * n];
                BilateralExports[i + e * n] = x;
                Exports[i] += x;
            }
        }
        // B·[Y | y_dom | y_tot | E] in one product (one call, so every column is summed in the same order).
        var rhs = MatrixStorage.Uninitialized(n * (eCount + 3), 256L << 10);
        FinalDemand.CopyTo(rhs, 0);
        DomesticFinalDemand.CopyTo(rhs, n * eCount);
        TotalFinalDemand.CopyTo(rhs, n * (eCount + 1));
        Exports.CopyTo(rhs, n * (eCount + 2));
        var product = MatrixStorage.Uninitialized(n * (eCount + 3), 256L << 10);
        system.Provider.Multiply(false, false, n, eCount + 3, n, system.LeontiefInverse, rhs, product);
        OutputForFinalDemand = MatrixStorage.Uninitialized(n * eCount, 256L << 10);
        product.AsSpan(0, n * eCount).CopyTo(OutputForFinalDemand);
        OutputForDomesticFinalDemand = product.AsSpan(n * eCount, n).ToArray();
        OutputForTotalFinalDemand = product.AsSpan(n * (eCount + 1), n).ToArray();
        OutputForExports = product.AsSpan(n * (eCount + 2), n).ToArray();
        // W = V_c B, column sums of W.
        var v = system.ValueAddedCoefficients;
        var b = system.LeontiefInverse;
        Multipliers = new double[eCount * n];
        TotalMultipliers = new double[n];
        var runs = RowRuns(partition.EconomyOfRow);
        for (var j = 0; j < n; j++)
        {
            var column = b.AsSpan(j * n, n);
            var w = j * eCount;
            foreach (var (start, length, economy) in runs)
            {
                var vs = v.AsSpan(start, length); var bs = column.Slice(start, length);
                double sum = 0;
                for (var i = 0; i < vs.Length; i++) sum += vs[i] * bs[i];
                Multipliers[w + economy] += sum;
            }
            for (var t = 0; t < eCount; t++) TotalMultipliers[j] += Multipliers[w + t];
        }
        // Local inverses and block-diagonal products.
        LocalInverses = new double[eCount][];
        DomesticMultipliers = new double[n]; LocalDiagonal = new double[n];
        DomesticBlockOutputForDomesticDemand = new double[n];
        LocalOutputForDomesticDemand = new double[n]; LocalOutputForExports = new double[n];
        for (var e = 0; e < eCount; e++)
        {
            var rows = partition.Rows[e];
            var k = rows.Length;
            var l = system.LocalInverse(rows);
            LocalInverses[e] = l;
            for (var c = 0; c < k; c++)
            {
                var jc = rows[c];
                LocalDiagonal[jc] = l[c + c * k];
                double u = 0;
                for (var r = 0; r < k; r++)
                {
                    var ir = rows[r];
                    var lrc = l[r + c * k];
                    u += v[ir] * lrc;
                    LocalOutputForDomesticDemand[ir] += lrc * DomesticFinalDemand[jc];
                    LocalOutputForExports[ir] += lrc * Exports[jc];
                    DomesticBlockOutputForDomesticDemand[ir] += b[ir + jc * n] * DomesticFinalDemand[jc];
                }
                DomesticMultipliers[jc] = u;
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
        for (; i < a.Length; i++) a[i] += b[i];
    }

    /// <summary>Maximal runs of consecutive rows in the same economy (one run per country when its regions are adjacent).</summary>
    private static List<(int Start, int Length, int Economy)> RowRuns(int[] economyOfRow)
    {
        var runs = new List<(int, int, int)>();
        for (var i = 0; i < economyOfRow.Length;)
        {
            var start = i;
            while (i < economyOfRow.Length && economyOfRow[i] == economyOfRow[start]) i++;
            runs.Add((start, i - start, economyOfRow[start]));
        }
        return runs;
    }

    public EconomyPartition Partition { get; }
    /// <summary>n industries, E economies.</summary>
    public int N { get; }
    public int E { get; }
    /// <summary>Y by economy, n×E.</summary>
    public double[] FinalDemand { get; }
    /// <summary>y_ii: final demand of the industry's own economy.</summary>
    public double[] DomesticFinalDemand { get; }
    public double[] TotalFinalDemand { get; }
    /// <summary>E_ie: gross exports of industry i to economy e (0 for its own economy), n×E.</summary>
    public double[] BilateralExports { get; }
    /// <summary>Intermediate part of <see cref="BilateralExports"/>, n×E.</summary>
    public double[] IntermediateExports { get; }
    /// <summary>E_i*: total gross exports of industry i.</summary>
    public double[] Exports { get; }
    /// <summary>B·Y, n×E.</summary>
    public double[] OutputForFinalDemand { get; }
    /// <summary>B·y_dom (Σ_t B_rt Y_tt).</summary>
    public double[] OutputForDomesticFinalDemand { get; }
    /// <summary>B·y_tot.</summary>
    public double[] OutputForTotalFinalDemand { get; }
    /// <summary>B·E*.</summary>
    public double[] OutputForExports { get; }
    /// <summary>W = V_c·B, E×n column-major: W[t + j·E] = Σ_{i∈t} v_i b_ij.</summary>
    public double[] Multipliers { get; }
    /// <summary>Σ_t W[t, j] = (v·B)_j (1 for a balanced industry).</summary>
    public double[] TotalMultipliers { get; }
    /// <summary>L_ee for each economy, k×k in the order of Partition.Rows[e].</summary>
    public double[][] LocalInverses { get; }
    /// <summary>(v_s L_ss)_i for i in economy s.</summary>
    public double[] DomesticMultipliers { get; }
    /// <summary>(L_ss)_ii.</summary>
    public double[] LocalDiagonal { get; }
    /// <summary>(B_rr Y_rr)_i.</summary>
    public double[] DomesticBlockOutputForDomesticDemand { get; }
    /// <summary>(L_rr Y_rr)_i.</summary>
    public double[] LocalOutputForDomesticDemand { get; }
    /// <summary>(L_rr E_r*)_i.</summary>
    public double[] LocalOutputForExports { get; }

    /// <summary>W[t, j].</summary>
    public double W(int economy, int row) => Multipliers[economy + row * E];
}
