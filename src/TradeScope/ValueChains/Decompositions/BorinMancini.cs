using System.Runtime.CompilerServices;
using TradeScope.Core;
using TradeScope.LinearAlgebra;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// Borin and Mancini's source- and sink-based decompositions of an exporter's total gross exports (Borin and Mancini
/// 2019, World Bank Policy Research WP 8804; 2023, Economic Systems Research; conventions of exvatools 0.9.0
/// <c>bm_src</c>/<c>bm_snk</c>, country perspective; docs/methods/value-chains.md#borin-mancini). The exporter is an
/// economy of the partition: a country with its split blocks, or a merged group.
/// </summary>
/// <remarks>
/// All exporters by the column update (docs/methods/value-chains.md#bm-algorithm): the extraction inverse
/// B^s = (I − A^s)⁻¹ (A^s = A with the exporter's export coefficients A_SR set to 0) differs from the global B by a
/// rank-|S| update, so its columns the totals need are B^s[:,S] = B[:,S]·M with M = (I + A_SR B_RS)⁻¹ (Woodbury 1950):
/// one |S|×|S| LU per exporter after the one global inverse. Products with A are taken through A·B = B − P (P = the
/// identity with zeros at zero-output industries), so no n×n matrix other than B is formed. Per exporter O(n·|S|² +
/// n·|S|·E); shared, once per partition, O(n·K·E) (<see cref="Basis"/>). No library offers this decomposition, so it is
/// written here.
/// </remarks>
public static class BorinMancini
{
    /// <summary>The source-based decomposition of exporter <paramref name="s"/> (exvatools <c>bm_src</c>):
    /// w^D = v_S L_SS, w^F = v_R B^s_RS, VAX1 = w^D y^exp, VAX2 = w^D Q y^dom, …, DDC = v_S(B_SS − L_SS)e,
    /// FDC = v_R(B_RS − B^s_RS)e with Q = A_SR L_RR (docs/methods/value-chains.md#bm-source).</summary>
    /// <exception cref="NumericalException">I + A_SR B_RS is singular (not for a productive table).</exception>
    public static BmExporterTerms Source(ValueAddedAccounts acc, int s) => new Exporter(Basis.Of(acc), s).Source();

    /// <summary>The sink-based decomposition of exporter <paramref name="s"/> (exvatools <c>bm_snk</c>): w^D = v_S B_SS,
    /// w^F = v_R B_RS; VAX4 = w^D Q f^{x,3}, REF2 = w^D Q f^{x,s}, FVA4 = w^F Q f^{x,all}, DDC = w^D Q h, FDC = w^F Q h with
    /// F^x = A_m B^s Y^x and h = A_m B^s[:,S] e; VAXIM in both variants (docs/methods/value-chains.md#bm-sink).</summary>
    /// <exception cref="NumericalException">I + A_SR B_RS is singular (not for a productive table).</exception>
    public static BmExporterTerms Sink(ValueAddedAccounts acc, int s) => new Exporter(Basis.Of(acc), s).Sink();

    /// <summary>Every economy of the partition as exporter, one perspective (the shared products are formed once).</summary>
    public static IReadOnlyList<BmExporterTerms> All(ValueAddedAccounts acc, BmPerspective perspective)
    {
        var basis = Basis.Of(acc);
        return
        [
            .. Enumerable
                .Range(0, acc.E)
                .Select(s => perspective == BmPerspective.Source ? new Exporter(basis, s).Source() : new Exporter(basis, s).Sink()),
        ];
    }

    /// <summary>
    /// The products every exporter of one partition shares: the domestic blocks A_ee, F = A_m B Y^g
    /// (= B Y^g − P Y^g − A_d B Y^g), and L·Y^g and L·F with the block-diagonal local inverse L, formed blockwise.
    /// </summary>
    /// <remarks>Cached per <see cref="ValueAddedAccounts"/> (a weak table, so it lives as long as the accounts): the
    /// registry calls the row producer once per exporter, and the shared work must not be repeated.</remarks>
    internal sealed class Basis
    {
        private static readonly ConditionalWeakTable<ValueAddedAccounts, Basis> Cache = new();

