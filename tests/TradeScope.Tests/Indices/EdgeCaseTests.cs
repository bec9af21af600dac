using TradeScope.Core;
using TradeScope.Indices;
using TradeScope.Model;
using Xunit;

namespace TradeScope.Tests.Indices;

/// <summary>Edge cases of docs/methods/trade-indices.md#esi-edge-cases, docs/methods/trade-indices.md#tii-edge-cases,
/// docs/methods/trade-indices.md#sti-edge-cases and the reporter/mirror rules of §0 and §7.2.</summary>
public class EdgeCaseTests
{
    private static readonly CountryCode Aaa = new("AAA"),
        Bbb = new("BBB"),
        Ccc = new("CCC"),
        Zzz = new("ZZZ");

    [Fact]
    public void Self_pair_is_NaN_with_SELF()
    {
        var world = ToyWorld.Build();
        var p = PairIndices.Compute(world, 0, 0);
        Assert.Equal(IndexReason.Self, p.Esi.Reason);
        Assert.True(double.IsNaN(p.TiiSymmetric.Value));
        Assert.Equal("SELF", p.StiTurnover.Sti.Reason.Code());
    }

    [Fact]
    public void A_partner_nobody_exports_to_gives_ZERO_DENOM_not_infinity()
    {
        var b = new TradeMatrixBuilder(2019, TotalsBasis.SumOfPartners, new Provenance("test", "memory"));
        b.AddExport(Aaa, Bbb, 10);
        b.AddExport(Bbb, Aaa, 5);
        b.AddExport(Zzz, Aaa, 3);
        b.AddExport(Ccc, Aaa, 1);
        b.AddExport(Aaa, Ccc, 2);
        var m = b.Build();
        var p = PairIndices.Compute(m, m.IndexOf(Aaa), m.IndexOf(Zzz));
        Assert.Equal(IndexReason.ZeroDenominator, p.Esi.Reason);
        Assert.True(double.IsNaN(p.Esi.Value));
        Assert.Equal(IndexReason.ZeroDenominator, p.EsiKojima.Reason);
        // A zero numerator over a positive denominator is a valid 0.
        var zero = PairIndices.Compute(m, m.IndexOf(Zzz), m.IndexOf(Bbb));
        Assert.Equal(IndexValue.Of(0), zero.Esi);
    }

    [Fact]
    public void A_partner_that_did_not_report_gives_NO_REPORTER_DATA_for_indices_needing_its_exports()
    {
        var b = new TradeMatrixBuilder(2019, TotalsBasis.SumOfPartners, new Provenance("test", "memory"));
        b.AddExport(Aaa, Bbb, 10);
        b.AddExport(Bbb, Aaa, 5);
        b.AddExport(Aaa, Zzz, 4);
        b.AddExport(Bbb, Zzz, 4);
        var m = b.Build();
        Assert.Equal(FlowSource.Missing, m.Source(m.IndexOf(Zzz)));
        var p = PairIndices.Compute(m, m.IndexOf(Aaa), m.IndexOf(Zzz));
        Assert.True(p.Esi.HasValue); // needs only the reporter's exports and world exports to ZZZ
        Assert.Equal(IndexReason.NoReporterData, p.TiiSymmetric.Reason);
        Assert.Equal(IndexReason.NoReporterData, p.StiTurnover.Sti.Reason);
        Assert.Equal(IndexReason.NoReporterData, p.ImportSharePct.Reason);
        var reverse = PairIndices.Compute(m, m.IndexOf(Zzz), m.IndexOf(Aaa));
        Assert.Equal(IndexReason.NoReporterData, reverse.Esi.Reason);
    }

    [Fact]
    public void A_non_reporter_seen_through_partners_imports_uses_the_mirror_row()
    {
        var b = new TradeMatrixBuilder(2019, TotalsBasis.SumOfPartners, new Provenance("test", "memory"));
        b.AddExport(Aaa, Bbb, 10);
        b.AddExport(Bbb, Aaa, 5);
        b.AddExport(Aaa, Zzz, 4);
        b.AddExport(Bbb, Zzz, 4);
        b.AddImport(Aaa, Zzz, 6);
        b.AddImport(Bbb, Zzz, 2);
        var m = b.Build();
        int a = m.IndexOf(Aaa),
            z = m.IndexOf(Zzz);
        Assert.Equal(FlowSource.Mirror, m.Source(z));
        var p = PairIndices.Compute(m, a, z);
        // X_w = 15 + 8 + 8 = 31 (A 14, B 9, Z 8); X_wA = 11, X_wZ = 8.
        Assert.Equal((4.0 + 6) / (14 + 8) / ((11.0 + 8) / 31), p.TiiSymmetric.Value, 12);
    }

    [Fact]
    public void Sti_limits_of_spec_3_3()
    {
        var onlyInternal = Introversion.FromTotals(50, 50, 1000, StiBasis.Exports);
        Assert.Equal(IndexValue.Of(1), onlyInternal.Sti);
        Assert.Equal(IndexReason.NoExtraTrade, onlyInternal.Hiti.Reason);
        var noInternal = Introversion.FromTotals(0, 50, 1000, StiBasis.Exports);
        Assert.Equal(-1, noInternal.Sti.Value);
        Assert.Equal(0, noInternal.Hiti.Value);
        var wholeWorld = Introversion.FromTotals(10, 1000, 1000, StiBasis.Exports);
        Assert.Equal(IndexReason.ZeroDenominator, wholeWorld.Sti.Reason);
        var degenerate = Introversion.FromTotals(10, 60, 110, StiBasis.Exports); // ET = 50 = T_w − T: all RoW trade is with G
        Assert.Equal(IndexReason.DegenerateRow, degenerate.Heti.Reason);
        Assert.Equal(IndexReason.DegenerateRow, degenerate.Sti.Reason);
    }

