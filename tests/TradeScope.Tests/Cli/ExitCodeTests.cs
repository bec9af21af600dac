using TradeScope.Cli;
using TradeScope.Core;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>Exit codes: syntax (1), bad input (2), numerical failure (3) and internal errors (70) never share a code.</summary>
public sealed class ExitCodeTests
{
    private static (int Code, string Error) Guard(Func<int> body, bool rethrow = false)
    {
        var error = new StringWriter();
        var code = App.Guard(new CliContext(new MemoryStream(), error) { RethrowInternalErrors = rethrow }, body);
        return (code, error.ToString());
    }

    [Fact]
    public void An_unexpected_exception_exits_70_with_one_line_and_no_stack_trace()
    {
        var (code, error) = Guard(() => throw new InvalidOperationException("boom\nsecond line"));
        Assert.Equal(70, code); // EX_SOFTWARE in sysexits.h, as README and the root help state
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error (InvalidOperationException): boom second line", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public void Debug_mode_lets_the_exception_and_its_stack_trace_through()
    {
        Assert.Throws<InvalidOperationException>(() => Guard(() => throw new InvalidOperationException("boom"), rethrow: true));
    }

    /// <summary>The documented codes (README "Exit codes"): literal numbers, so a changed constant fails here.</summary>
    [Fact]
    public void Known_failures_keep_their_documented_codes()
    {
        Assert.Equal(2, Guard(() => throw InputException.Argument("--year", "x", "not a year")).Code);
        Assert.Equal(3, Guard(() => throw new NumericalException("singular")).Code);
        Assert.Equal(0, Guard(() => App.Ok).Code);
        Assert.Equal(1, CliRunner.Run("indices", "--no-such-option").ExitCode);
    }

    [Fact]
    public void Root_help_documents_the_exit_codes()
    {
        var help = CliRunner.Run("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var part in new[] { "Exit codes:", "1 command-line syntax", "2 bad input", "3 numerical failure", "70 internal error" })
            Assert.Contains(part, help.Output);
    }
}