        public static Basis Of(ValueAddedAccounts acc) => Cache.GetValue(acc, a => new Basis(a));

        private Basis(ValueAddedAccounts acc)
        {
            Acc = acc;
            int n = acc.N,
                eCount = acc.E;
            var table = acc.System.Table;
            Produces = new double[n];
            for (var i = 0; i < n; i++)
                Produces[i] = acc.System.ZeroOutput[i] ? 0 : 1;
            Blocks = new double[eCount][];
            for (var e = 0; e < eCount; e++)
            {
                var rows = acc.Partition.Rows[e];
                var k = rows.Length;
                var block = new double[k * k];
                for (var c = 0; c < k; c++)
                    for (var r = 0; r < k; r++)
                        block[r + c * k] = acc.System.A(rows[r], rows[c]);
                Blocks[e] = block;
            }
            // F = A_m B Y^g = (B Y^g − P Y^g) − A_d (B Y^g)
            var by = acc.OutputForFinalDemand;
            var fd = acc.FinalDemand;
            var f = new double[n * eCount];
            for (var l = 0; l < eCount; l++)
            {
                var column = f.AsSpan(l * n, n);
                for (var i = 0; i < n; i++)
                    column[i] = by[i + l * n] - Produces[i] * fd[i + l * n];
                SubtractDomestic(by.Slice(l * n, n), column, -1);
            }
            LocalFinalDemand = Local(fd, eCount, -1);
            LocalIntermediateFinal = Local(f, eCount, -1);
            LocalFinalDemandTotal = RowSums(LocalFinalDemand, n, eCount);
            LocalIntermediateFinalTotal = RowSums(LocalIntermediateFinal, n, eCount);
        }

        public ValueAddedAccounts Acc { get; }

        /// <summary>1 for industries with output, 0 for zero-output industries (the P of A·B = B − P).</summary>
        public double[] Produces { get; }

        /// <summary>A_ee of each economy, k_e×k_e column-major in partition row order.</summary>
        public double[][] Blocks { get; }

        /// <summary>L·Y^g (n×E), L block-diagonal.</summary>
        public double[] LocalFinalDemand { get; }

        /// <summary>L·F (n×E).</summary>
        public double[] LocalIntermediateFinal { get; }

        /// <summary>Row sums of <see cref="LocalFinalDemand"/>.</summary>
        public double[] LocalFinalDemandTotal { get; }

        /// <summary>Row sums of <see cref="LocalIntermediateFinal"/>.</summary>
        public double[] LocalIntermediateFinalTotal { get; }

        /// <summary>target −= A_d·x on the rows of every economy except <paramref name="skip"/>.</summary>
        public void SubtractDomestic(ReadOnlySpan<double> x, Span<double> target, int skip)
        {
            for (var e = 0; e < Blocks.Length; e++)
            {
                if (e == skip)
                    continue;
                var rows = Acc.Partition.Rows[e];
                var block = Blocks[e];
                var k = rows.Length;
                for (var c = 0; c < k; c++)
                {
                    var xc = x[rows[c]];
                    if (xc == 0)
                        continue;
                    for (var r = 0; r < k; r++)
                        target[rows[r]] -= block[r + c * k] * xc;
                }
            }
        }

        /// <summary>L·x for one vector on the rows of every economy except <paramref name="skip"/> (0 on its rows).</summary>
        public double[] LocalTimes(ReadOnlySpan<double> x, int skip) => Local(x, 1, skip);

