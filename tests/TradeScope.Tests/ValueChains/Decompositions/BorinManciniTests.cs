using System.Globalization;
using FsCheck.Xunit;
using TradeScope.Data;
using TradeScope.Model;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains.Decompositions;

/// <summary>
/// Borin–Mancini (docs/methods/value-chains.md#borin-mancini): the 3 × 1 worked example to its printed precision, the
/// column update (<see cref="BorinMancini"/>) against the naive extraction inverse (<see cref="BorinManciniOracle"/>) on
/// random tables — plain, with a split country, with a zero-output industry, with negative final demand, with a group
/// exporter — and on exvatools' iciotest, and the accounting identities.
/// </summary>
public sealed class BorinManciniTests
{
    private static readonly string[] Countries = ["P", "Q", "R"];

    /// <summary>The worked example's table (the inputs of Fixtures/spec/worked_example_6_6.csv).</summary>
    private static LeontiefSystem WorkedExample()
    {
        var z = new double[3, 3];
        var y = new double[3, 3];
        foreach (var r in Csv(Fixture("spec", "worked_example_6_6.csv")).Skip(1).Where(r => r[0] is "Z" or "Y"))
            (r[0] == "Z" ? z : y)[Array.IndexOf(Countries, r[1]), Array.IndexOf(Countries, r[2])] = double.Parse(
                r[4],
                CultureInfo.InvariantCulture
            );
        return Leontief(Table(Countries, ["all"], z, y));
    }

    [Fact]
    public void Worked_example_matches_to_the_printed_precision()
    {
        var system = WorkedExample();
        var byCountry = new ValueAddedAccounts(system, EconomyPartition.ByCountry(system.Table));
        var group = new ValueAddedAccounts(system, EconomyPartition.WithGroup(system.Table, "PQ", ["P", "Q"]));
        var expected = Csv(Fixture("spec", "worked_example_bm.csv")).Skip(1).ToList();
        Assert.Equal(92, expected.Count);
        foreach (var r in expected)
        {
            var acc = r[1] == "PQ" ? group : byCountry;
            var s = acc.Partition.IndexOf(r[1]);
            var terms = r[0].StartsWith("bm_src", StringComparison.Ordinal) ? BorinMancini.Source(acc, s) : BorinMancini.Sink(acc, s);
            Printed(r[3], terms[Enum.Parse<BmTerm>(r[2])], $"{r[0]} {r[1]} {r[2]}");
        }
    }

    [Fact]
    public void Worked_example_vaxim_variants_coincide_without_split_countries()
    {
        var system = WorkedExample();
        var acc = new ValueAddedAccounts(system, EconomyPartition.ByCountry(system.Table));
        foreach (var terms in BorinMancini.All(acc, BmPerspective.Sink))
            Relative(terms.Vaxim(VaximVariant.SumOfProducts), terms.Vaxim(VaximVariant.Exvatools), 1e-12, terms.ExporterName);
    }

