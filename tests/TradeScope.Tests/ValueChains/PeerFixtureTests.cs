using System.Globalization;
using TradeScope.ValueChains;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains;

/// <summary>decompr "leather" (Fixtures/decompr) and pymrio's Miller–Blair example (Fixtures/pymrio).</summary>
public sealed class PeerFixtureTests
{
    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static (string[] Countries, string[] Sectors, LeontiefSystem System) Leather()
    {
        var z = Csv(Fixture("decompr", "leather_inter_Z.csv"));
        var y = Csv(Fixture("decompr", "leather_final_Y.csv"));
        var labels = z.Skip(1).Select(r => r[0].Split('.', 2)).ToList();
        var countries = labels.Select(l => l[0]).Distinct().ToArray();
        var sectors = labels.Select(l => l[1]).Distinct().ToArray();
        Assert.Equal(z[0].Skip(1), z.Skip(1).Select(r => r[0])); // column labels = row labels
        Assert.Equal(countries.Select(c => c + ".FD"), y[0].Skip(1)); // one FD column per country, same order
        var n = labels.Count;
        var zm = new double[n, n];
        var ym = new double[n, countries.Length];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
                zm[i, j] = D(z[i + 1][j + 1]);
            for (var c = 0; c < countries.Length; c++)
                ym[i, c] = D(y[i + 1][c + 1]);
        }
        var published = Csv(Fixture("decompr", "leather_output_x.csv")).Skip(1).Select(r => D(r[1])).ToArray();
        return (countries, sectors, Leontief(Table(countries, sectors, zm, ym, published)));
    }

    [Fact]
    public void Leather_leontief_inverse_matches_decompr()
    {
        var (countries, sectors, system) = Leather();
        var expected = Csv(Fixture("decompr", "expected_leontief_inverse_B.csv"));
        var index = expected[0]
            .Skip(1)
            .Select(l => l.Split('.', 2))
            .Select(l => Array.IndexOf(countries, l[0]) * sectors.Length + Array.IndexOf(sectors, l[1]))
            .ToArray();
        for (var r = 1; r < expected.Count; r++)
            for (var c = 1; c < expected[r].Length; c++)
                Relative(D(expected[r][c]), system.B(index[r - 1], index[c - 1]), 1e-6, $"B[{expected[r][0]}, {expected[0][c]}]");
    }

    [Fact]
    public void Leather_all_16_wwz_terms_match_decompr_by_label()
    {
        var (countries, sectors, system) = Leather();
        var acc = new ValueAddedAccounts(system, EconomyPartition.ByCountry(system.Table));
        var terms = Enumerable.Range(0, countries.Length).Select(s => ExportDecomposition.Wwz(acc, s)).ToArray();
        var rows = Csv(Fixture("decompr", "expected_wwz_16terms.csv"));
        var header = rows[0];
        var checkedCells = 0;
        foreach (var r in rows.Skip(1))
        {
            var s = Array.IndexOf(countries, r[0]);
            var k = Array.IndexOf(sectors, r[1]);
            var imp = Array.IndexOf(countries, r[2]);
            Assert.True(s >= 0 && k >= 0 && imp >= 0, $"unknown labels {r[0]} {r[1]} {r[2]}");
            foreach (var term in Enum.GetValues<WwzTerm>())
            {
                var column = Array.IndexOf(header, Term.Of(term).Label); // by label (decompr orders columns differently)
                Assert.True(column > 0, $"decompr has no column {term}");
                var expected = D(r[column]);
                var got = s == imp ? 0 : terms[s][imp, term, k];
                Assert.True(
                    Math.Abs(got - expected) <= 1e-6 * Math.Max(Math.Abs(expected), 1e-6),
                    $"{r[0]}.{r[1]}→{r[2]} {term}: expected {expected:R}, got {got:R}"
                );
                checkedCells++;
            }
            var texp = D(r[Array.IndexOf(header, "texp")]);
            Relative(texp, s == imp ? 0 : terms[s].ExportsTo(imp, k), 1e-9, $"texp {r[0]}.{r[1]}→{r[2]}", 1e-9);
        }
        Assert.Equal(27 * 16, checkedCells);
    }

    [Fact]
    public void Miller_Blair_leontief_inverse_is_exact()
    {
        // Z = [[150, 500], [200, 100]], f = [350, 1700], x = [1000, 2000]: A = [[0.15, 0.25], [0.20, 0.05]],
        // det(I − A) = 0.85·0.95 − 0.25·0.20 = 0.7575 = 303/400, so L = (400/303)·[[0.95, 0.25], [0.20, 0.85]]
        // = [[380, 100], [80, 340]] / 303 exactly.
        var z = Csv(Fixture("pymrio", "miller_blair_Z.csv")).Skip(1).Select(r => r.Skip(1).Select(D).ToArray()).ToArray();
        var f = Csv(Fixture("pymrio", "miller_blair_fd.csv")).Skip(1).Select(r => D(r[1])).ToArray();
        var x = Csv(Fixture("pymrio", "miller_blair_x.csv")).Skip(1).Select(r => D(r[1])).ToArray();
        var system = Leontief(
            Table(
                ["MB"],
                ["sec1", "sec2"],
                new[,]
                {
                    { z[0][0], z[0][1] },
                    { z[1][0], z[1][1] },
                },
                new[,]
                {
                    { f[0] },
                    { f[1] },
                },
                x
            )
        );
        double[,] exact =
        {
            { 380.0 / 303, 100.0 / 303 },
            { 80.0 / 303, 340.0 / 303 },
        };
        for (var i = 0; i < 2; i++)
            for (var j = 0; j < 2; j++)
                Relative(exact[i, j], system.B(i, j), 1e-10, $"L[{i},{j}]");
        var published = Csv(Fixture("pymrio", "miller_blair_L.csv")).Skip(1).Select(r => r.Skip(1).Select(D).ToArray()).ToArray();
        for (var i = 0; i < 2; i++)
            for (var j = 0; j < 2; j++)
                Relative(published[i][j], system.B(i, j), 1e-5, $"pymrio L[{i},{j}] (rtol 1e-5 as upstream)");
    }
}
