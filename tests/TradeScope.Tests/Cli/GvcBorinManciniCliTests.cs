using System.Globalization;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.Cli;

/// <summary><c>gvc --method bm-src|bm-snk [--vaxim sum|exvatools]</c> on exvatools' iciotest: the CLI prints the expected
/// totals of exvatools (VAXIM in its variant with <c>--vaxim exvatools</c>, below it by default), and a bad or misplaced
/// <c>--vaxim</c> exits 2 with one line naming the option.</summary>
public sealed class GvcBorinManciniCliTests
{
    private static string IcioTest => Fixture("exvatools", "iciotest_input_Z_Yfd.csv");

    private static double Expected(string method, string exporter, string term) =>
        double.Parse(
            Csv(Fixture("exvatools", "iciotest_expected_exvadec_totals.csv"))
                .Single(r => r[1] == method && r[2] == "standard" && r[3] == exporter && r[4] == "exporter_call" && r[5] == term)[6],
            CultureInfo.InvariantCulture
        );

    private static Dictionary<string, double> Run(params string[] extra)
    {
        var run = CliRunner.Run(["gvc", "--table", IcioTest, "--layout", "exvatools", "--exporter", "ESP", "--blas", "managed", .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        return rows.ToDictionary(r => r["term"], r => double.Parse(r["value"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Vaxim_exvatools_prints_exvatools_value_and_the_default_is_the_sum_of_products()
    {
        var exvatools = Run("--method", "bm-snk", "--vaxim", "exvatools");
        Relative(Expected("bm_snk", "ESP", "VAXIM"), exvatools["VAXIM"], 1e-6, "VAXIM --vaxim exvatools");
        var standard = Run("--method", "bm-snk");
        Assert.Equal(
            ["EXGR", "DC", "DVA", "VAX", "VAXIM", "REF", "DDC", "FC", "FVA", "FDC"],
            standard.Keys.ToArray()
        );
        Printed("832.748", standard["VAXIM"], "VAXIM (sum of products)");
    }

    [Fact]
    public void Source_based_standard_output_carries_the_gvc_items()
    {
        var rows = Run("--method", "bm-src");
        foreach (var term in new[] { "GVC", "GVCB", "GVCF", "DAVAX", "DDC" })
            Relative(Expected("bm_src", "ESP", term), rows[term], 1e-6, term);
    }

    [Theory]
    [InlineData("bm-snk", "product")]
    [InlineData("bm-src", "exvatools")]
    [InlineData("oecd", "sum")]
    public void A_bad_or_misplaced_vaxim_exits_2(string method, string vaxim)
    {
        var run = CliRunner.Run("gvc", "--table", IcioTest, "--layout", "exvatools", "--method", method, "--vaxim", vaxim);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--vaxim", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal("", run.Output);
    }
}