    /// <summary>A random productive table: <paramref name="countries"/> countries (the first split into two row blocks
    /// when <paramref name="split"/>), strong domestic blocks, optionally a zero-output industry (all its Z row, Z column
    /// and Y row 0, as the empty CHN/MEX blocks of OECD extended tables) and a negative final-demand cell.</summary>
    internal static IcioTable RandomTable(int seed, int countries, int sectors, bool split, bool zeroIndustry, bool negative)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, countries).Select(c => ((char)('A' + c)).ToString() + "XX").ToArray();
        var regions = split ? ["P1", "P2", .. names.Skip(1)] : names;
        var regionCountries = split ? [names[0], names[0], .. names.Skip(1)] : names;
        var sectorNames = Enumerable.Range(1, sectors).Select(k => "s" + k).ToArray();
        var builder = new IcioTableBuilder("random", regions, regionCountries, sectorNames, names);
        var n = builder.Size;
        int Country(int row) => Array.IndexOf(names, regionCountries[row / sectors]);
        var zero = zeroIndustry ? random.Next(n) : -1;
        for (var i = 0; i < n; i++)
        {
            if (i == zero)
                continue;
            for (var j = 0; j < n; j++)
                if (j != zero)
                    builder.Intermediate[i + j * n] = random.NextDouble() * (Country(i) == Country(j) ? 5 : 1);
            for (var c = 0; c < countries; c++)
                builder.FinalDemand[i + c * n] = random.NextDouble() * (Country(i) == c ? 5 * n : 3);
        }
        if (negative)
        {
            var i = (zero + 1) % n;
            builder.FinalDemand[i + ((Country(i) + 1) % countries) * n] = -0.5;
        }
        return builder.Build();
    }

    private static void AgreesWithOracle(LeontiefSystem system, EconomyPartition partition, double tolerance)
    {
        var acc = new ValueAddedAccounts(system, partition);
        var oracle = new BorinManciniOracle(system, partition);
        foreach (var perspective in new[] { BmPerspective.Source, BmPerspective.Sink })
            foreach (var fast in BorinMancini.All(acc, perspective))
            {
                var naive = oracle.Decompose(fast.Exporter, perspective);
                var scale = Math.Max(Math.Abs(naive["EXGR"]), 1); // EXGR may be small or negative with negative final demand
                void Check(string label, double got) =>
                    Assert.True(
                        Math.Abs(got - naive[label]) <= tolerance * scale,
                        $"{perspective} {fast.ExporterName} {label}: column update {got:R}, naive {naive[label]:R}"
                    );
                foreach (var term in BmExporterTerms.Detailed)
                    Check(term.ToString(), fast[term]);
                if (perspective == BmPerspective.Sink)
                {
                    Check("VAXIM", fast.Vaxim(VaximVariant.SumOfProducts));
                    Check("VAXIM_EXVATOOLS", fast.Vaxim(VaximVariant.Exvatools));
                }
            }
    }

    [Property(MaxTest = 20)]
    public void Column_update_equals_the_naive_extraction_inverse(
        int seed,
        int countries,
        int sectors,
        bool split,
        bool zero,
        bool negative
    )
    {
        var table = RandomTable(seed, 2 + Math.Abs(countries % 4), 1 + Math.Abs(sectors % 4), split, zero, negative);
        var system = Leontief(table);
        AgreesWithOracle(system, EconomyPartition.ByCountry(table), 1e-9);
        AgreesWithOracle(system, EconomyPartition.WithGroup(table, "G", [table.Countries[0], table.Countries[^1]]), 1e-9);
    }

    [Fact]
    public void Column_update_equals_the_naive_extraction_inverse_on_iciotest()
    {
        var system = Leontief(ExvatoolsLayout.Read(Fixture("exvatools", "iciotest_input_Z_Yfd.csv"), null));
        AgreesWithOracle(system, EconomyPartition.ByCountry(system.Table), 1e-9);
        AgreesWithOracle(system, EconomyPartition.WithGroup(system.Table, "NAFTA", ["MEX", "USA"]), 1e-9);
    }

    [Property(MaxTest = 25)]
    public void Terms_add_up_to_gross_exports_and_match_the_oecd_items(int seed, int countries, int sectors, bool split, bool negative)
    {
        var table = RandomTable(seed, 2 + Math.Abs(countries % 5), 1 + Math.Abs(sectors % 4), split, zeroIndustry: split, negative);
        var system = Leontief(table);
        var acc = new ValueAddedAccounts(system, EconomyPartition.ByCountry(table));
        for (var s = 0; s < acc.E; s++)
        {
            var src = BorinMancini.Source(acc, s);
            var snk = BorinMancini.Sink(acc, s);
            var oecd = ExportDecomposition.Oecd(acc, s);
            var exgr = src[BmTerm.EXGR];
            var scale = Math.Max(Math.Abs(exgr), 1); // negative final demand can make an exporter's EXGR small or negative
            void Same(double expected, double got, string what) =>
                Assert.True(Math.Abs(got - expected) <= 1e-9 * scale, $"{what}: {expected:R} vs {got:R}");
            Same(oecd.Total(OecdTerm.EXGR), exgr, "EXGR");
            foreach (var terms in new[] { src, snk })
                Same(exgr, BmExporterTerms.Detailed.Skip(1).Sum(t => terms[t]), $"{terms.Perspective} terms");
            Same(exgr, src[BmTerm.DC] + src[BmTerm.FC], "DC + FC");
            Same(exgr, src[BmTerm.DAVAX] + src[BmTerm.GVC], "DAVAX + GVC");
            Same(oecd.Total(OecdTerm.EXGR_DVA), src[BmTerm.DC], "DC = EXGR_DVA");
            Same(oecd.Total(OecdTerm.EXGR_RIM), src[BmTerm.DDC], "DDC = EXGR_RIM");
            Same(oecd.Total(OecdTerm.EXGR_FVA), src[BmTerm.FC], "FC = EXGR_FVA");
            Same(oecd.Total(OecdTerm.VAX), src[BmTerm.VAX], "VAX = FFD_DVA");
            Same(oecd.Total(OecdTerm.DVA), src[BmTerm.DVA], "DVA = v L e");
            foreach (var item in new[] { BmTerm.DC, BmTerm.DVA, BmTerm.VAX, BmTerm.REF, BmTerm.DDC, BmTerm.FC, BmTerm.FVA, BmTerm.FDC })
                Same(src[item], snk[item], $"source = sink {item}");
        }
    }
}
