using System.Numerics;
using TradeScope.LinearAlgebra;

namespace TradeScope.ValueChains;

/// <summary>
/// WWZ's 16 terms of one exporter's bilateral exports, by importer and exporting sector (split blocks and group
/// members summed by sector). Values[(importer·16 + term)·K + sector]; the exporter's own column is 0.
/// </summary>
public sealed record WwzExporterTerms(int Exporter, string ExporterName, int SectorCount, double[] Values, double[] Exports)
{
    public double this[int importer, WwzTerm term, int sector] =>
        Values[(importer * TermNames.WwzCount + (int)term) * SectorCount + sector];

    /// <summary>Gross exports to an importer by sector: Exports[importer·K + sector].</summary>
    public double ExportsTo(int importer, int sector) => Exports[importer * SectorCount + sector];

    /// <summary>Sum of a term over importers and sectors.</summary>
    public double Total(WwzTerm term)
    {
        double sum = 0;
        var importers = Exports.Length / SectorCount;
        for (var r = 0; r < importers; r++)
            for (var k = 0; k < SectorCount; k++)
                sum += this[r, term, k];
        return sum;
    }
}

/// <summary>One exporter's OECD/TiVA terms by sector (the sector is the exporting sector for export-based terms and the
/// VA-origin sector for VAX, REF, GVCF and the final-demand terms, as in exvatools; docs/methods/value-chains.md#tiva).</summary>
public sealed class OecdExporterTerms
{
    private readonly double[][] _bySector;

    internal OecdExporterTerms(int exporter, string exporterName, int sectorCount, double[][] bySector)
    {
        Exporter = exporter;
        ExporterName = exporterName;
        SectorCount = sectorCount;
        _bySector = bySector;
    }

    /// <summary>Index of the exporter in the partition.</summary>
    public int Exporter { get; }

    /// <summary>Name of the exporter in the partition.</summary>
    public string ExporterName { get; }

    /// <summary>K sectors.</summary>
    public int SectorCount { get; }

    /// <summary>The term by sector (K values).</summary>
    public ReadOnlySpan<double> BySector(OecdTerm term) => _bySector[(int)term];

    /// <summary>Sum of the term over sectors (in sector order).</summary>
    public double Total(OecdTerm term) => _bySector[(int)term].Sum();
}

/// <summary>
/// Participation flows of one exporter p (docs/methods/value-chains.md#participation): FVA by source q and exporting sector k of p
/// (v_q B_qp E_p, element-wise in E), and p's domestic VA in each partner q's exports by q's exporting sector (v_p B_pq E_q).
/// </summary>
/// <param name="ForeignValueAdded">[q·K + k]: VA of economy q in p's exports of sector k (q = p: domestic content).</param>
/// <param name="ValueAddedInPartnerExports">[q·K + k]: VA of p in q's exports of sector k (q = p: 0).</param>
/// <param name="Exports">Gross exports of p by sector.</param>
public sealed record ParticipationFlows(
    int Exporter,
    string ExporterName,
    int SectorCount,
    double[] ForeignValueAdded,
    double[] ValueAddedInPartnerExports,
    double[] Exports
)
{
    /// <summary>FVA_pq = Σ_k v_q B_qp E_p,k.</summary>
    public double Fva(int source) => Sum(ForeignValueAdded, source);

    /// <summary>FP_pq = v_p B_pq E_q.</summary>
    public double Fp(int partner) => Sum(ValueAddedInPartnerExports, partner);

    private double Sum(double[] a, int e)
    {
        double s = 0;
        for (var k = 0; k < SectorCount; k++)
            s += a[e * SectorCount + k];
        return s;
    }
}

