using System.CommandLine;
using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>Command-line syntax errors: exit 1, nothing on standard output (it may be redirected into a data file),
/// the errors and a short usage line on the error stream; value errors name the option and the expected kind in words.</summary>
public sealed class SyntaxErrorTests
{
    [Fact]
    public void A_syntax_error_writes_nothing_on_stdout_and_a_short_usage_on_stderr()
    {
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--lang", "de");
        Assert.Equal(App.Usage, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            [
                "error: --lang de: expected one of en, ru",
                "Usage: tradescope indices [options]",
                "Run 'tradescope indices --help' for the options.",
            ],
            run.ErrorLines.Select(l => l.TrimEnd('\r'))
        );
    }

    [Fact]
    public void Nested_commands_and_the_root_name_their_own_usage()
    {
        var synth = CliRunner.Run("gvc", "synth", "--no-such-option");
        Assert.Equal(App.Usage, synth.ExitCode);
        Assert.Equal("", synth.Output);
        Assert.Contains("Usage: tradescope gvc synth [options]", synth.Error);
        var root = CliRunner.Run("no-such-command");
        Assert.Equal(App.Usage, root.ExitCode);
        Assert.Equal("", root.Output);
        Assert.Contains("Usage: tradescope [command] [options]", root.Error);
        Assert.True(root.ErrorLines.Count < 6, root.Error);
    }

    [Theory]
    [InlineData("--lnag", "--lang")]
    [InlineData("--reporer", "--reporter")]
    [InlineData("--rep", "--reporter")]
    public void A_mistyped_option_gets_one_suggestion_on_stderr(string typo, string suggestion)
    {
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", typo, "x");
        Assert.Equal(App.Usage, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains($"did you mean {suggestion} (instead of {typo})?", run.Error);
    }

    [Fact]
    public void A_token_far_from_every_option_gets_no_suggestion()
    {
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--completely-different");
        Assert.Equal(App.Usage, run.ExitCode);
        Assert.DoesNotContain("did you mean", run.Error);
    }

    [Fact]
    public void Help_still_goes_to_stdout_with_exit_0()
    {
        var help = CliRunner.Run("indices", "--help");
        Assert.Equal(App.Ok, help.ExitCode);
        Assert.Contains("--reporter", help.Output);
        Assert.Equal("", help.Error);
    }

    [Theory]
    [InlineData("--year abc: expected a four-digit year", "indices", "--reporter", "RUS", "--year", "abc")]
    [InlineData("--year 19: expected a four-digit year", "blocs", "--reporter", "RUS", "--year", "19")]
    [InlineData("--from 2O14: expected a four-digit year", "indices", "--reporter", "RUS", "--year", "2019", "--from", "2O14")]
    [InlineData("--top x: expected a whole number", "screen", "--reporter", "RUS", "--year", "2019", "--top", "x")]
    [InlineData("--year x: expected a four-digit year", "gvc", "--method", "oecd", "--year", "x")]
    [InlineData("--seed 1.5: expected a whole number", "gvc", "synth", "--out", "d", "--seed", "1.5")]
    [InlineData(
        "--max-iter many: expected a whole number",
        "regress",
        "--data",
        "d.csv",
        "--formula",
        "y ~ x",
        "--model",
        "ppml",
        "--max-iter",
        "many"
    )]
    [InlineData("--model ols2: expected one of ols, ppml", "regress", "--data", "d.csv", "--formula", "y ~ x", "--model", "ols2")]
    [InlineData("--format pdf: expected one of csv, json, md", "indices", "--reporter", "RUS", "--year", "2019", "--format", "pdf")]
    [InlineData("--blas mkl: expected one of", "gvc", "--method", "oecd", "--blas", "mkl")]
    public void A_bad_option_value_names_the_option_and_the_expected_kind(string expected, params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(App.Usage, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains($"error: {expected}", run.Error);
        Assert.DoesNotContain("System.", run.Error);
    }

    [Fact]
    public void No_value_error_of_any_command_names_a_dotnet_type()
    {
        var root = App.BuildRoot(new CliContext(new MemoryStream(), new StringWriter()));
        var commands = root
            .Subcommands.Select(c => (Path: new[] { c.Name }, Command: c))
            .Concat(root.Subcommands.SelectMany(c => c.Subcommands.Select(s => (Path: new[] { c.Name, s.Name }, Command: s))));
        var checkedOptions = 0;
        foreach (var (path, command) in commands)
            foreach (var option in command.Options.Where(o => o.ValueType != typeof(string) && o.ValueType != typeof(bool)))
            {
                var run = CliRunner.Run([.. path, option.Name, "x"]);
                Assert.Equal(App.Usage, run.ExitCode);
                Assert.Contains($"error: {option.Name} x: expected ", run.Error);
                Assert.DoesNotContain("System.", run.Error);
                checkedOptions++;
            }
        Assert.True(checkedOptions >= 9, $"only {checkedOptions} typed options found");
    }
}
