using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Tests.LinearAlgebra;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;

namespace TradeScope.Tests.ValueChains;

/// <summary>The bundled WIOD 2011 table: reading conventions, and the managed and OpenBLAS providers agree.</summary>
public sealed class WiodProviderAgreementTests
{
    [Fact]
    public void Bundled_wiod_2011_reads_with_conventions()
    {
        var table = Wiod2013.ReadBundled(2011);
        Assert.Equal(41, table.CountryCount);
        Assert.Equal(35, table.SectorCount);
        Assert.Contains("ROU", table.Countries); // ROM → ROU (docs/methods/value-chains.md#table-conventions)
        Assert.Contains("ROW", table.Countries);
        Assert.DoesNotContain("KAZ", table.Countries);
        Assert.True(table.Balance.HasPublishedOutput && table.Balance.TotalRelativeGap < 0.001);
        Assert.Contains(table.Warnings, w => w.Contains("negative final-demand"));
    }

    [OpenBlasFact]
    public void Managed_and_openblas_agree_on_wiod_2011()
    {
        var table = Wiod2013.ReadBundled(2011);
        var managed = LeontiefSystem.Build(table, LinearAlgebraProviders.Managed);
        var native = LeontiefSystem.Build(table, LinearAlgebraProviders.OpenBlas);
        var max = managed.LeontiefInverse.ToArray().Max(Math.Abs);
        var diff = managed.LeontiefInverse.ToArray().Zip(native.LeontiefInverse.ToArray(), (a, b) => Math.Abs(a - b)).Max();
        Assert.True(diff <= 1e-9 * max, $"max |B_managed − B_openblas| = {diff:G3}, largest element {max:G4}");
        // The decomposition built on each agrees too (RUS WWZ standard terms).
        double[] Standard(LeontiefSystem s)
        {
            var acc = new ValueAddedAccounts(s, EconomyPartition.ByCountry(table));
            return StandardTerms.FromWwz(ExportDecomposition.Wwz(acc, acc.Partition.IndexOf("RUS"))).Select(p => p.Value).ToArray();
        }
        var m = Standard(managed);
        var o = Standard(native);
        for (var i = 0; i < m.Length; i++)
            Assert.True(Math.Abs(m[i] - o[i]) <= 1e-9 * m[0], $"standard term {i}: {m[i]:R} vs {o[i]:R}");
    }
}
