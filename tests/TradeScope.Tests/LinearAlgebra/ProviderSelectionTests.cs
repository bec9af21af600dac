using TradeScope.Cli;
using TradeScope.Core;
using TradeScope.LinearAlgebra;
using Xunit;

namespace TradeScope.Tests.LinearAlgebra;

/// <summary>Tests that set TRADESCOPE_BLAS run alone (the variable is process-wide).</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

[Collection(nameof(EnvironmentCollection))]
public sealed class ProviderSelectionTests
{
    private static T WithOverride<T>(string? value, Func<T> body)
    {
        var saved = Environment.GetEnvironmentVariable(LinearAlgebraProviders.EnvironmentVariable);
        Environment.SetEnvironmentVariable(LinearAlgebraProviders.EnvironmentVariable, value);
        try
        {
            return body();
        }
        finally
        {
            Environment.SetEnvironmentVariable(LinearAlgebraProviders.EnvironmentVariable, saved);
        }
    }

    [Fact]
    public void Best_is_OpenBlas_when_it_loads_else_managed()
    {
        var best = WithOverride(null, LinearAlgebraProviders.Best);
        Assert.Same(LinearAlgebraProviders.IsOpenBlasAvailable ? LinearAlgebraProviders.OpenBlas : LinearAlgebraProviders.Managed, best);
        Assert.Equal(LinearAlgebraProviders.IsOpenBlasAvailable, LinearAlgebraProviders.OpenBlasUnavailableReason is null);
    }

    [Fact]
    public void Names_select_providers_case_insensitively()
    {
        Assert.Same(LinearAlgebraProviders.Managed, LinearAlgebraProviders.FromName("managed"));
        Assert.Same(LinearAlgebraProviders.Managed, LinearAlgebraProviders.FromName(" Managed "));
        Assert.Same(WithOverride(null, LinearAlgebraProviders.Best), WithOverride(null, () => LinearAlgebraProviders.FromName("AUTO")));
        var e = Assert.Throws<ArgumentException>(() => LinearAlgebraProviders.FromName("mkl"));
        Assert.Contains("auto|managed|openblas", e.Message);
    }

    [Fact]
    public void OpenBlas_is_returned_or_refused_with_the_reason()
    {
        if (LinearAlgebraProviders.TryOpenBlas(out var native))
        {
            Assert.Same(native, LinearAlgebraProviders.FromName("openblas"));
        }
        else
        {
            var e = Assert.Throws<InvalidOperationException>(() => LinearAlgebraProviders.OpenBlas);
            Assert.Contains("libopenblas", e.Message);
        }
    }

    [Fact]
    public void Environment_variable_overrides_auto_but_not_an_explicit_name()
    {
        Assert.Same(LinearAlgebraProviders.Managed, WithOverride("managed", LinearAlgebraProviders.Best));
        Assert.Same(LinearAlgebraProviders.Managed, WithOverride("managed", () => LinearAlgebraProviders.FromName("auto")));
        Assert.Same(WithOverride(null, LinearAlgebraProviders.Best), WithOverride("auto", LinearAlgebraProviders.Best));
        var e = Assert.Throws<InvalidOperationException>(() => WithOverride("cuda", LinearAlgebraProviders.Best));
        Assert.Contains("TRADESCOPE_BLAS=cuda", e.Message);
        if (LinearAlgebraProviders.IsOpenBlasAvailable)
            Assert.Same(LinearAlgebraProviders.OpenBlas, WithOverride("managed", () => LinearAlgebraProviders.FromName("openblas")));
        Assert.Contains("TRADESCOPE_BLAS=managed", WithOverride("managed", LinearAlgebraProviders.Describe));
    }

    [Fact]
    public void Cli_blas_option_parses_to_a_provider_or_an_input_error()
    {
        Assert.Equal("auto", CommonOptions.Blas().DefaultValueFactory!(null!));
        Assert.Same(LinearAlgebraProviders.Managed, CommonOptions.ParseBlas("managed"));
        var unknown = Assert.Throws<InputException>(() => CommonOptions.ParseBlas("mkl"));
        Assert.StartsWith("--blas mkl:", unknown.Message);
        var badEnvironment = Assert.Throws<InputException>(() => WithOverride("cuda", () => CommonOptions.ParseBlas("auto")));
        Assert.Contains("TRADESCOPE_BLAS=cuda", badEnvironment.Message);
        if (LinearAlgebraProviders.IsOpenBlasAvailable)
            Assert.Same(LinearAlgebraProviders.OpenBlas, CommonOptions.ParseBlas("openblas"));
        else
            Assert.Contains(
                "apt-get install libopenblas0-pthread",
                Assert.Throws<InputException>(() => CommonOptions.ParseBlas("openblas")).Message
            );
    }

    [Fact]
    public void About_command_prints_the_provider_description()
    {
        using var output = new MemoryStream();
        var error = new StringWriter();
        Assert.Equal(App.Ok, App.Run(["about"], new CliContext(output, error)));
        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("linear algebra: ", text);
        Assert.Contains(LinearAlgebraProviders.Managed.Name, text);
    }
}
