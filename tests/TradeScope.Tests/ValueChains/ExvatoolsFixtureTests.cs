using System.Globalization;
using TradeScope.Data;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains;

/// <summary>exvatools 0.9.0 iciotest (Fixtures/exvatools): inverses and the totals of the oecd, wwz and kww methods for
/// every country and the NAFTA and EU27 groups, to 1e-6 relative (terms mapped by label,
/// docs/methods/value-chains.md#term-names).</summary>
public sealed class ExvatoolsFixtureTests
{
    private static readonly Lazy<LeontiefSystem> Icio = new(() =>
        Leontief(ExvatoolsLayout.Read(Fixture("exvatools", "iciotest_input_Z_Yfd.csv"), null))
    );

    private static void CompareMatrix(string file, Func<int, int, double> actual)
    {
        var table = Icio.Value.Table;
        var rows = Csv(Fixture("exvatools", file));
        var header = rows[0];
        var labels = Enumerable.Range(0, table.Size).ToDictionary(table.RowLabel, i => i);
        var max = rows.Skip(1).SelectMany(r => r.Skip(1)).Max(c => Math.Abs(double.Parse(c, CultureInfo.InvariantCulture)));
        foreach (var r in rows.Skip(1))
            for (var c = 1; c < header.Length; c++)
            {
                var expected = double.Parse(r[c], CultureInfo.InvariantCulture);
                var got = actual(labels[r[0]], labels[header[c]]);
                Assert.True(
                    Math.Abs(got - expected) <= 1e-6 * Math.Max(Math.Abs(expected), 1e-3 * max),
                    $"{file} [{r[0]}, {header[c]}]: expected {expected:R}, got {got:R}"
                );
            }
    }

    [Fact]
    public void Global_inverse_matches() => CompareMatrix("iciotest_expected_global_leontief_B.csv", Icio.Value.B);

    [Fact]
    public void Local_inverses_match()
    {
        var system = Icio.Value;
        var acc = new ValueAddedAccounts(system, EconomyPartition.ByCountry(system.Table));
        var ld = new Dictionary<(int, int), double>();
        for (var e = 0; e < acc.E; e++)
        {
            var rows = acc.Partition.Rows[e];
            for (var a = 0; a < rows.Length; a++)
                for (var b = 0; b < rows.Length; b++)
                    ld[(rows[a], rows[b])] = acc.LocalInverse(e)[a + b * rows.Length];
        }
        CompareMatrix("iciotest_expected_local_leontief_Ld.csv", (i, j) => ld.GetValueOrDefault((i, j)));
    }

    [Fact]
    public void Output_and_value_added_match()
    {
        var table = Icio.Value.Table;
        foreach (var r in Csv(Fixture("exvatools", "iciotest_expected_X_VA.csv")).Skip(1))
        {
            var i = Enumerable.Range(0, table.Size).Single(k => table.RowLabel(k) == r[0]);
            Relative(double.Parse(r[1], CultureInfo.InvariantCulture), table.Output[i], 1e-9, $"X {r[0]}", 1e-9);
            Relative(double.Parse(r[2], CultureInfo.InvariantCulture), table.ValueAdded[i], 1e-9, $"VA {r[0]}", 1e-9);
        }
    }

    public static IEnumerable<object[]> Exporters() =>
        new[] { "ESP", "FRA", "MEX", "USA", "CHN", "ROW", "NAFTA", "EU27" }.Select(e => new object[] { e });

    private static IReadOnlyDictionary<(string Method, string Output, string Term), double> Expected(string exporter) =>
        Csv(Fixture("exvatools", "iciotest_expected_exvadec_totals.csv"))
            .Skip(1)
            .Where(r => r[3] == exporter && r[4] == "exporter_call" && r[1] is "oecd" or "wwz" or "kww")
            .ToDictionary(r => (r[1], r[2], r[5]), r => double.Parse(r[6], CultureInfo.InvariantCulture));

    private static (ValueAddedAccounts Acc, int S) Accounts(string exporter)
    {
        var system = Icio.Value;
        var partition = exporter switch
        {
            "NAFTA" or "EU27" => EconomyPartition.WithGroup(
                system.Table,
                exporter,
                TradeScope
                    .Data.GroupResolution.Resolve("group:" + exporter, "--exporter", system.Table.Year)
                    .InTable(system.Table.Countries)
                    .Present
            ),
            _ => EconomyPartition.ByCountry(system.Table),
        };
        return (new ValueAddedAccounts(system, partition), partition.IndexOf(exporter));
    }

    [Theory, MemberData(nameof(Exporters))]
    public void Oecd_totals_match(string exporter)
    {
        var (acc, s) = Accounts(exporter);
        var o = ExportDecomposition.Oecd(acc, s);
        var expected = Expected(exporter).Where(e => e.Key.Method == "oecd").ToList();
        Assert.Equal(10 + 5 + 25, expected.Count);
        foreach (var ((_, output, term), value) in expected)
            Relative(value, o.Total(Enum.Parse<OecdTerm>(term)), 1e-6, $"{exporter} oecd {output} {term}", 1e-6); // by label
    }

    [Theory, MemberData(nameof(Exporters))]
    public void Wwz_and_kww_totals_match(string exporter)
    {
        var (acc, s) = Accounts(exporter);
        var w = ExportDecomposition.Wwz(acc, s);
        var standard = StandardTerms.FromWwz(w).ToDictionary(p => Term.Of(p.Term).Label, p => p.Value);
        var kww = new double[9];
        foreach (var t in Enum.GetValues<WwzTerm>())
            kww[(int)TermNames.KwwOf(t)] += w.Total(t);
        var expected = Expected(exporter).Where(e => e.Key.Method != "oecd").ToList();
        Assert.Equal(9 + 17 + 9 + 10, expected.Count);
        foreach (var ((method, output, term), value) in expected)
        {
            var got = (method, output, term) switch
            {
                (_, "standard", _) => standard[term],
                (_, "terms", "EXGR") => w.Exports.Sum(),
                ("wwz", "terms", _) => w.Total(TermNames.WwzFromExvatools(term)),
                ("kww", "terms", _) => kww[(int)TermNames.KwwFromExvatools(term)],
                _ => double.NaN,
            };
            Relative(value, got, 1e-6, $"{exporter} {method} {output} {term}", 1e-6);
        }
    }

    [Fact]
    public void Foreign_content_by_origin_matches_get_va_exgr()
    {
        var (acc, _) = Accounts("ESP");
        foreach (
            var r in Csv(Fixture("exvatools", "iciotest_expected_exvadec_totals.csv"))
                .Skip(1)
                .Where(r => r[1] == "get_va_exgr" && r[2] == "TC")
        )
        {
            var p = ExportDecomposition.Participation(acc, acc.Partition.IndexOf(r[3]));
            var origin = r[4]["geo_orig=".Length..];
            Relative(
                double.Parse(r[6], CultureInfo.InvariantCulture),
                p.Fva(acc.Partition.IndexOf(origin)),
                1e-6,
                $"VA of {origin} in {r[3]} exports",
                1e-6
            );
        }
    }
}
