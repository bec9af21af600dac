using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.Tests.ValueChains;
using TradeScope.ValueChains;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>Regional value-chain panel (issue 5): BP, FP and exports against hand calculations.</summary>
public sealed class RvcSeriesTests
{
    private static readonly string[] Countries = ["P", "Q", "R"];

    /// <summary>Spec §6.6: Z and Y from the fixture, row-major [seller, buyer].</summary>
    private static (double[,] Z, double[,] Y) WorkedExample()
    {
        var z = new double[3, 3];
        var y = new double[3, 3];
        foreach (
            var r in IcioTestSupport.Csv(IcioTestSupport.Fixture("spec", "worked_example_6_6.csv")).Skip(1).Where(r => r[0] is "Z" or "Y")
        )
            (r[0] == "Z" ? z : y)[Array.IndexOf(Countries, r[1]), Array.IndexOf(Countries, r[2])] = double.Parse(
                r[4],
                CultureInfo.InvariantCulture
            );
        return (z, y);
    }

    private static ValueAddedAccounts Accounts(IcioTable table, ILinearAlgebra? provider = null)
    {
        var system = LeontiefSystem.Build(table, provider ?? ManagedLinearAlgebra.Instance);
        return new ValueAddedAccounts(system, EconomyPartition.ByCountry(table));
    }

    private static void Close(double expected, double actual, string what) =>
        Assert.True(
            Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
            $"{what}: expected {expected:R}, got {actual:R}"
        );

    /// <summary>The 3×3 inverse by the adjugate, independent of any library.</summary>
    private static double[,] Inverse3(double[,] m)
    {
        double C(int r, int c)
        {
            int r0 = (r + 1) % 3,
                r1 = (r + 2) % 3,
                c0 = (c + 1) % 3,
                c1 = (c + 2) % 3;
            return m[r0, c0] * m[r1, c1] - m[r0, c1] * m[r1, c0];
        }
        var det = m[0, 0] * C(0, 0) + m[0, 1] * C(0, 1) + m[0, 2] * C(0, 2);
        var inv = new double[3, 3];
        for (var r = 0; r < 3; r++)
            for (var c = 0; c < 3; c++)
                inv[c, r] = C(r, c) / det;
        return inv;
    }

    [Fact]
    public void Worked_example_bp_fp_and_exports_match_a_hand_calculation()
    {
        var (z, y) = WorkedExample();
        // By hand: X = Z·1 + Y·1, v = (X − 1'Z)/X, A = Z/X, B = (I − A)⁻¹, E_c = Σ_{d≠c} (z_cd + y_cd).
        var x = new double[3];
        var v = new double[3];
        var e = new double[3, 3];
        var eTot = new double[3];
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                x[i] += z[i, j] + y[i, j];
        for (var j = 0; j < 3; j++)
        {
            var colSum = 0.0;
            for (var i = 0; i < 3; i++)
                colSum += z[i, j];
            v[j] = (x[j] - colSum) / x[j];
        }
        var iMinusA = new double[3, 3];
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                iMinusA[i, j] = (i == j ? 1 : 0) - z[i, j] / x[j];
        var b = Inverse3(iMinusA);
        for (var c = 0; c < 3; c++)
            for (var d = 0; d < 3; d++)
                if (c != d)
                {
                    e[c, d] = z[c, d] + y[c, d];
                    eTot[c] += e[c, d];
                }
        double Vbe(int origin, int exporter) => v[origin] * b[origin, exporter] * eTot[exporter];
        const int P = 0,
            Q = 1,
            R = 2;
        Assert.Equal(31, eTot[P]);
        Assert.Equal(27, eTot[Q]);
        Assert.Equal(17, eTot[R]);

        var table = IcioTestSupport.Table(Countries, ["all"], z, y);
        var acc = Accounts(table);
        var sectors = new[] { new RvcSector("all", null) };

        // P inside the group {P, Q}: partner Q only; R is external.
        var pq = new RvcGroup("PQ", [Economy.OfTable("P"), Economy.OfTable("Q")], true, "test");
        var fromP = RvcSeries.ForTable(acc, 2000, ["P", "R"], pq, sectors, out var partners, out var notes);
        Assert.Empty(notes);
        Assert.Equal(["Q"], partners["P"]);
        Assert.Equal(["P", "Q"], partners["R"]);
        var p = fromP.Single(t => t.Country == "P");
        Close(Vbe(Q, P), p.Bp, "BP of P with {Q}"); // v_Q b_QP E_P
        Close(Vbe(P, Q), p.Fp, "FP of P with {Q}"); // v_P b_PQ E_Q
        Close(e[P, Q], p.ExMutual, "Ex_mutual P→Q");
        Close(e[P, R], p.ExExternal, "Ex_external P→R");
        IcioTestSupport.Printed("2.7078", p.Bp, "docs/methods/value-chains.md#worked-example FVA_PQ");
        IcioTestSupport.Printed("2.5112", p.Fp, "docs/methods/value-chains.md#worked-example FP_PQ");
        Assert.True(double.IsNaN(p.Gdppc));

        // R outside the group: partners P and Q; everything R exports goes to the group.
        var r = fromP.Single(t => t.Country == "R");
        Close(Vbe(P, R) + Vbe(Q, R), r.Bp, "BP of R with {P,Q}");
        Close(Vbe(R, P) + Vbe(R, Q), r.Fp, "FP of R with {P,Q}");
        Close(e[R, P] + e[R, Q], r.ExMutual, "Ex_mutual R→{P,Q}");
        Close(0, r.ExExternal, "Ex_external R");
        IcioTestSupport.Printed("2.2976", r.Bp, "docs/methods/value-chains.md#worked-example EXGR_FVA of R = V̂BÊ[P,R] + V̂BÊ[Q,R]");
        IcioTestSupport.Printed("3.0824", r.Fp, "docs/methods/value-chains.md#worked-example V̂BÊ[R,P] + V̂BÊ[R,Q] = 1.5031 + 1.5793");
    }