        /// <summary>xᵀ·L (a row vector) on the rows of every economy except <paramref name="skip"/> (0 on its rows).</summary>
        public double[] RowTimesLocal(ReadOnlySpan<double> x, int skip)
        {
            var result = new double[Acc.N];
            for (var e = 0; e < Acc.E; e++)
            {
                if (e == skip)
                    continue;
                var rows = Acc.Partition.Rows[e];
                var l = Acc.LocalInverse(e);
                var k = rows.Length;
                for (var c = 0; c < k; c++)
                {
                    double sum = 0;
                    for (var r = 0; r < k; r++)
                        sum += x[rows[r]] * l[r + c * k];
                    result[rows[c]] = sum;
                }
            }
            return result;
        }

        /// <summary>L·X for an n×m matrix X, block by block.</summary>
        private double[] Local(ReadOnlySpan<double> x, int m, int skip)
        {
            var n = Acc.N;
            var result = new double[n * m];
            for (var e = 0; e < Acc.E; e++)
            {
                if (e == skip)
                    continue;
                var rows = Acc.Partition.Rows[e];
                var l = Acc.LocalInverse(e);
                var k = rows.Length;
                for (var j = 0; j < m; j++)
                    for (var c = 0; c < k; c++)
                    {
                        var xc = x[rows[c] + j * n];
                        if (xc == 0)
                            continue;
                        for (var r = 0; r < k; r++)
                            result[rows[r] + j * n] += l[r + c * k] * xc;
                    }
            }
            return result;
        }

        private static double[] RowSums(double[] x, int n, int m)
        {
            var sums = new double[n];
            for (var j = 0; j < m; j++)
                for (var i = 0; i < n; i++)
                    sums[i] += x[i + j * n];
            return sums;
        }
    }

    /// <summary>The per-exporter objects: A_SR, B[:,S], the LU of I + A_SR B_RS, exports and the Q-products both
    /// perspectives share.</summary>
    private sealed class Exporter
    {
        private readonly Basis _basis;
        private readonly ValueAddedAccounts _acc;
        private readonly ILinearAlgebra _la;
        private readonly int _s;
        private readonly int[] _rows;
        private readonly int _k;
        private readonly int _n;
        private readonly double[] _asr; // K×n: A_SR, zero in the S columns
        private readonly double[] _bs; // n×K: B[:,S]
        private readonly double[] _c; // K×K: I + A_SR B_RS
        private readonly ILuFactorization _lu;
        private readonly double[] _exports; // e
        private readonly double[] _finalExports; // y^exp
        private readonly double[] _aq; // K×5: A_SR·L·[y^dom, y^s, y^3, f^s, f^3]

        public Exporter(Basis basis, int s)
        {
            _basis = basis;
            _acc = basis.Acc;
            _la = _acc.System.Provider;
            _s = s;
            _rows = _acc.Partition.Rows[s];
            _k = _rows.Length;
            _n = _acc.N;
            int n = _n,
                k = _k;
            var table = _acc.System.Table;
            var z = table.Intermediate;
            var x = table.Output;
            var b = _acc.System.LeontiefInverse;
            var economyOfRow = _acc.Partition.EconomyOfRow;
            _asr = new double[k * n];
            for (var j = 0; j < n; j++)
            {
                if (economyOfRow[j] == s || x[j] <= 0)
                    continue;
                var inv = 1.0 / x[j];
                for (var r = 0; r < k; r++)
                    _asr[r + j * k] = z[_rows[r] + j * n] * inv;
            }
            _bs = new double[n * k];
            for (var c = 0; c < k; c++)
                b.Slice(_rows[c] * n, n).CopyTo(_bs.AsSpan(c * n, n));
            _c = new double[k * k];
            if (k > 0)
                _la.Multiply(false, false, k, k, n, _asr, _bs, _c);
            for (var r = 0; r < k; r++)
                _c[r + r * k] += 1;
            try
            {
                _lu = _la.Factor(k, _c);
            }
            catch (NumericalException e)
            {
                throw new NumericalException(
                    $"Borin–Mancini, exporter {_acc.Partition.Names[s]}: I + A_SR B_RS is singular ({e.Message}); "
                        + "the table is not productive"
                );
            }
            _exports = new double[k];
            _finalExports = new double[k];
            for (var r = 0; r < k; r++)
            {
                var i = _rows[r];
                _exports[r] = _acc.Exports[i];
                _finalExports[r] = _acc.TotalFinalDemand[i] - _acc.FinalDemand[i + s * n];
            }
            // L·[y^dom, y^s, y^3, f^s, f^3]; A_SR is zero in the S columns, so the S rows need not be cleared.
            var u = new double[n * 5];
            var ly = _basis.LocalFinalDemand;
            var lf = _basis.LocalIntermediateFinal;
            for (var i = 0; i < n; i++)
            {
                var ldom = _acc.LocalOutputForDomesticDemand[i];
                var lys = ly[i + s * n];
                var lfs = lf[i + s * n];
                u[i] = ldom;
                u[i + n] = lys;
                u[i + 2 * n] = _basis.LocalFinalDemandTotal[i] - ldom - lys;
                u[i + 3 * n] = lfs;
                u[i + 4 * n] = _basis.LocalIntermediateFinalTotal[i] - lfs;
            }
            _aq = Times(u, 5);
        }

