using TradeScope.Indices;
using Xunit;

namespace TradeScope.Tests.Indices;

/// <summary>
/// Spec Appendix A.1 (toy 6-country world) and §1.4, §2.5, §3.4. Each expected value is checked twice: against the spec's own
/// arithmetic (the calculation line printed next to the value, evaluated exactly) to 1e-6 relative, and against the printed
/// 6-decimal value to its printed precision (docs/methods/README.md#tolerances).
/// </summary>
public class WorkedExamplesA1Tests
{
    private static readonly Model.TradeMatrix World = ToyWorld.Build();
    private static int S => World.Index("S");
    private static int A => World.Index("A");

    private static void Check(IndexValue actual, double exact, double printed)
    {
        Assert.True(actual.HasValue, $"NaN ({actual.Reason.Code()})");
        Assert.True(Math.Abs(actual.Value - exact) <= 1e-6 * Math.Abs(exact), $"{actual.Value:R} vs exact {exact:R}");
        Assert.True(Math.Abs(actual.Value - printed) <= 5e-7 + 1e-12, $"{actual.Value:R} vs printed {printed}");
    }

    private static double Sti(double hiti, double heti) => (hiti - heti) / (hiti + heti);

    [Fact]
    public void World_totals_match_the_table()
    {
        Assert.Equal(1400, World.WorldExports);
        Assert.Equal(130, World.WorldExportsTo(A));
        Assert.Equal(60, World.WorldExportsTo(S));
        Assert.Equal(100, World.TotalExports(S));
    }

    [Fact]
    public void Esi_three_variants_and_reverse_direction()
    {
        var sa = PairIndices.Compute(World, S, A);
        Check(sa.Esi, 0.30 / (130.0 / 1400), 3.230769);
        Check(sa.EsiKojima, 0.30 / (130.0 / (1400 - 60)), 3.092308);
        Check(sa.EsiRestOfWorld, 0.30 / ((130.0 - 30) / (1400 - 100)), 3.900000);
        Check(sa.TiiOneDirectional, 0.30 / (130.0 / 1400), 3.230769);
        Check(PairIndices.Compute(World, A, S).Esi, 0.10 / (60.0 / 1400), 2.333333);
    }

    [Fact]
    public void Tii_symmetric_pair_and_neutral_value()
    {
        var sa = PairIndices.Compute(World, S, A);
        Check(sa.TiiSymmetric, 40.0 / 200 / (190.0 / 1400), 1.473684);
        Check(sa.TiiSymmetricNeutral, (100 * 130.0 / 1400 + 100 * 60.0 / 1400) / (200 * 190.0 / 1400), 0.500000);
        Assert.Equal(sa.TiiSymmetric, PairIndices.Compute(World, A, S).TiiSymmetric); // symmetric in the pair
        Check(sa.TiiSymmetricToNeutral, 40.0 / 200 / (190.0 / 1400) / 0.5, 2.947368); // "2.95× neutral"
    }

    [Theory]
    [InlineData(BlocConvention.H1, 0.30 / (490.0 / 1400), 0.857143)]
    [InlineData(BlocConvention.H2, 50.0 / 550 / (550.0 / 1400), 0.231405)]
    [InlineData(BlocConvention.H3, 240.0 / 550 / (550.0 / 1400), 1.110744)]
    [InlineData(BlocConvention.H4, 50.0 / 360 / (360.0 / 1210), 0.466821)]
    public void Bloc_K_BC_under_each_convention(BlocConvention convention, double exact, double printed)
    {
        var result = BlocIndexResult.Compute(World, ToyWorld.Code("S"), ToyWorld.Group("BLOC_K", "B", "C"));
        Check(result.TiiUnder(convention), exact, printed);
        Assert.Equal(30, result.Sums.ReporterToBloc);
        Assert.Equal(20, result.Sums.BlocToReporter);
        Assert.Equal(190, result.Sums.IntraBloc);
        Assert.Equal(450, result.Sums.BlocTotal);
        Assert.Equal(490, result.Sums.WorldToBloc);
        Assert.False(result.Members.ReporterRemoved);
    }

    [Fact]
    public void Sti_pair_S_A_on_the_turnover_basis()
    {
        var sti = PairIndices.Compute(World, S, A).StiTurnover;
        double hiti = 80.0 / 390 / (310.0 / 2410),
            heti = (1 - 80.0 / 390) / (1 - 310.0 / 2410);
        Check(sti.Hiti, hiti, 1.594706);
        Check(sti.Heti, heti, 0.912210);
        Check(sti.Sti, Sti(hiti, heti), 0.272245);
        Assert.Equal(StiBasis.Turnover, sti.Basis);
    }

