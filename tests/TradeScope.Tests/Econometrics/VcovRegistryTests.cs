using TradeScope.Core;
using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary>The covariance registry (<see cref="VcovKind"/>): parsing by name and alias, messages generated from the
/// entries, declared capabilities instead of special cases, bilingual labels.</summary>
public sealed class VcovRegistryTests
{
    [Theory]
    [InlineData("iid", "iid")]
    [InlineData("standard", "iid")] // fixest's name for the classical covariance
    [InlineData("hc0", "hc0")]
    [InlineData("HC1", "hc1")]
    [InlineData("robust", "hc1")] // Stata's robust is HC1
    [InlineData(" hetero ", "hc1")] // fixest's "hetero" is HC1
    [InlineData("hc2", "hc2")]
    [InlineData("hc3", "hc3")]
    [InlineData("cluster:Origin", "cluster")]
    [InlineData("CLUSTER:Origin,Destination", "cluster")]
    public void Names_and_aliases_parse_to_their_type(string text, string name)
    {
        var spec = VcovSpec.Parse(text);
        Assert.Equal(name, spec.Kind.Name);
        Assert.Same(VcovKind.Find(name), spec.Kind);
    }

    [Fact]
    public void Every_name_and_alias_is_unique_and_every_request_round_trips_through_its_text()
    {
        var words = VcovKind.All.SelectMany(k => k.Aliases.Prepend(k.Name)).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        VcovSpec[] specs =
        [
            VcovSpec.Iid,
            VcovSpec.HC0,
            VcovSpec.HC1,
            VcovSpec.HC2,
            VcovSpec.HC3,
            VcovSpec.Cluster("a^b"),
            VcovSpec.Cluster("A", "B"),
        ];
        foreach (var spec in specs)
        {
            var again = VcovSpec.Parse(spec.Text);
            Assert.Same(spec.Kind, again.Kind);
            Assert.Equal(spec.Clusters, again.Clusters);
        }
        Assert.Equal(["A", "B"], VcovSpec.Parse("cluster: A , B").Clusters);
    }

    [Fact]
    public void Errors_name_the_library_parameter_and_list_the_registered_types()
    {
        var unknown = Assert.Throws<InputException>(() => VcovSpec.Parse("hc9"));
        Assert.Equal(EconometricsParameters.Vcov, unknown.Parameter);
        Assert.Equal("vcov hc9: unknown covariance type; use iid, hc0, hc1, hc2, hc3 or cluster:VAR[,VAR2]", unknown.Message);
        var withArguments = Assert.Throws<InputException>(() => VcovSpec.Parse("hc1:x"));
        Assert.Equal("unknown covariance type; use iid, hc0, hc1, hc2, hc3 or cluster:VAR[,VAR2]", withArguments.Detail);
        foreach (var bad in new[] { "cluster:", "cluster", "cluster:a,b,c", "cluster:a,," })
            Assert.Equal(
                "give one or two cluster columns: cluster:VAR or cluster:VAR1,VAR2",
                Assert.Throws<InputException>(() => VcovSpec.Parse(bad)).Detail
            );
    }

    [Fact]
    public void A_declared_capability_refuses_the_types_it_cannot_supply_and_lists_the_others()
    {
        var noClusters = new VcovCapability(VcovNeeds.Leverages, "which this panel does not have");
        Assert.Equal([VcovKind.Iid, VcovKind.HC0, VcovKind.HC1, VcovKind.HC2, VcovKind.HC3], noClusters.Kinds);
        Assert.Same(VcovKind.HC3, VcovSpec.Parse("hc3", noClusters).Kind);
        var e = Assert.Throws<InputException>(() => VcovSpec.Parse("cluster:year", noClusters));
        Assert.Equal(
            "vcov cluster:year: cluster needs cluster variables, which this panel does not have; use iid, hc0, hc1, hc2 or hc3",
            e.Message
        );
        var unknown = Assert.Throws<InputException>(() => VcovSpec.Parse("hc4", noClusters));
        Assert.Equal("unknown covariance type; use iid, hc0, hc1, hc2 or hc3", unknown.Detail);
        Assert.Null(VcovCapability.Everything.Refusal(VcovKind.Cluster));
    }

    [Fact]
    public void Leverage_types_are_refused_by_a_fit_with_absorbed_fixed_effects_from_their_declared_need()
    {
        var data = DataFrame.FromColumns(
            ("y", new[] { 1.0, 2, 4, 3, 6, 5 }),
            ("x", new[] { 0.5, 1.5, 2.5, 1.0, 3.0, 2.0 }),
            ("g", new[] { "a", "a", "b", "b", "c", "c" })
        );
        Assert.Equal([VcovKind.HC2, VcovKind.HC3], VcovKind.All.Where(k => k.Needs.HasFlag(VcovNeeds.Leverages)));
        var fit = Ols.Fit(data, "y ~ x | g", VcovSpec.HC1);
        var e = Assert.Throws<InputException>(() => fit.WithVcov(VcovSpec.HC2));
        Assert.Equal(EconometricsParameters.Vcov, e.Parameter);
        Assert.StartsWith("hc2 needs the leverages h_ii, which are not computed with absorbed fixed effects", e.Detail);
        Assert.EndsWith("; use iid, hc0, hc1 or cluster:VAR[,VAR2]", e.Detail);
        Assert.True(Ols.Fit(data, "y ~ x", VcovSpec.HC3)["x"].StdError > 0); // without absorbed effects the leverages exist
    }

    [Fact]
    public void Labels_come_from_the_entries_in_both_languages()
    {
        Assert.Equal(new Bilingual("IID", "IID (гомоскедастичные)"), VcovSpec.Iid.BilingualLabel);
        Assert.Equal("HC1", VcovSpec.Parse("robust").Label);
        Assert.Equal(new Bilingual("Clustered (Origin)", "кластеризованные (Origin)"), VcovSpec.Cluster("Origin").BilingualLabel);
        Assert.Equal(
            new Bilingual("Two-way clustered (Origin, " +
                "" + "Destination)", "двусторонняя кластеризация (Origin, Destination)"),
            VcovSpec.Parse("cluster:Origin,Destination").BilingualLabel
        );
    }
}