        /// <summary>A_SR·U for an n×m matrix U (K×m).</summary>
        private double[] Times(double[] u, int m)
        {
            var result = new double[_k * m];
            if (_k > 0)
                _la.Multiply(false, false, _k, m, _n, _asr, u, result);
            return result;
        }

        private double Aq(int route, int r) => _aq[r + route * _k];

        // Columns of the Q-products: Q·y^dom, Q·y^s, Q·y^3, Q·f^s, Q·f^3.
        private const int Domestic = 0,
            ToExporter = 1,
            Third = 2,
            IntermediateExporter = 3,
            IntermediateThird = 4;

        public BmExporterTerms Source()
        {
            int k = _k,
                s = _s;
            // w^D = v_S L_SS; g = v_R B_RS; w^F = g·M, i.e. (I + A_SR B_RS)ᵀ w^Fᵀ = gᵀ.
            var wf = new double[k];
            for (var r = 0; r < k; r++)
                wf[r] = ForeignMultiplier(r);
            if (k > 0)
                _lu.Solve(1, wf, transpose: true);
            var v = new double[((int)BmTerm.FDC + 1) * k];
            for (var r = 0; r < k; r++)
            {
                void Add(BmTerm t, double value) => v[(int)t * k + r] = value;
                var i = _rows[r];
                var wd = _acc.DomesticMultipliers[i];
                var e = _exports[r];
                var y = _finalExports[r];
                Add(BmTerm.EXGR, e);
                Add(BmTerm.VAX1, wd * y);
                Add(BmTerm.VAX2, wd * Aq(Domestic, r));
                Add(BmTerm.VAX3, wd * Aq(Third, r));
                Add(BmTerm.VAX4, wd * Aq(IntermediateThird, r));
                Add(BmTerm.REF1, wd * Aq(ToExporter, r));
                Add(BmTerm.REF2, wd * Aq(IntermediateExporter, r));
                Add(BmTerm.DDC, (_acc.W(s, i) - wd) * e);
                Add(BmTerm.FVA1, wf[r] * y);
                Add(BmTerm.FVA2, wf[r] * Aq(Domestic, r));
                Add(BmTerm.FVA3, wf[r] * (Aq(ToExporter, r) + Aq(Third, r)));
                Add(BmTerm.FVA4, wf[r] * (Aq(IntermediateExporter, r) + Aq(IntermediateThird, r)));
                Add(BmTerm.FDC, (ForeignMultiplier(r) - wf[r]) * e);
            }
            return Terms(BmPerspective.Source, v, (double.NaN, double.NaN));
        }

        private BmExporterTerms Terms(BmPerspective perspective, double[] byRow, (double, double) vaxim)
        {
            var sectors = _acc.System.Table.SectorCount;
            var sectorOfRow = _rows.Select(i => i % sectors).ToArray();
            return new BmExporterTerms(_s, _acc.Partition.Names[_s], perspective, byRow, sectorOfRow, sectors, vaxim);
        }