    [Fact]
    public void Sti_pair_S_A_on_the_exports_basis()
    {
        // §3.1b: IT = X_SA + X_AS = 40, T = X_S + X_A = 200, T_w = X_w = 1400 (no printed value in the spec: exact arithmetic only).
        var sti = PairIndices.Compute(World, S, A).StiExports;
        double hiti = 40.0 / 200 / (160.0 / 1200),
            heti = (1 - 40.0 / 200) / (1 - 160.0 / 1200);
        Assert.Equal(hiti, sti.Hiti.Value, 12);
        Assert.Equal(heti, sti.Heti.Value, 12);
        Assert.Equal(Sti(hiti, heti), sti.Sti.Value, 12);
    }

    [Fact]
    public void Sti_group_S_B_C_equals_the_bloc_as_enlarged_group()
    {
        double hiti = 480.0 / 1100 / (620.0 / 1700),
            heti = (1 - 480.0 / 1100) / (1 - 620.0 / 1700);
        var group = GroupIndexResult.Compute(World, [ToyWorld.Code("S"), ToyWorld.Code("B"), ToyWorld.Code("C")]);
        Check(group.StiTurnover.Hiti, hiti, 1.196481);
        Check(group.StiTurnover.Heti, heti, 0.887205);
        Check(group.StiTurnover.Sti, Sti(hiti, heti), 0.148427);
        var bloc = BlocIndexResult.Compute(World, ToyWorld.Code("S"), ToyWorld.Group("BLOC_K", "B", "C"));
        Check(bloc.StiTurnover.Sti, Sti(hiti, heti), 0.148427);
        Check(group.Tii, 240.0 / 550 / (550.0 / 1400), 1.110744); // group TII of {S,B,C} = H3
    }

    [Fact]
    public void Sti_bloc_as_one_unit()
    {
        double hiti = 100.0 / 720 / (620.0 / 1700),
            heti = (1 - 100.0 / 720) / (1 - 620.0 / 1700);
        var bloc = BlocIndexResult.Compute(World, ToyWorld.Code("S"), ToyWorld.Group("BLOC_K", "B", "C"));
        Check(bloc.StiTurnoverBlocAsUnit.Hiti, hiti, 0.380824);
        Check(bloc.StiTurnoverBlocAsUnit.Heti, heti, 1.355453);
        Check(bloc.StiTurnoverBlocAsUnit.Sti, Sti(hiti, heti), -0.561332);
    }

    [Fact]
    public void The_mixed_convention_gives_the_spec_nonsense_value_so_it_is_not_ours()
    {
        // Spec §3.4: dropping intra-K from IT but keeping it in T gives −0.869159. Neither of our conventions may produce it.
        var mixed = Introversion.FromTotals(100, 1100, 2800, StiBasis.Turnover);
        Assert.Equal(-0.869159, mixed.Sti.Value, 6);
        var bloc = BlocIndexResult.Compute(World, ToyWorld.Code("S"), ToyWorld.Group("BLOC_K", "B", "C"));
        Assert.NotEqual(-0.869159, Math.Round(bloc.StiTurnover.Sti.Value, 6));
        Assert.NotEqual(-0.869159, Math.Round(bloc.StiTurnoverBlocAsUnit.Sti.Value, 6));
    }

    [Fact]
    public void Directional_homogeneous_intensity_S_to_A()
    {
        var q = PairIndices.Compute(World, S, A).Directional;
        double hi = 40.0 / 160 / (190.0 / 2640),
            he = (1 - 40.0 / 160) / (1 - 190.0 / 2640);
        Check(q.Hiti, hi, 3.473684);
        Check(q.Heti, he, 0.808163);
        Check(q.Sti, Sti(hi, he), 0.622517);
    }

    [Fact]
    public void Reporter_inside_a_bloc_is_computed_against_the_bloc_without_it()
    {
        var with = BlocIndexResult.Compute(World, ToyWorld.Code("S"), ToyWorld.Group("BLOC_KS", "S", "B", "C"));
        var without = BlocIndexResult.Compute(World, ToyWorld.Code("S"), ToyWorld.Group("BLOC_K", "B", "C"));
        Assert.True(with.Members.ReporterRemoved);
        Assert.Equal(without.Members.Codes, with.Members.Codes);
        for (var c = 0; c < 4; c++)
            Assert.Equal(without.Tii[c], with.Tii[c]);
        Assert.Equal(without.StiTurnover, with.StiTurnover);
    }
}
