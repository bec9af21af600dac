using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.ValueChains;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>gvc-series computes through SectorBlockSums (the engine of rvc-regress); its values equal the participation
/// decomposition (ExportDecomposition.Participation) that gvc --method participation reports.</summary>
public sealed class GvcSeriesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Series_values_equal_the_participation_decomposition(int seed)
    {
        var table = SyntheticIcio.Generate(5, 4, seed, foreignDensity: 0.5);
        var system = LeontiefSystem.Build(table, ManagedLinearAlgebra.Instance);
        var names = table.Countries.Where(c => c != "ROW").ToList();
        string p = names[0],
            q1 = names[1],
            q2 = names[2];
        var points = GvcSeries.ForTable(
            system,
            2000,
            p,
            [
                new SeriesPartner(q1, null),
                new SeriesPartner(
                    "group:PAIR",
                    new DatedGroup("PAIR", new("PAIR_GROUP"), new DateOnly(2000, 7, 1), [new(q1), new(q2)], GroupDateRule.GivenDate, "test")
                ),
            ],
            "all",
            out var folded
        );
        Assert.Empty(folded);
        var partition = EconomyPartition.ByCountry(table);
        var acc = new ValueAddedAccounts(system, partition);
        int ip = partition.IndexOf(p),
            i1 = partition.IndexOf(q1),
            i2 = partition.IndexOf(q2);
        var flows = ExportDecomposition.Participation(acc, ip);
        var k = flows.SectorCount;
        var exportsTotal = flows.Exports.Sum();
        double FvaOf(int q, IEnumerable<int> sectors) => sectors.Sum(s => flows.ForeignValueAdded[q * k + s]);
        double FpOf(int q, IEnumerable<int> sectors) => sectors.Sum(s => flows.ValueAddedInPartnerExports[q * k + s]);
        var sectorSets = new[] { ("TOTAL", Enumerable.Range(0, k).ToArray()) }.Concat(
            Enumerable.Range(0, k).Select(s => (table.Sectors[s], new[] { s }))
        );
        foreach (var (sector, set) in sectorSets)
        {
            var fvaAll = Enumerable.Range(0, partition.Count).Where(e => e != ip).Sum(e => FvaOf(e, set));
            var one = Assert.Single(points, x => x.Sector == sector && x.Partner == q1);
            Near(FvaOf(i1, set), one.FvaLevel);
            Near(FvaOf(i1, set) / fvaAll, one.BpShare);
            Near(FpOf(i1, set), one.FpLevel);
            Near(FpOf(i1, set) / exportsTotal, one.FpShareOfExports);
            Near(set.Sum(s => flows.Exports[s]), one.Exports);
            var pair = Assert.Single(points, x => x.Sector == sector && x.Partner == "PAIR");
            Near(FvaOf(i1, set) + FvaOf(i2, set), pair.FvaLevel);
            Near(FpOf(i1, set) + FpOf(i2, set), pair.FpLevel);
            Near((FvaOf(i1, set) + FvaOf(i2, set)) / fvaAll, pair.BpShare);
        }
    }

    private static void Near(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
}