    [Fact]
    public void Growth_rates_and_their_reasons()
    {
        Assert.Equal(25, Growth.Percent(80, 100).Value, 12);
        Assert.Equal(IndexReason.NewFlow, Growth.Percent(0, 100).Reason);
        Assert.Equal(IndexReason.ZeroBoth, Growth.Percent(0, 0).Reason); // no trade in either year is not a new flow
        Assert.Equal(IndexReason.ZeroBoth, Growth.CompoundAnnualPercent(0, 0, 3).Reason);
        Assert.Equal(IndexReason.NewFlow, Growth.CompoundAnnualPercent(0, 5, 3).Reason);
        Assert.Equal("ZERO_BOTH", IndexReason.ZeroBoth.Code());
        Assert.Equal(-100, Growth.Percent(5, 0).Value, 12);
        Assert.Equal(IndexReason.Missing, Growth.Percent(double.NaN, 3).Reason);
        Assert.Equal(10, Growth.CompoundAnnualPercent(100, 121, 2).Value, 10);
    }

    [Fact]
    public void An_empty_bloc_is_NaN_with_EMPTY_GROUP()
    {
        var world = ToyWorld.Build();
        var r = BlocIndexResult.Compute(world, ToyWorld.Code("S"), ToyWorld.Group("ONLY_S", "S"));
        Assert.True(r.Members.ReporterRemoved);
        Assert.Equal(IndexReason.EmptyGroup, r.TiiUnder(BlocConvention.H2).Reason);
    }

    [Fact]
    public void Bloc_membership_follows_the_annual_rule_and_lists_members_without_data()
    {
        var world = ToyWorld.Build();
        var group = new CountryGroup(
            new GroupId("DATED"),
            "d",
            "d",
            [
                new Membership(ToyWorld.Code("B"), new DateOnly(2000, 1, 1), null),
                new Membership(ToyWorld.Code("C"), new DateOnly(2019, 8, 12), null), // joins after 1 July: not a member in 2019
                new Membership(new CountryCode("QQQ"), new DateOnly(2000, 1, 1), null),
            ],
            "test"
        );
        var r = BlocIndexResult.Compute(world, ToyWorld.Code("S"), group);
        Assert.Equal([ToyWorld.Code("B")], r.Members.Codes);
        Assert.Equal([new CountryCode("QQQ")], r.Members.WithoutData);
    }

    [Fact]
    public void Full_matrices_hold_the_same_values_as_the_pair_kernel()
    {
        var world = ToyWorld.Build();
        var all = PairIndexMatrices.Compute(world);
        for (var s = 0; s < world.Count; s++)
            for (var d = 0; d < world.Count; d++)
            {
                var p = PairIndices.Compute(world, s, d);
                Assert.Equal(p.TiiSymmetric, all.TiiSymmetric[s, d]);
                Assert.Equal(p.StiExports.Sti, all.StiExports[s, d]);
                Assert.Equal(p.EsiRestOfWorld, all.EsiRestOfWorld[s, d]);
            }
        var blocs = BlocIndexMatrix.Compute(world, [ToyWorld.Group("BLOC_K", "B", "C")]);
        Assert.Equal(0.231405, blocs[world.Index("S")][0].TiiUnder(BlocConvention.H2).Value, 6);
        Assert.True(blocs[world.Index("B")][0].Members.ReporterRemoved);
    }
}

public class FlowGrowthTests
{
    [Fact]
    public void Growth_matrix_between_two_years_aligns_economies_by_code()
    {
        var p = new Core.Provenance("test", "memory");
        var b0 = new TradeMatrixBuilder(2018, TotalsBasis.SumOfPartners, p);
        b0.AddExport(new("AAA"), new("BBB"), 80);
        b0.AddExport(new("BBB"), new("AAA"), 0);
        b0.AddExport(new("AAA"), new("CCC"), 10);
        b0.AddExport(new("CCC"), new("AAA"), 1);
        b0.AddExport(new("EEE"), new("BBB"), 0);
        var b1 = new TradeMatrixBuilder(2020, TotalsBasis.SumOfPartners, p);
        b1.AddExport(new("AAA"), new("BBB"), 121 * 80 / 100.0);
        b1.AddExport(new("BBB"), new("AAA"), 5);
        b1.AddExport(new("DDD"), new("AAA"), 3);
        b1.AddExport(new("EEE"), new("BBB"), 0);
        var m0 = b0.Build();
        var m1 = b1.Build();
        var g = FlowGrowth.Compute(m0, m1);
        var annual = FlowGrowth.Compute(m0, m1, annualised: true);
        int a = m1.IndexOf(new("AAA")),
            bb = m1.IndexOf(new("BBB")),
            d = m1.IndexOf(new("DDD"));
        Assert.Equal(21, g[a, bb].Value, 10);
        Assert.Equal(10, annual[a, bb].Value, 10);
        Assert.Equal(IndexReason.NewFlow, g[bb, a].Reason);
        var e = m1.IndexOf(new("EEE"));
        Assert.Equal(IndexReason.ZeroBoth, g[e, bb].Reason); // 0 in 2018 and 2020: no trade, not a new flow
        Assert.Equal(IndexReason.ZeroBoth, annual[e, bb].Reason);
        Assert.Equal(IndexReason.Missing, g[d, a].Reason); // DDD absent in 2018
        Assert.Equal(IndexReason.Self, g[a, a].Reason);
        Assert.Throws<ArgumentException>(() => FlowGrowth.Compute(m1, m0));
    }
}
