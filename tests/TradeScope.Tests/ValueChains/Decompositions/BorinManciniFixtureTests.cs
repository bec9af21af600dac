using System.Globalization;
using TradeScope.Data;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains.Decompositions;

/// <summary>exvatools 0.9.0 iciotest (Fixtures/exvatools): every bm_src and bm_snk expected total, standard and terms, for
/// every country (CHN and MEX split into CN1/CN2 and MX1/MX2) and the NAFTA and EU27 groups, to 1e-6 relative, with
/// VAXIM in exvatools' variant; the definition's VAXIM is below it on this split table
/// (docs/methods/value-chains.md#bm-vaxim).</summary>
public sealed class BorinManciniFixtureTests
{
    private static readonly Lazy<LeontiefSystem> Icio = new(() =>
        Leontief(ExvatoolsLayout.Read(Fixture("exvatools", "iciotest_input_Z_Yfd.csv"), null))
    );

    public static IEnumerable<object[]> Exporters() =>
        new[] { "ESP", "FRA", "MEX", "USA", "CHN", "ROW", "NAFTA", "EU27" }.Select(e => new object[] { e });

    private static List<(string Method, string Output, string Term, double Value)> Expected(string exporter) =>
        Csv(Fixture("exvatools", "iciotest_expected_exvadec_totals.csv"))
            .Skip(1)
            .Where(r => r[3] == exporter && r[4] == "exporter_call" && r[1] is "bm_src" or "bm_snk")
            .Select(r => (r[1], r[2], r[5], double.Parse(r[6], CultureInfo.InvariantCulture)))
            .ToList();

    internal static (ValueAddedAccounts Acc, int S) Accounts(LeontiefSystem system, string exporter)
    {
        var partition = exporter switch
        {
            "NAFTA" or "EU27" => EconomyPartition.WithGroup(
                system.Table,
                exporter,
                GroupResolution.Resolve("group:" + exporter, "--exporter", system.Table.Year).InTable(system.Table.Countries).Present
            ),
            _ => EconomyPartition.ByCountry(system.Table),
        };
        return (new ValueAddedAccounts(system, partition), partition.IndexOf(exporter));
    }

    [Theory, MemberData(nameof(Exporters))]
    public void Every_expected_total_matches(string exporter)
    {
        var (acc, s) = Accounts(Icio.Value, exporter);
        var source = BorinMancini.Source(acc, s);
        var sink = BorinMancini.Sink(acc, s);
        var expected = Expected(exporter);
        Assert.Equal(13 + 13 + 10 + 13, expected.Count);
        foreach (var (method, output, term, value) in expected)
        {
            var terms = method == "bm_src" ? source : sink;
            var item = Enum.Parse<BmTerm>(term); // by label
            var got = item == BmTerm.VAXIM ? terms.Vaxim(VaximVariant.Exvatools) : terms[item];
            Relative(value, got, 1e-6, $"{exporter} {method} {output} {term}", 1e-6);
        }
    }

    [Theory, MemberData(nameof(Exporters))]
    public void The_definition_of_vaxim_is_below_exvatools_on_the_split_table(string exporter)
    {
        var (acc, s) = Accounts(Icio.Value, exporter);
        var sink = BorinMancini.Sink(acc, s);
        var exvatools = Expected(exporter).Single(e => e.Term == "VAXIM").Value;
        Assert.True(sink[BmTerm.VAXIM] < exvatools * (1 - 1e-3), $"{exporter}: {sink[BmTerm.VAXIM]} vs exvatools {exvatools}");
        Assert.True(sink[BmTerm.VAXIM] > exvatools * 0.9, $"{exporter}: {sink[BmTerm.VAXIM]} vs exvatools {exvatools}");
    }

    /// <summary>The sum of products recomputed independently (a numpy reference implementation of the definition) for two
    /// exporters, printed to three decimals: ESP 832.748 (exvatools 885.028), CHN 1806.087 (exvatools 1845.260).</summary>
    [Theory]
    [InlineData("ESP", "832.748")]
    [InlineData("CHN", "1806.087")]
    public void The_definition_of_vaxim_matches_an_independent_reference(string exporter, string printed)
    {
        var (acc, s) = Accounts(Icio.Value, exporter);
        Printed(printed, BorinMancini.Sink(acc, s)[BmTerm.VAXIM], $"{exporter} VAXIM");
    }

    /// <summary>gvc --method participation prints exvatools' bm_src GVC, GVCB and GVCF as GVC_BM, GVCB_BM and GVCF_BM for
    /// every country; with detail, by exporting sector, and the sectors add up to the total.</summary>
    [Fact]
    public void Participation_reports_the_borin_mancini_items()
    {
        var result = GvcAnalysis.Run(Icio.Value, ParticipationDecomposition.Method, "all", detail: true);
        foreach (var exporter in new[] { "ESP", "FRA", "MEX", "USA", "CHN", "ROW" })
            foreach (var (label, item) in new[] { ("GVC_BM", "GVC"), ("GVCB_BM", "GVCB"), ("GVCF_BM", "GVCF") })
            {
                var rows = result.Rows.Where(r => r.Exporter == exporter && r.Term.Label == label).ToList();
                var total = rows.Single(r => r.Sector == "").Value;
                var expected = Expected(exporter).Single(e => e.Method == "bm_src" && e.Output == "standard" && e.Term == item).Value;
                Relative(expected, total, 1e-6, $"{exporter} {label}", 1e-6);
                Relative(total, rows.Where(r => r.Sector != "").Sum(r => r.Value), 1e-9, $"{exporter} {label} by sector", 1e-6);
            }
    }

    /// <summary>gvc-series carries the same items on the TOTAL rows.</summary>
    [Fact]
    public void Series_points_carry_the_borin_mancini_items()
    {
        var points = TradeScope.Analyses.GvcSeries.ForTable(
            Icio.Value,
            2011,
            "ESP",
            [new TradeScope.Analyses.SeriesPartner("FRA", null), new TradeScope.Analyses.SeriesPartner("CHN", null)],
            null,
            out _
        );
        double Item(string term) => Expected("ESP").Single(e => e.Method == "bm_src" && e.Output == "standard" && e.Term == term).Value;
        foreach (var point in points.Where(p => p.Sector == "TOTAL"))
        {
            Relative(Item("GVC"), point.GvcBm, 1e-6, "gvc_bm", 1e-6);
            Relative(Item("GVCB"), point.GvcbBm, 1e-6, "gvcb_bm", 1e-6);
            Relative(Item("GVCF"), point.GvcfBm, 1e-6, "gvcf_bm", 1e-6);
        }
        Assert.Equal(2, points.Count(p => p.Sector == "TOTAL"));
    }
}