    [Fact]
    public void Aggregates_sum_origin_and_exporting_sectors_over_the_aggregate()
    {
        var table = SyntheticIcio.Generate(4, 3, seed: 7, foreignDensity: 0.6);
        var acc = Accounts(table);
        int n = table.Size,
            k = table.SectorCount;
        // Independent dense inverse (Math.NET) and exports from Z and Y.
        var iMinusA = Matrix<double>.Build.Dense(
            n,
            n,
            (i, j) => (i == j ? 1 : 0) - (table.Output[j] > 0 ? table.Z(i, j) / table.Output[j] : 0)
        );
        var b = iMinusA.Inverse();
        var v = Enumerable.Range(0, n).Select(j => table.ValueAdded[j] / table.Output[j]).ToArray();
        double ExportsTo(int i, int d)
        {
            double s = table.Y(i, d);
            for (var j = d * k; j < (d + 1) * k; j++)
                s += table.Z(i, j);
            return s;
        }
        var e = new double[n];
        for (var i = 0; i < n; i++)
            for (var d = 0; d < 4; d++)
                if (d != i / k)
                    e[i] += ExportsTo(i, d);

        var members = new[] { "XAA", "XAB", "XAC" };
        var group = new RvcGroup("G", members.Select(Economy.OfTable).ToList(), true, "test");
        var aggregate = new[] { 0, 2 };
        var sector = new RvcSector("s01", null);
        // The aggregate {s01, s03}: origin and exporting sectors both range over it.
        foreach (var pName in new[] { "XAA", "XAD" })
        {
            var p = table.CountryIndex(pName);
            var q = Enumerable.Range(0, 3).Where(c => c != p).ToArray();
            double bp = 0,
                fp = 0,
                mutual = 0,
                external = 0;
            foreach (var qq in q)
                foreach (var si in aggregate)
                    foreach (var sk in aggregate)
                    {
                        int oq = qq * k + si,
                            ep = p * k + sk,
                            op = p * k + si,
                            eq = qq * k + sk;
                        bp += v[oq] * b[oq, ep] * e[ep];
                        fp += v[op] * b[op, eq] * e[eq];
                    }
            foreach (var si in aggregate)
                for (var d = 0; d < 4; d++)
                    if (d != p)
                    {
                        if (q.Contains(d))
                            mutual += ExportsTo(p * k + si, d);
                        else
                            external += ExportsTo(p * k + si, d);
                    }
            var rowsP = SectorBlockSums.Rows(acc, p, aggregate);
            var rowsQ = q.SelectMany(c => SectorBlockSums.Rows(acc, c, aggregate)).ToArray();
            Close(bp, SectorBlockSums.ValueAddedInExports(acc, rowsQ, rowsP), $"BP {pName}");
            Close(fp, SectorBlockSums.ValueAddedInExports(acc, rowsP, rowsQ), $"FP {pName}");
            Close(mutual, SectorBlockSums.ExportsTo(acc, rowsP, q), $"mutual {pName}");
            Close(
                external,
                SectorBlockSums.ExportsTo(acc, rowsP, Enumerable.Range(0, 4).Where(d => d != p && !q.Contains(d)).ToArray()),
                $"external {pName}"
            );
        }
        // And through the series for a single sector.
        var point = RvcSeries.ForTable(acc, 2000, ["XAD"], group, [sector], out _, out _).Single();
        var pd = table.CountryIndex("XAD");
        double bp1 = 0;
        for (var qq = 0; qq < 3; qq++)
            bp1 += v[qq * k] * b[qq * k, pd * k] * e[pd * k];
        Close(bp1, point.Bp, "BP XAD s01");
    }