/// <summary>
/// Export decompositions on precomputed <see cref="ValueAddedAccounts"/>: WWZ (2013) 16 terms by exporter × sector ×
/// importer, the OECD TiVA / exvatools "oecd" terms, and participation flows. All exporters together cost O(n²).
/// </summary>
public static class ExportDecomposition
{
    /// <summary>
    /// WWZ 16 terms of every bilateral flow of exporter s (docs/methods/value-chains.md#wwz): e.g. T1 = (v_s B_ss)ᵀ # Y_sr,
    /// T2 = (v_s L_ss)ᵀ # (A_sr B_rr Y_rr), …, T16 = (Σ_{t≠s,r} v_t B_ts)ᵀ # (A_sr L_rr E_r*).
    /// Reference: Wang, Wei and Zhu (2013), NBER WP 19677, eq. (19) and Table E1.
    /// </summary>
    public static WwzExporterTerms Wwz(ValueAddedAccounts acc, int s)
    {
        var sys = acc.System;
        var table = sys.Table;
        int n = acc.N,
            eCount = acc.E,
            kSec = table.SectorCount;
        var b = sys.LeontiefInverse;
        var z = table.Intermediate;
        var x = table.Output;
        var S = acc.Partition.Rows[s];
        var ks = S.Length;
        var values = MatrixStorage.Zeroed(eCount * TermNames.WwzCount * kSec); // 0.4 MB for 77 economies × 45 sectors
        var exports = new double[eCount * kSec];
        // zv and dot rows hold 11 numbers padded to a whole number of SIMD vectors (the padding stays 0).
        const int nz = 11;
        var stride = (nz + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
        var dot = new double[ks * stride];
        var maxK = 0;
        foreach (var rows in acc.Partition.Rows)
            maxK = Math.Max(maxK, rows.Length);
        var bsYdom = new double[maxK];
        var bsYtot = new double[maxK];
        var brYrs = new double[maxK];
        var brYother = new double[maxK];
        var zv = new double[maxK * stride];
        for (var r = 0; r < eCount; r++)
        {
            if (r == s)
                continue;
            var R = acc.Partition.Rows[r];
            var kr = R.Length;
            // Vectors over the importer's industries (k_r × 11, row-major by industry).
            Array.Clear(bsYdom);
            Array.Clear(bsYtot);
            Array.Clear(brYrs);
            Array.Clear(brYother);
            foreach (var m in S)
            {
                var col = m * n;
                double yd = acc.DomesticFinalDemand[m],
                    yt = acc.TotalFinalDemand[m];
                if (yd == 0 && yt == 0)
                    continue;
                for (var jj = 0; jj < kr; jj++)
                {
                    var bb = b[col + R[jj]];
                    bsYdom[jj] += bb * yd;
                    bsYtot[jj] += bb * yt;
                }
            }
            foreach (var m in R)
            {
                var col = m * n;
                var yrs = acc.FinalDemand[m + s * n];
                var yother = acc.TotalFinalDemand[m] - yrs - acc.DomesticFinalDemand[m];
                for (var jj = 0; jj < kr; jj++)
                {
                    var bb = b[col + R[jj]];
                    brYrs[jj] += bb * yrs;
                    brYother[jj] += bb * yother;
                }
            }
            for (var jj = 0; jj < kr; jj++)
            {
                var j = R[jj];
                var byrs = acc.OutputForFinalDemand[j + s * n];
                var brr = acc.DomesticBlockOutputForDomesticDemand[j];
                var g = acc.OutputForDomesticFinalDemand[j];
                var o = jj * stride;
                zv[o + 0] = brr; // T2: B_rr Y_rr
                zv[o + 1] = g - bsYdom[jj] - brr; // T3: Σ_{t≠s,r} B_rt Y_tt
                zv[o + 2] = brYother[jj]; // T4: B_rr Σ_{t≠s,r} Y_rt
                zv[o + 3] =
                    acc.OutputForTotalFinalDemand[j]
                    - byrs
                    - g // T5: Σ_{t≠s,r} B_rt Σ_{u≠s,t} Y_tu
                    - (bsYtot[jj] - 2 * bsYdom[jj])
                    - brYother[jj];
                zv[o + 4] = brYrs[jj]; // T6: B_rr Y_rs
                zv[o + 5] = byrs - bsYdom[jj] - brYrs[jj]; // T7: Σ_{t≠s,r} B_rt Y_ts
                zv[o + 6] = bsYdom[jj]; // T8: B_rs Y_ss
                zv[o + 7] = bsYtot[jj] - bsYdom[jj]; // T9: B_rs Σ_{t≠s} Y_st
                zv[o + 8] = x[j]; // T10: X_r
                zv[o + 9] = acc.LocalOutputForDomesticDemand[j]; // T12/T15: L_rr Y_rr
                zv[o + 10] = acc.LocalOutputForExports[j]; // T13/T16: L_rr E_r*
            }
            // dot[ii, c] = A_sr(i, ·) · z_c: element-wise multiply then add (no fused multiply-add), as scalar code would.
            Array.Clear(dot);
            for (var jj = 0; jj < kr; jj++)
            {
                var j = R[jj];
                if (x[j] <= 0)
                    continue;
                var inv = 1.0 / x[j];
                var col = j * n;
                var zrow = zv.AsSpan(jj * stride, stride);
                for (var ii = 0; ii < ks; ii++)
                {
                    var zij = z[col + S[ii]];
                    if (zij == 0)
                        continue;
                    var a = new Vector<double>(zij * inv);
                    var drow = dot.AsSpan(ii * stride, stride);
                    for (var c = 0; c < stride; c += Vector<double>.Count)
                        (new Vector<double>(drow.Slice(c)) + a * new Vector<double>(zrow.Slice(c))).CopyTo(drow.Slice(c));
                }
            }
            var baseR = r * TermNames.WwzCount * kSec;
            for (var ii = 0; ii < ks; ii++)
            {
                var i = S[ii];
                var sec = i % kSec;
                var d = ii * stride;
                var ysr = acc.FinalDemand[i + r * n];
                var wss = acc.W(s, i);
                var u = acc.DomesticMultipliers[i];
                var wrs = acc.W(r, i);
                var other = acc.TotalMultipliers[i] - wss - wrs;
                void Add(WwzTerm t, double value) => values[baseR + (int)t * kSec + sec] += value;
                Add(WwzTerm.DVA_FIN, wss * ysr);
                Add(WwzTerm.DVA_INT, u * dot[d + 0]);
                Add(WwzTerm.DVA_INTrexI1, u * dot[d + 1]);
                Add(WwzTerm.DVA_INTrexF, u * dot[d + 2]);
                Add(WwzTerm.DVA_INTrexI2, u * dot[d + 3]);
                Add(WwzTerm.RDV_FIN, u * dot[d + 4]);
                Add(WwzTerm.RDV_FIN2, u * dot[d + 5]);
                Add(WwzTerm.RDV_INT, u * dot[d + 6]);
                Add(WwzTerm.DDC_FIN, u * dot[d + 7]);
                Add(WwzTerm.DDC_INT, (wss - u) * dot[d + 8]);
                Add(WwzTerm.MVA_FIN, wrs * ysr);
                Add(WwzTerm.MVA_INT, wrs * dot[d + 9]);
                Add(WwzTerm.MDC, wrs * dot[d + 10]);
                Add(WwzTerm.OVA_FIN, other * ysr);
                Add(WwzTerm.OVA_INT, other * dot[d + 9]);
                Add(WwzTerm.ODC, other * dot[d + 10]);
                exports[r * kSec + sec] += acc.BilateralExports[i + r * n];
            }
        }
        return new WwzExporterTerms(s, acc.Partition.Names[s], kSec, values, exports);
    }

    /// <summary>
    /// OECD TiVA terms of exporter s by sector (docs/methods/value-chains.md#tiva; exvatools make_exvadec_oecd): EXGR_DVA = (v_s B_ss)ᵈ
    /// E_s,
    /// EXGR_DDC = v_i (L_ss)_ii E_i, EXGR_IDC, EXGR_RIM = v_s(B_ss − L_ss)E_s, EXGR_FVA = Σ_{t≠s} v_t B_ts E_s,
    /// VAX = FFD_DVA = v̂_s Σ_{p≠s} B Y_p, GVCF = FEXDVAP = v̂_s Σ_{r≠s} B_sr E_r, plus trade and VA aggregates.
    /// Reference: OECD (2021), Guide to OECD TiVA Indicators; Feás (2024), exvatools 0.9.0.
    /// </summary>
    public static OecdExporterTerms Oecd(ValueAddedAccounts acc, int s)
    {
        var sys = acc.System;
        var table = sys.Table;
        int n = acc.N,
            kSec = table.SectorCount;
        var S = acc.Partition.Rows[s];
        var inS = new bool[n];
        foreach (var i in S)
            inS[i] = true;
        var v = sys.ValueAddedCoefficients;
        var b = sys.LeontiefInverse;
        var z = table.Intermediate;
        var t = Enum.GetValues<OecdTerm>().Select(_ => new double[kSec]).ToArray();
        double[] T(OecdTerm term) => t[(int)term];
        foreach (var i in S)
        {
            var sec = i % kSec;
            var e = acc.Exports[i];
            var wss = acc.W(s, i);
            var u = acc.DomesticMultipliers[i];
            var direct = v[i] * acc.LocalDiagonal[i];
            T(OecdTerm.EXGR)[sec] += e;
            double fnl = 0;
            for (var c = 0; c < acc.E; c++)
                if (c != s)
                    fnl += acc.FinalDemand[i + c * n];
            T(OecdTerm.EXGR_FNL)[sec] += fnl;
            T(OecdTerm.EXGR_INT)[sec] += e - fnl;
            T(OecdTerm.DC)[sec] += wss * e;
            T(OecdTerm.EXGR_DDC)[sec] += direct * e;
            T(OecdTerm.EXGR_IDC)[sec] += (u - direct) * e;
            T(OecdTerm.DVA)[sec] += u * e;
            T(OecdTerm.DDC)[sec] += (wss - u) * e;
            T(OecdTerm.FC)[sec] += (acc.TotalMultipliers[i] - wss) * e;
            double vax = 0;
            for (var c = 0; c < acc.E; c++)
                if (c != s)
                    vax += acc.OutputForFinalDemand[i + c * n];
            T(OecdTerm.VAX)[sec] += v[i] * vax;
            T(OecdTerm.DXD_DVA)[sec] += v[i] * acc.OutputForFinalDemand[i + s * n];
            // GVCF: v_i Σ_{j∉S} b_ij E_j = v_i ((B E)_i − Σ_{j∈S} b_ij E_j)
            double inside = 0;
            foreach (var j in S)
                inside += b[i + j * n] * acc.Exports[j];
            T(OecdTerm.GVCF)[sec] += v[i] * (acc.OutputForExports[i] - inside);
            T(OecdTerm.DOM_FNL)[sec] += acc.FinalDemand[i + s * n];
            double dom = 0;
            foreach (var j in S)
                dom += z[i + j * n];
            T(OecdTerm.DOM_INT)[sec] += dom;
            T(OecdTerm.VA)[sec] += table.ValueAdded[i];
            T(OecdTerm.PROD)[sec] += table.Output[i];
        }
        // Imports by product sector and foreign VA in domestic final demand (rows outside S).
        for (var m = 0; m < n; m++)
        {
            if (inS[m])
                continue;
            var sec = m % kSec;
            var fnl = acc.FinalDemand[m + s * n];
            T(OecdTerm.IMGR_FNL)[sec] += fnl;
            T(OecdTerm.IMGR_INT)[sec] += acc.IntermediateExports[m + s * n];
            T(OecdTerm.DFD_FVA)[sec] += v[m] * acc.OutputForFinalDemand[m + s * n];
        }
        for (var k = 0; k < kSec; k++)
        {
            T(OecdTerm.IMGR)[k] = T(OecdTerm.IMGR_FNL)[k] + T(OecdTerm.IMGR_INT)[k];
            T(OecdTerm.DOM)[k] = T(OecdTerm.DOM_FNL)[k] + T(OecdTerm.DOM_INT)[k];
            T(OecdTerm.BALGR)[k] = T(OecdTerm.EXGR)[k] - T(OecdTerm.IMGR)[k];
            T(OecdTerm.EXGR_DVA)[k] = T(OecdTerm.DC)[k];
            T(OecdTerm.EXGR_RIM)[k] = T(OecdTerm.DDC)[k];
            T(OecdTerm.REF)[k] = T(OecdTerm.DVA)[k] - T(OecdTerm.VAX)[k];
            T(OecdTerm.FFD_DVA)[k] = T(OecdTerm.VAX)[k];
            T(OecdTerm.FD_VA)[k] = T(OecdTerm.VAX)[k] + T(OecdTerm.DXD_DVA)[k];
            T(OecdTerm.BALVAFD)[k] = T(OecdTerm.VAX)[k] - T(OecdTerm.DFD_FVA)[k];
            T(OecdTerm.EXGR_FVA)[k] = T(OecdTerm.FC)[k];
            T(OecdTerm.GVCB)[k] = T(OecdTerm.FC)[k];
            T(OecdTerm.DEXFVAP)[k] = T(OecdTerm.FC)[k];
            T(OecdTerm.FEXDVAP)[k] = T(OecdTerm.GVCF)[k];
            T(OecdTerm.GVC)[k] = T(OecdTerm.GVCB)[k] + T(OecdTerm.GVCF)[k];
        }
        return new OecdExporterTerms(s, acc.Partition.Names[s], kSec, t);
    }

    /// <summary>
    /// Backward and forward participation flows of exporter p by partner and sector (docs/methods/value-chains.md#participation):
    /// FVA_pq,k = Σ_{i∈p, sector k} (v_q B_qp)_i E_i and FP_pq,k = Σ_{j∈q, sector k} (v_p B_pq)_j E_j.
    /// Reference: docs/methods/value-chains.md#participation (wiiw RR 427); OECD TiVA DEXFVAPSH/FEXDVAPSH.
    /// </summary>
    public static ParticipationFlows Participation(ValueAddedAccounts acc, int p)
    {
        var kSec = acc.System.Table.SectorCount;
        var fva = new double[acc.E * kSec];
        var fp = new double[acc.E * kSec];
        var exports = new double[kSec];
        foreach (var i in acc.Partition.Rows[p])
        {
            var sec = i % kSec;
            exports[sec] += acc.Exports[i];
            for (var q = 0; q < acc.E; q++)
                fva[q * kSec + sec] += acc.W(q, i) * acc.Exports[i];
        }
        for (var j = 0; j < acc.N; j++)
        {
            var q = acc.Partition.EconomyOfRow[j];
            if (q == p)
                continue;
            fp[q * kSec + j % kSec] += acc.W(p, j) * acc.Exports[j];
        }
        return new ParticipationFlows(p, acc.Partition.Names[p], kSec, fva, fp, exports);
    }

    /// <summary>
    /// One element of V̂·B·Ê (docs/methods/value-chains.md#icio-notation): value added of industry <paramref name="originRow"/>
    /// embodied in
    /// the gross
    /// exports of industry <paramref name="exportRow"/>: v_o · b_oe · E_e.
    /// </summary>
    public static double ValueAddedInExports(ValueAddedAccounts acc, int originRow, int exportRow) =>
        acc.System.ValueAddedCoefficients[originRow] * acc.System.LeontiefInverse[originRow + exportRow * acc.N] * acc.Exports[exportRow];

    /// <summary>
    /// The block of V̂·B·Ê with origin economy <paramref name="origin"/> (rows: its industries) and exporting economy
    /// <paramref name="exporter"/> (columns: its industries), k_o × k_e column-major in partition row order.
    /// </summary>
    public static double[] ValueAddedInExportsBlock(ValueAddedAccounts acc, int origin, int exporter)
    {
        var o = acc.Partition.Rows[origin];
        var e = acc.Partition.Rows[exporter];
        var block = new double[o.Length * e.Length];
        for (var c = 0; c < e.Length; c++)
            for (var r = 0; r < o.Length; r++)
                block[r + c * o.Length] = ValueAddedInExports(acc, o[r], e[c]);
        return block;
    }

    /// <summary>FFD_DVA_{s,p} = v̂_s Σ_k B_sk Y_kp: VA of s absorbed in final demand of p (Johnson–Noguera VAX by
    /// destination).</summary>
    public static double[] ValueAddedInFinalDemand(ValueAddedAccounts acc, int s)
    {
        var v = acc.System.ValueAddedCoefficients;
        var result = new double[acc.E];
        foreach (var i in acc.Partition.Rows[s])
            for (var p = 0; p < acc.E; p++)
                result[p] += v[i] * acc.OutputForFinalDemand[i + p * acc.N];
        return result;
    }
}
