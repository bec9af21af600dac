using System.Reflection;
using TradeScope.Model;
using TradeScope.ValueChains;
using Xunit;

namespace TradeScope.Tests.Models; // not ".Model": that would hide TradeScope.Model in sibling test namespaces

/// <summary>
/// The "immutable" value-chain types expose no mutable storage: IcioTable takes its arrays over from the builder (which
/// can no longer reach them), and no public member of IcioTable, ValueAddedAccounts, LeontiefSystem or
/// OecdExporterTerms hands out an array.
/// </summary>
public sealed class IcioTableOwnershipTests
{
    private static IcioTableBuilder Builder()
    {
        var builder = new IcioTableBuilder("test", ["P", "Q"], ["P", "Q"], ["s"], ["P", "Q"]);
        builder.Intermediate[0] = 20;
        builder.Intermediate[1] = 8;
        builder.Intermediate[2] = 10;
        builder.Intermediate[3] = 30;
        builder.FinalDemand[0] = 50;
        builder.FinalDemand[1] = 5;
        builder.FinalDemand[2] = 10;
        builder.FinalDemand[3] = 70;
        return builder;
    }

    [Fact]
    public void Build_hands_the_arrays_over_and_the_builder_cannot_change_them()
    {
        var builder = Builder();
        var table = builder.Build();
        Assert.Equal(20, table.Z(0, 0));
        Assert.Throws<InvalidOperationException>(() => builder.Intermediate[0] = 1e9);
        Assert.Throws<InvalidOperationException>(() => builder.FinalDemand[0] = 1e9);
        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Equal(20, table.Z(0, 0));
        Assert.Equal(50, table.Y(0, 0));
        Assert.Equal(20 + 10 + 50 + 10, table.Output[0]);
    }

    [Fact]
    public void Published_output_is_copied()
    {
        var builder = Builder();
        var published = new double[] { 90, 113 };
        builder.PublishedOutput = published;
        var table = builder.Build();
        published[0] = -1;
        Assert.Equal(90, table.PublishedOutput[0]);
        Assert.True(Builder().Build().PublishedOutput.IsEmpty);
    }

    [Theory]
    [InlineData(typeof(IcioTable))]
    [InlineData(typeof(ValueAddedAccounts))]
    [InlineData(typeof(LeontiefSystem))]
    [InlineData(typeof(OecdExporterTerms))]
    public void No_public_member_hands_out_an_array(Type type)
    {
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p.Name, Type: p.PropertyType))
            .Concat(
                type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                    .Where(m => !m.IsSpecialName && m.DeclaringType == type)
                    // LeontiefSystem.LocalInverse computes a fresh k×k array per call: the caller's, not the system's storage.
                    .Where(m => m.Name != nameof(LeontiefSystem.LocalInverse) || type != typeof(LeontiefSystem))
                    .Select(m => (m.Name, Type: m.ReturnType))
            )
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, Type: f.FieldType)));
        var arrays = members.Where(m => m.Type.IsArray).Select(m => m.Name).ToList();
        Assert.True(arrays.Count == 0, $"{type.Name} exposes mutable arrays: {string.Join(", ", arrays)}");
    }
}