        /// <summary>(v_R B_RS)_r = (v·B)_i − (v_S B_SS)_i.</summary>
        private double ForeignMultiplier(int r) => _acc.TotalMultipliers[_rows[r]] - _acc.W(_s, _rows[r]);

        public BmExporterTerms Sink()
        {
            int k = _k,
                n = _n,
                s = _s;
            var by = _acc.OutputForFinalDemand;
            var fd = _acc.FinalDemand;
            var p = _basis.Produces;
            // W = [Y^g[:,s], Y^x·1] and B·W = [B Y^g[:,s], B y_tot − B[:,S] y^exp].
            var bw = new double[n * 2];
            by.Slice(s * n, n).CopyTo(bw);
            _acc.OutputForTotalFinalDemand.CopyTo(bw.AsSpan(n, n));
            if (k > 0)
                _la.MultiplyVector(false, n, k, _bs, _finalExports, bw.AsSpan(n, n), beta: 1, alpha: -1);
            // B^s W = B W − B[:,S]·G with G = M·A_SR·(B W); h's column B^s[:,S]·e = B[:,S]·(M e).
            var g = Times(bw, 2);
            var me = (double[])_exports.Clone();
            if (k > 0)
            {
                _lu.Solve(2, g);
                _lu.Solve(1, me);
            }
            var bsw = new double[n * 3];
            bw.CopyTo(bsw, 0);
            if (k > 0)
            {
                _la.Multiply(false, false, n, 2, k, _bs, g, bsw.AsSpan(0, 2 * n), beta: 1, alpha: -1);
                _la.MultiplyVector(false, n, k, _bs, me, bsw.AsSpan(2 * n, n));
            }
            // A_m·X on the R rows = X − P·W − A_d·X (A B^s[:,S] adds only on the S rows).
            var fx = new double[n * 3];
            var economyOfRow = _acc.Partition.EconomyOfRow;
            for (var i = 0; i < n; i++)
            {
                if (economyOfRow[i] == s)
                    continue;
                fx[i] = bsw[i] - p[i] * fd[i + s * n];
                fx[i + n] = bsw[i + n] - p[i] * _acc.TotalFinalDemand[i];
                fx[i + 2 * n] = bsw[i + 2 * n];
            }
            for (var c = 0; c < 3; c++)
                _basis.SubtractDomestic(bsw.AsSpan(c * n, n), fx.AsSpan(c * n, n), s);
            var lfx = new double[n * 3];
            for (var c = 0; c < 3; c++)
                _basis.LocalTimes(fx.AsSpan(c * n, n), s).CopyTo(lfx, c * n);
            var aqx = Times(lfx, 3); // A_SR L_RR [f^{x,s}, f^{x,all}, h]
            var v = new double[((int)BmTerm.FDC + 1) * k];
            var wd = new double[k];
            for (var r = 0; r < k; r++)
            {
                void Add(BmTerm t, double value) => v[(int)t * k + r] = value;
                var i = _rows[r];
                wd[r] = _acc.W(s, i);
                var wf = ForeignMultiplier(r);
                var y = _finalExports[r];
                double fxs = aqx[r],
                    fxAll = aqx[r + k],
                    h = aqx[r + 2 * k];
                Add(BmTerm.EXGR, _exports[r]);
                Add(BmTerm.VAX1, wd[r] * y);
                Add(BmTerm.VAX2, wd[r] * Aq(Domestic, r));
                Add(BmTerm.VAX3, wd[r] * Aq(Third, r));
                Add(BmTerm.VAX4, wd[r] * (fxAll - fxs));
                Add(BmTerm.REF1, wd[r] * Aq(ToExporter, r));
                Add(BmTerm.REF2, wd[r] * fxs);
                Add(BmTerm.DDC, wd[r] * h);
                Add(BmTerm.FVA1, wf * y);
                Add(BmTerm.FVA2, wf * Aq(Domestic, r));
                Add(BmTerm.FVA3, wf * (Aq(ToExporter, r) + Aq(Third, r)));
                Add(BmTerm.FVA4, wf * fxAll);
                Add(BmTerm.FDC, wf * h);
            }
            var (sum, exvatools) = AbsorbedByImporter(wd);
            double direct = 0;
            for (var r = 0; r < k; r++)
                direct += v[(int)BmTerm.VAX1 * k + r] + v[(int)BmTerm.VAX2 * k + r];
            return Terms(BmPerspective.Sink, v, (direct + sum, direct + exvatools));
        }

