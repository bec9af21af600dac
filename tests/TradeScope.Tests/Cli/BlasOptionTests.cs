using System.CommandLine;
using System.Text;
using TradeScope.Cli;
using TradeScope.Core;
using TradeScope.LinearAlgebra;
using TradeScope.Tests.LinearAlgebra;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>--blas</c> on every command that does linear algebra, and the one-line warning when <c>auto</c> falls
/// back to the managed provider, with OpenBLAS made "missing" through the context (the library stays installed).</summary>
[Collection(nameof(EnvironmentCollection))] // clears TRADESCOPE_BLAS, which is process-wide
public sealed class BlasOptionTests
{
    private const string Missing = "libopenblas.so.0 not found: apt-get install libopenblas0-pthread";

    private const string Warning =
        "warning: OpenBLAS not found (libopenblas.so.0 not found); using the managed provider — "
        + "install libopenblas0-pthread (Debian/Ubuntu) or set --blas managed to silence this";

    private static T WithoutOverride<T>(Func<T> body)
    {
        var saved = Environment.GetEnvironmentVariable(LinearAlgebraProviders.EnvironmentVariable);
        Environment.SetEnvironmentVariable(LinearAlgebraProviders.EnvironmentVariable, null);
        try
        {
            return body();
        }
        finally
        {
            Environment.SetEnvironmentVariable(LinearAlgebraProviders.EnvironmentVariable, saved);
        }
    }

    private static (CliContext Context, StringWriter Error, MemoryStream Output) Context(string? missing)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        return (new CliContext(output, error) { OpenBlasUnavailableReason = () => missing }, error, output);
    }

    [Fact]
    public void Auto_without_openblas_runs_managed_with_one_warning_line()
    {
        var (context, error, _) = Context(Missing);
        Assert.Same(LinearAlgebraProviders.Managed, WithoutOverride(() => CommonOptions.ParseBlas("auto", context)));
        Assert.Equal([Warning], error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Explicit_choices_and_a_loading_openblas_say_nothing()
    {
        var (missing, missingError, _) = Context(Missing);
        Assert.Same(LinearAlgebraProviders.Managed, WithoutOverride(() => CommonOptions.ParseBlas("managed", missing)));
        var refused = Assert.Throws<InputException>(() => WithoutOverride(() => CommonOptions.ParseBlas("openblas", missing)));
        Assert.Equal($"--blas openblas: {Missing}", refused.Message);
        Assert.Equal("", missingError.ToString());
        var (present, presentError, _) = Context(null);
        var auto = WithoutOverride(() => CommonOptions.ParseBlas("auto", present));
        Assert.Same(LinearAlgebraProviders.IsOpenBlasAvailable ? LinearAlgebraProviders.OpenBlas : LinearAlgebraProviders.Managed, auto);
        Assert.Equal("", presentError.ToString());
    }

    [Fact]
    public void Exactly_the_commands_that_do_linear_algebra_have_blas()
    {
        var root = App.BuildRoot(new CliContext(new MemoryStream(), new StringWriter()));
        var withBlas = root.Subcommands.Where(c => c.Options.Any(o => o.Name == "--blas")).Select(c => c.Name).Order().ToList();
        // gvc, gvc-series, rvc-regress, import-substitution and scenario (its import substitution) invert Leontief matrices; regress
        // solves normal equations. indices does no matrix algebra.
        Assert.Equal(["gvc", "gvc-series", "import-substitution", "regress", "rvc-regress", "scenario"], withBlas);
    }

    [Fact]
    public void Regress_and_gvc_series_warn_once_and_the_report_names_the_managed_provider()
    {
        var dir = CliRunner.TempFolder();
        var data = Path.Combine(dir, "d.csv");
        File.WriteAllText(data, "y,x\n1,0.5\n0,1.5\n3,2.5\n2,1.0\n5,3.0\n4,2.0\n");
        var (context, error, output) = Context(Missing);
        var code = WithoutOverride(() => App.Run(["regress", "--data", data, "--formula", "y ~ x", "--format", "md"], context));
        Assert.True(code == 0, error.ToString());
        Assert.Equal([Warning], error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        Assert.Contains($"linear algebra: `{LinearAlgebraProviders.Managed.Name}`.", Encoding.UTF8.GetString(output.ToArray()));

        var tables = TradeScope.Tests.Analyses.ProgressReportTests.SmallTables();
        var (seriesContext, seriesError, _) = Context(Missing);
        var seriesCode = WithoutOverride(() =>
            App.Run(
                ["gvc-series", "--tables", tables, "--layout", "generic", "--exporter", "AAA", "--partners", "BBB", "--years", "2010-2011"],
                seriesContext
            )
        );
        Assert.True(seriesCode == 0, seriesError.ToString());
        Assert.Single(seriesError.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.TrimEnd('\r') == Warning);
        Directory.Delete(tables, recursive: true);
        Directory.Delete(dir, recursive: true);
    }
}
