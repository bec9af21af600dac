using System.CommandLine;
using System.CommandLine.Completions;
using TradeScope.Analyses;
using TradeScope.Cli;
using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>--vcov</c> help, completions and refusals generated from the covariance registry and each command's
/// declared capability (no per-command special cases).</summary>
public sealed class VcovOptionTests
{
    private static Option Vcov(string command) =>
        App.BuildRoot(new CliContext(new MemoryStream(), new StringWriter()))
            .Subcommands.Single(c => c.Name == command)
            .Options.Single(o => o.Name == "--vcov");

    [Fact]
    public void Regress_offers_every_registered_type_with_its_aliases()
    {
        var option = Vcov("regress");
        Assert.StartsWith(
            "Standard errors: iid|hc0|hc1|hc2|hc3|cluster:VAR[,VAR2] (default hc1; fixest small-sample conventions)",
            option.Description
        );
        Assert.Contains("standard = iid", option.Description);
        Assert.Contains("robust = hetero = hc1", option.Description);
        Assert.DoesNotContain("not available", option.Description);
        var completions = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        foreach (var kind in VcovKind.All)
            Assert.Contains(kind.Arguments is null ? kind.Name : kind.Name + ":", completions);
        Assert.Contains("robust", completions);
    }

    [Fact]
    public void Rvc_regress_declares_that_it_cannot_cluster_and_says_why()
    {
        Assert.False(RvcRegression.VcovCapability.Supports(VcovKind.Cluster));
        var option = Vcov("rvc-regress");
        Assert.StartsWith("Standard errors: iid|hc0|hc1|hc2|hc3 (default hc1)", option.Description);
        Assert.Contains(
            "not available: cluster needs cluster variables, which a regression of one country, industry and direction",
            option.Description
        );
        Assert.DoesNotContain("cluster:", option.GetCompletions(CompletionContext.Empty).Select(c => c.Label));
    }

    [Fact]
    public void Rvc_regress_refuses_clustering_with_exit_2_before_reading_tables()
    {
        var result = CliRunner.Run(
            "rvc-regress",
            "--countries",
            "RUS",
            "--group",
            "DEU,FRA",
            "--vcov",
            "cluster:year",
            "--blas",
            "managed"
        );
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "error: --vcov cluster:year: cluster needs cluster variables, which a regression of one country, industry and "
                + "direction over the years does not have; use iid, hc0, hc1, hc2 or hc3",
            Assert.Single(result.ErrorLines)
        );
        Assert.Equal("", result.Output);
    }
}
