using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Tests.LinearAlgebra;
using TradeScope.ValueChains;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains;

/// <summary>LeontiefSystem.Build's own conventions: zero-output industries, the sign check, large storage.</summary>
public sealed class LeontiefSystemTests
{
    [Fact]
    public void Zero_output_industry_has_zero_row_and_column_and_the_rest_is_the_inverse_of_the_reduced_system()
    {
        // P and Q trade; R has no flows and no final demand (X_R = 0).
        var z = new double[,]
        {
            { 10, 20, 0 },
            { 30, 5, 0 },
            { 0, 0, 0 },
        };
        var y = new double[,]
        {
            { 50, 20, 0 },
            { 10, 40, 0 },
            { 0, 0, 0 },
        };
        var system = Leontief(Table(["P", "Q", "R"], ["all"], z, y));
        Assert.Equal([false, false, true], system.ZeroOutput);
        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(0, system.B(2, k));
            Assert.Equal(0, system.B(k, 2));
        }
        // Reduced 2×2: x = (100, 85); I − A = [[1 − 10/100, −20/85], [−30/100, 1 − 5/85]], inverted by hand.
        double a = 1 - 10.0 / 100,
            b = -20.0 / 85,
            c = -30.0 / 100,
            d = 1 - 5.0 / 85,
            det = a * d - b * c;
        Relative(d / det, system.B(0, 0), 1e-12, "B PP");
        Relative(-b / det, system.B(0, 1), 1e-12, "B PQ");
        Relative(-c / det, system.B(1, 0), 1e-12, "B QP");
        Relative(a / det, system.B(1, 1), 1e-12, "B QQ");
        Assert.Equal(0, system.ValueAddedCoefficients[2]);
    }

    [Fact]
    public void Negative_elements_of_the_inverse_are_reported()
    {
        // Negative final demand makes x_P = 5 − 4 = 1 while z_QP = 4: a_QP = 4, a_PQ = 1, det(I − A) = −3 < 0.
        var z = new double[,]
        {
            { 0, 5 },
            { 4, 0 },
        };
        var y = new double[,]
        {
            { -4, 0 },
            { 0, 1 },
        };
        var system = Leontief(Table(["P", "Q"], ["all"], z, y));
        Relative(-1.0 / 3, system.B(0, 0), 1e-12, "B PP");
        Relative(-4.0 / 3, system.B(1, 0), 1e-12, "B QP");
        Assert.Contains(system.Warnings, w => w.Contains("negative elements", StringComparison.Ordinal));
    }

    [Fact]
    public void Productive_table_has_no_sign_warning()
    {
        var system = Leontief(SyntheticIcio.Generate(3, 2, 7));
        Assert.DoesNotContain(system.Warnings, w => w.Contains("negative elements", StringComparison.Ordinal));
    }

    [OpenBlasFact]
    public void Large_table_built_in_pre_faulted_storage_solves_the_system()
    {
        // n = 1,056: B (8.9 MB) is above MatrixStorage's threshold, so it is pinned and pre-faulted.
        var table = SyntheticIcio.Generate(24, 44, 3);
        var system = LeontiefSystem.Build(table, LinearAlgebraProviders.OpenBlas);
        var n = system.Size;
        Assert.True((long)n * n * sizeof(double) >= 8L << 20);
        var iMinusA = LeontiefSystem.IdentityMinusA(table);
        var product = new double[n * n];
        LinearAlgebraProviders.OpenBlas.Multiply(false, false, n, n, n, iMinusA, system.LeontiefInverse, product);
        var worst = 0.0;
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                worst = Math.Max(worst, Math.Abs(product[i + j * n] - (i == j ? 1 : 0)));
        Assert.True(worst <= 1e-10, $"max |(I − A)·B − I| = {worst:G3}");
        for (var j = 0; j < n; j++)
            Relative(1 - table.Intermediate[j + j * n] / table.Output[j], iMinusA[j + j * n], 1e-15, "diagonal of I − A");
    }

    [Fact]
    public void A_workspace_shares_storage_between_builds_of_one_size_and_gives_the_same_inverse()
    {
        var first = Table(
            ["P", "Q", "R"],
            ["all"],
            new double[,]
            {
                { 20, 10, 5 },
                { 8, 30, 6 },
                { 4, 6, 25 },
            },
            new double[,]
            {
                { 50, 10, 6 },
                { 5, 70, 8 },
                { 3, 4, 60 },
            }
        );
        var second = Table(
            ["P", "Q", "R"],
            ["all"],
            new double[,]
            {
                { 10, 20, 0 },
                { 30, 5, 1 },
                { 2, 0, 7 },
            },
            new double[,]
            {
                { 50, 20, 1 },
                { 10, 40, 2 },
                { 3, 1, 9 },
            }
        );
        var provider = LinearAlgebraProviders.Managed;
        var workspace = new LeontiefWorkspace();
        var a = LeontiefSystem.Build(first, provider, workspace);
        var expectedFirst = LeontiefSystem.Build(first, provider).LeontiefInverse.ToArray();
        Assert.Equal(expectedFirst, a.LeontiefInverse.ToArray());
        ref readonly var storageOfA = ref MemoryMarshal.GetReference(a.LeontiefInverse);
        var b = LeontiefSystem.Build(second, provider, workspace);
        Assert.True(Unsafe.AreSame(in storageOfA, in MemoryMarshal.GetReference(b.LeontiefInverse))); // one n×n storage for the series
        Assert.Equal(LeontiefSystem.Build(second, provider).LeontiefInverse.ToArray(), b.LeontiefInverse.ToArray());
        Assert.NotEqual(expectedFirst, b.LeontiefInverse.ToArray());
        var larger = Table(
            ["P", "Q"],
            ["s1", "s2"],
            new double[,]
            {
                { 1, 2, 0, 1 },
                { 0, 3, 1, 0 },
                { 2, 0, 4, 1 },
                { 1, 1, 0, 2 },
            },
            new double[,]
            {
                { 9, 1 },
                { 8, 2 },
                { 1, 9 },
                { 2, 7 },
            }
        );
        var c = LeontiefSystem.Build(larger, provider, workspace);
        Assert.Equal(16, c.LeontiefInverse.Length); // another size gets its own storage
        Assert.Equal(LeontiefSystem.Build(larger, provider).LeontiefInverse.ToArray(), c.LeontiefInverse.ToArray());
    }

    [Fact]
    public void A_borrowed_system_throws_once_its_workspace_is_reused()
    {
        var first = Table(
            ["P", "Q", "R"],
            ["all"],
            new double[,]
            {
                { 20, 10, 5 },
                { 8, 30, 6 },
                { 4, 6, 25 },
            },
            new double[,]
            {
                { 50, 10, 6 },
                { 5, 70, 8 },
                { 3, 4, 60 },
            }
        );
        var second = Table(
            ["P", "Q", "R"],
            ["all"],
            new double[,]
            {
                { 10, 20, 0 },
                { 30, 5, 1 },
                { 2, 0, 7 },
            },
            new double[,]
            {
                { 50, 20, 1 },
                { 10, 40, 2 },
                { 3, 1, 9 },
            }
        );
        var provider = LinearAlgebraProviders.Managed;
        var owned = LeontiefSystem.Build(first, provider);
        Assert.False(owned.IsBorrowed);
        var workspace = new LeontiefWorkspace();
        var a = LeontiefSystem.Build(first, provider, workspace);
        Assert.True(a.IsBorrowed);
        Assert.True(a.IsCurrent);
        var accountsOfA = new ValueAddedAccounts(a, EconomyPartition.ByCountry(first));
        var wwzBefore = ExportDecomposition.Wwz(accountsOfA, 0).Total(WwzTerm.DVA_FIN);
        Assert.Equal(owned.B(0, 1), a.B(0, 1));
        var b = LeontiefSystem.Build(second, provider, workspace);
        Assert.True(b.IsCurrent);
        Assert.False(a.IsCurrent);
        // Reading the stale B would give the second table's numbers: every reader throws instead.
        Assert.NotEqual(owned.B(0, 1), b.B(0, 1));
        Assert.Throws<InvalidOperationException>(() => a.B(0, 1));
        Assert.Throws<InvalidOperationException>(() => a.LeontiefInverse.Length);
        Assert.Throws<InvalidOperationException>(() => new ValueAddedAccounts(a, EconomyPartition.ByCountry(first)));
        Assert.Throws<InvalidOperationException>(() => ExportDecomposition.Wwz(accountsOfA, 0));
        Assert.Throws<InvalidOperationException>(() => ExportDecomposition.Oecd(accountsOfA, 0));
        // Owned systems are not affected by any workspace.
        Assert.True(owned.IsCurrent);
        var accountsOfOwned = new ValueAddedAccounts(owned, EconomyPartition.ByCountry(first));
        Assert.Equal(wwzBefore, ExportDecomposition.Wwz(accountsOfOwned, 0).Total(WwzTerm.DVA_FIN));
    }
}