        /// <summary>
        /// VAXIM3 = Σ_{i∈R} (w^D Q)_i F^x[i, c(i)]: the sink-based DVA in intermediate exports that ends in the final demand of
        /// the country of the importing row, with F^x[i, c(i)] = T[i, c(i)] − P_i y^dom_i − Σ_{j∈c(i)} a_ij T[j, c(i)] and
        /// T = B^s Y^x; and exvatools' variant, Σ over countries and industries of (Σ_parts (w^D Q)) · (Σ_parts F^x).
        /// </summary>
        private (double SumOfProducts, double Exvatools) AbsorbedByImporter(double[] wd)
        {
            int k = _k,
                n = _n,
                s = _s,
                eCount = _acc.E;
            var by = _acc.OutputForFinalDemand;
            var fd = _acc.FinalDemand;
            var economyOfRow = _acc.Partition.EconomyOfRow;
            // (w^D Q) = (w^D A_SR) L_RR.
            var wa = new double[n];
            if (k > 0)
                _la.MultiplyVector(true, k, n, _asr, wd, wa);
            var wq = _basis.RowTimesLocal(wa, s);
            // Δ = the exporter's final exports by destination (K×E, 0 in its own column);
            // D = Δ + M·(A_SR B Y^g − (C − I)·Δ), so that T[j, l] = (B Y^g)[j, l] − B[j,S]·D[:, l].
            var delta = new double[k * eCount];
            for (var l = 0; l < eCount; l++)
                if (l != s)
                    for (var r = 0; r < k; r++)
                        delta[r + l * k] = fd[_rows[r] + l * n];
            var d = new double[k * eCount];
            if (k > 0)
            {
                _la.Multiply(false, false, k, eCount, n, _asr, by, d);
                _la.Multiply(false, false, k, eCount, k, _c, delta, d, beta: 1, alpha: -1);
                for (var idx = 0; idx < d.Length; idx++)
                    d[idx] += delta[idx];
                _lu.Solve(eCount, d);
                for (var idx = 0; idx < d.Length; idx++)
                    d[idx] += delta[idx];
            }
            var t = new double[n];
            for (var j = 0; j < n; j++)
            {
                var e = economyOfRow[j];
                if (e == s)
                    continue;
                double sum = by[j + e * n];
                for (var r = 0; r < k; r++)
                    sum -= _bs[j + r * n] * d[r + e * k];
                t[j] = sum;
            }
            var fx = new double[n];
            for (var i = 0; i < n; i++)
                if (economyOfRow[i] != s)
                    fx[i] = t[i] - _basis.Produces[i] * _acc.DomesticFinalDemand[i];
            _basis.SubtractDomestic(t, fx, s);
            double sumOfProducts = 0;
            for (var i = 0; i < n; i++)
                sumOfProducts += wq[i] * fx[i];
            var sectors = _acc.System.Table.SectorCount;
            double exvatools = 0;
            for (var e = 0; e < eCount; e++)
            {
                if (e == s)
                    continue;
                var wqBySector = new double[sectors];
                var fxBySector = new double[sectors];
                foreach (var i in _acc.Partition.Rows[e])
                {
                    wqBySector[i % sectors] += wq[i];
                    fxBySector[i % sectors] += fx[i];
                }
                for (var sector = 0; sector < sectors; sector++)
                    exvatools += wqBySector[sector] * fxBySector[sector];
            }
            return (sumOfProducts, exvatools);
        }
    }
}
