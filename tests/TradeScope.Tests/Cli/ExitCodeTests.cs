using TradeScope.Cli;
using TradeScope.Core;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>Exit codes: syntax (1), bad input (2), numerical failure (3) and internal errors (70) never share a code.</summary>
public sealed class ExitCodeTests
{
    private static (int Code, string Error) Guard(Func<int> body)
    {
        var error = new StringWriter();
        var code = App.Guard(new CliContext(new MemoryStream(), error), body);
        return (code, error.ToString());
    }

    [Fact]
    public void Exit_codes_are_distinct()
    {
        int[] codes = [App.Ok, App.Usage, App.BadInput, App.Numerical, App.Internal];
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.Equal(70, App.Internal);
    }

    [Fact]
    public void An_unexpected_exception_exits_70_with_one_line_and_no_stack_trace()
    {
        if (Environment.GetEnvironmentVariable("TRADESCOPE_DEBUG") is not null) return; // debug mode rethrows by design
        var (code, error) = Guard(() => throw new InvalidOperationException("boom\nsecond line"));
        Assert.Equal(App.Internal, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error (InvalidOperationException): boom second line", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public void Known_failures_keep_their_codes_and_syntax_errors_stay_1()
    {
        Assert.Equal(App.BadInput, Guard(() => throw InputException.Argument("--year", "x", "not a year")).Code);
        Assert.Equal(App.Numerical, Guard(() => throw new NumericalException("singular")).Code);
        Assert.Equal(App.Ok, Guard(() => App.Ok).Code);
        Assert.Equal(App.Usage, CliRunner.Run("indices", "--no-such-option").ExitCode);
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