    [Fact]
    public void With_every_sector_and_every_other_country_bp_and_fp_are_the_engine_fva_and_fp_totals()
    {
        var table = SyntheticIcio.Generate(5, 4, seed: 3, foreignDensity: 0.3);
        var acc = Accounts(table);
        var all = Enumerable.Range(0, table.SectorCount).ToArray();
        for (var p = 0; p < 5; p++)
        {
            var flows = ExportDecomposition.Participation(acc, p);
            var q = Enumerable.Range(0, 5).Where(c => c != p).ToArray();
            var rowsP = SectorBlockSums.Rows(acc, p, all);
            var rowsQ = q.SelectMany(c => SectorBlockSums.Rows(acc, c, all)).ToArray();
            Close(q.Sum(flows.Fva), SectorBlockSums.ValueAddedInExports(acc, rowsQ, rowsP), $"FVA_p {p}");
            Close(q.Sum(flows.Fp), SectorBlockSums.ValueAddedInExports(acc, rowsP, rowsQ), $"DVAFX_p {p}");
            Close(flows.Exports.Sum(), SectorBlockSums.ExportsTo(acc, rowsP, q), $"exports {p}");
        }
    }

    [Fact]
    public void Eu27_is_the_eu_on_2020_02_01_and_dated_groups_resolve_on_their_date()
    {
        var eu27 = RvcGroup.Resolve("group:EU27", 2011);
        Assert.Equal(27, eu27.Members.Count);
        Assert.Contains("HRV", eu27.Members.Select(m => m.Label));
        Assert.DoesNotContain("GBR", eu27.Members.Select(m => m.Label));
        Assert.False(eu27.Explicit);
        var eu2011 = RvcGroup.Resolve("group:EU@2011-07-01", 2011);
        Assert.Equal(27, eu2011.Members.Count);
        Assert.Contains("GBR", eu2011.Members.Select(m => m.Label));
        Assert.DoesNotContain("HRV", eu2011.Members.Select(m => m.Label));
        Assert.Equal(eu2011.Members, RvcGroup.Resolve("group:EU", 2011).Members); // annual group: 1 July of the last year
        Assert.Equal(["ARM", "BLR", "KAZ", "KGZ", "RUS"], RvcGroup.Resolve("group:EAEU@2016-01-01", 2011).Members.Select(m => m.Label));
        Assert.All(eu27.Members, m => Assert.Equal(EconomyKind.Country, m.Kind));
        Assert.True(RvcGroup.Resolve("DEU,FRA", 2011).Explicit);
        Assert.Throws<TradeScope.Core.InputException>(() => RvcGroup.Resolve("group:NOPE", 2011));
        Assert.Throws<TradeScope.Core.InputException>(() => RvcGroup.Resolve("group:EAEU", 2011)); // no members on 2011-07-01
        Assert.Throws<TradeScope.Core.InputException>(() => RvcGroup.Resolve("group:EU@2011-13-01", 2011));
    }

    [Fact]
    public void Named_sectors_are_the_wiod_aggregates()
    {
        var sectors = RvcSector.ParseList("total-manufacturing,chemicals,electronics,transport,c20");
        var codes = Enumerable.Range(1, 35).Select(i => $"c{i}").ToArray();
        var table = IcioTestSupport.Table(["AAA", "BBB"], codes, new double[70, 70], Identity(70, 2));
        int[] Codes(RvcSector s) => s.Indices(table).Select(i => int.Parse(codes[i][1..], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(Enumerable.Range(3, 14), Codes(sectors[0]));
        Assert.Equal([9], Codes(sectors[1]));
        Assert.Equal([14], Codes(sectors[2]));
        Assert.Equal([15], Codes(sectors[3]));
        Assert.Equal([20], Codes(sectors[4]));
        Assert.Throws<TradeScope.Core.InputException>(() => new RvcSector("c99", null).Indices(table));
        Assert.Throws<TradeScope.Core.InputException>(() => RvcSector.ParseList("chemicals,chemicals"));
    }

    private static double[,] Identity(int n, int c)
    {
        var y = new double[n, c];
        for (var i = 0; i < n; i++)
            y[i, i * c / n] = 1;
        return y;
    }
}
