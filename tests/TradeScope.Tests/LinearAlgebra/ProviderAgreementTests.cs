using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.ValueChains;
using Xunit;

namespace TradeScope.Tests.LinearAlgebra;

/// <summary>OpenBLAS against the managed provider on the same inputs (skipped with a notice where OpenBLAS is missing).</summary>
public sealed class ProviderAgreementTests
{
    private const int N = 500;

    [OpenBlasFact]
    public void Providers_agree_on_a_500_by_500_Leontief_inverse_to_1e9_of_the_largest_element()
    {
        var a = TestMatrices.Leontief(new Random(2011), N, maxColumnSum: 0.95);
        var native = (double[])a.Clone();
        var managed = (double[])a.Clone();
        LinearAlgebraProviders.OpenBlas.InvertIdentityMinus(N, native);
        LinearAlgebraProviders.Managed.InvertIdentityMinus(N, managed);
        var error = TestMatrices.RelativeError(native, managed);
        Assert.True(error < 1e-9, $"relative difference {error:E2}");
        Assert.True(TestMatrices.MaxAbs(managed) > 1, "a Leontief inverse has diagonal ≥ 1");
    }

    [OpenBlasFact]
    public void Providers_agree_on_products_and_solves()
    {
        var random = new Random(42);
        const int m = 300,
            n = 200,
            k = 250;
        var a = TestMatrices.Random(random, k, m);
        var b = TestMatrices.Random(random, n, k);
        var c1 = new double[m * n];
        var c2 = new double[m * n];
        LinearAlgebraProviders.OpenBlas.Multiply(true, true, m, n, k, a, b, c1);
        LinearAlgebraProviders.Managed.Multiply(true, true, m, n, k, a, b, c2);
        Assert.True(TestMatrices.RelativeError(c1, c2) < 1e-12);

        var square = TestMatrices.IdentityMinus(N, TestMatrices.Leontief(random, N));
        var rhs = TestMatrices.Random(random, N, 3);
        var x1 = (double[])rhs.Clone();
        var x2 = (double[])rhs.Clone();
        LinearAlgebraProviders.OpenBlas.Factor(N, square).Solve(3, x1, transpose: true);
        LinearAlgebraProviders.Managed.Factor(N, square).Solve(3, x2, transpose: true);
        Assert.True(TestMatrices.RelativeError(x1, x2) < 1e-9);
    }

    [OpenBlasFact]
    public void Providers_agree_on_the_synthetic_77x45_Leontief_inverse_to_1e9_of_the_largest_element()
    {
        // The issue's synthetic table (77 countries × 45 sectors, n = 3,465), the size the value-chain benchmarks use.
        var table = SyntheticIcio.Generate(77, 45, 1);
        var managed = LeontiefSystem.Build(table, LinearAlgebraProviders.Managed).LeontiefInverse;
        var native = LeontiefSystem.Build(table, LinearAlgebraProviders.OpenBlas).LeontiefInverse;
        var error = TestMatrices.RelativeError(managed, native);
        Assert.True(error < 1e-9, $"max |B_managed − B_openblas| / max |B| = {error:E2}");
        Assert.True(TestMatrices.MaxAbs(native) >= 1, "a Leontief inverse has diagonal ≥ 1");
    }

    [OpenBlasFact]
    public void Providers_report_a_singular_matrix_in_the_same_words()
    {
        const int n = 65;
        var a = TestMatrices.WellConditioned(new Random(53), n);
        for (var i = 0; i < n; i++)
            a[i + 17 * n] = 0;
        string Message(Action<ILinearAlgebra> call, ILinearAlgebra provider) =>
            Assert.Throws<NumericalException>(() => call(provider)).Message;
        foreach (
            var call in new Action<ILinearAlgebra>[]
            {
                p => p.Invert(n, (double[])a.Clone()),
                p => p.Solve(n, 1, a, new double[n]),
                p => p.Factor(n, a),
                p => p.InvertIdentityMinus(n, TestMatrices.IdentityMinus(n, a)),
            }
        )
            Assert.Equal(Message(call, LinearAlgebraProviders.OpenBlas), Message(call, LinearAlgebraProviders.Managed));
    }

    [OpenBlasFact]
    public void OpenBlas_reports_its_version_and_configuration()
    {
        var provider = Assert.IsType<OpenBlasLinearAlgebra>(LinearAlgebraProviders.OpenBlas);
        Assert.Matches(@"^OpenBLAS \d+\.\d+\.\d+", provider.Name);
        Assert.StartsWith(provider.Name, provider.Configuration);
        Assert.True(provider.Threads >= 1);
        Assert.Contains(provider.Configuration, LinearAlgebraProviders.Describe());
        Assert.True(LinearAlgebraProviders.TryOpenBlas(out var same));
        Assert.Same(provider, same);
    }
}
