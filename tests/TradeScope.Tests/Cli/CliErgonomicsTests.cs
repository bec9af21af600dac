using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>Program name in help and usage; the progress display stays off stdout and out of tests and CI.</summary>
public sealed class CliErgonomicsTests
{
    [Fact]
    public void Help_names_the_program_tradescope()
    {
        var root = CliRunner.Run("--help");
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("Usage:\n  tradescope [command] [options]", root.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("TradeScope.Cli", root.Output);
        var indices = CliRunner.Run("indices", "--help");
        Assert.Contains("tradescope indices [options]", indices.Output);
        Assert.DoesNotContain("TradeScope.Cli", indices.Output);
    }

    [Fact]
    public void Progress_is_shown_only_for_the_console_with_a_terminal_outside_CI()
    {
        static string? None(string _) => null;
        var console = CliContext.FromConsole();
        var memory = new CliContext(new MemoryStream(), new StringWriter());
        Assert.True(CliProgress.Enabled(console, errorRedirected: false, None));
        Assert.False(CliProgress.Enabled(memory, errorRedirected: false, None)); // tests: in-memory context
        Assert.False(CliProgress.Enabled(console, errorRedirected: true, None)); // 2> file or pipe
        Assert.False(CliProgress.Enabled(console, errorRedirected: false, v => v == "CI" ? "true" : null));
        Assert.False(CliProgress.Enabled(console, errorRedirected: false, v => v == "TRADESCOPE_NO_PROGRESS" ? "1" : null));
        Assert.False(CliProgress.Enabled(console, errorRedirected: false, v => v == "TERM" ? "dumb" : null));
    }

    [Fact]
    public void Long_commands_in_process_write_nothing_but_their_output()
    {
        var tables = TradeScope.Tests.Analyses.ProgressReportTests.SmallTables();
        var series = CliRunner.Run(
            "gvc-series",
            "--tables",
            tables,
            "--layout",
            "generic",
            "--exporter",
            "AAA",
            "--partners",
            "BBB",
            "--years",
            "2010-2011",
            "--blas",
            "managed"
        );
        Directory.Delete(tables, recursive: true);
        Assert.Equal(0, series.ExitCode);
        Assert.Equal("", series.Error);
        Assert.StartsWith("year,exporter,partner,sector,", series.Output);
        var indices = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019");
        Assert.Equal(0, indices.ExitCode);
        Assert.Equal("", indices.Error);
        Assert.StartsWith("partner_iso3,", indices.Output);
    }
}
