using System.CommandLine;
using System.Reflection;
using TradeScope.Cli;
using TradeScope.Core;
using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>The one table from library parameter names to option names (<see cref="OptionNames"/>): the library
/// speaks its own words, the command line shows its options, and messages on the command line do not change.</summary>
public sealed class OptionNamesTests
{
    /// <summary>Every option of every command and subcommand of the program.</summary>
    private static HashSet<string> ProgramOptions()
    {
        var options = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Command command)
        {
            foreach (var option in command.Options)
            {
                options.Add(option.Name);
                foreach (var alias in option.Aliases)
                    options.Add(alias);
            }
            foreach (var sub in command.Subcommands)
                Walk(sub);
        }
        Walk(App.BuildRoot(new CliContext(new MemoryStream(), new StringWriter())));
        return options;
    }

    [Fact]
    public void Every_parameter_name_the_library_declares_has_a_row_naming_an_existing_option()
    {
        var declared = typeof(InputException)
            .Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true, IsPublic: true }) // static classes
            .Where(t => t.Name.EndsWith("Parameters", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Contains(EconometricsParameters.Vcov, declared);
        Assert.Contains(EconometricsParameters.Formula, declared);
        var options = ProgramOptions();
        foreach (var parameter in declared)
        {
            Assert.False(parameter.StartsWith('-'), $"library parameter '{parameter}' is written as an option");
            Assert.True(OptionNames.Table.TryGetValue(parameter, out var option), $"no row for library parameter '{parameter}'");
            Assert.Contains(option, options);
        }
    }

    [Fact]
    public void The_library_says_its_parameter_and_the_command_line_says_the_option()
    {
        var library = Assert.Throws<InputException>(() => VcovSpec.Parse("hc9"));
        Assert.StartsWith("vcov hc9: ", library.Message);
        Assert.Equal(
            "--vcov hc9: unknown covariance type; use iid, hc0, hc1, hc2, hc3 or cluster:VAR[,VAR2]",
            OptionNames.Message(library)
        );
        var formula = Assert.Throws<InputException>(() => Formula.Parse("y x"));
        Assert.Equal("formula", formula.Parameter);
        Assert.Equal("--formula y x: expected exactly one '~' between the outcome and the regressors", OptionNames.Message(formula));
    }

    [Fact]
    public void Messages_without_a_row_or_a_parameter_are_shown_as_they_are()
    {
        var legacy = InputException.Argument("--years", "1995", "too few years"); // folders not yet converted
        Assert.Equal("--years 1995: too few years", OptionNames.Message(legacy));
        var located = InputException.At("data.csv", 3, "not a number");
        Assert.Null(located.Parameter);
        Assert.Equal("data.csv:3: not a number", OptionNames.Message(located));
        Assert.Equal("--vcov: missing", OptionNames.Message(InputException.Argument(EconometricsParameters.Vcov, null, "missing")));
    }

    [Theory]
    [InlineData("hc9", "error: --vcov hc9: unknown covariance type; use iid, hc0, hc1, hc2, hc3 or cluster:VAR[,VAR2]")]
    [InlineData("cluster:", "error: --vcov cluster:: give one or two cluster columns: cluster:VAR or cluster:VAR1,VAR2")]
    public void Regress_shows_vcov_errors_with_the_option_name(string vcov, string line)
    {
        var dir = CliRunner.TempFolder();
        var data = Path.Combine(dir, "d.csv");
        File.WriteAllText(data, "y,x\n1,0.5\n0,1.5\n3,2.5\n2,1.0\n");
        var result = CliRunner.Run("regress", "--data", data, "--formula", "y ~ x", "--vcov", vcov, "--blas", "managed");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(line, Assert.Single(result.ErrorLines));
        var formula = CliRunner.Run("regress", "--data", data, "--formula", "y x", "--blas", "managed");
        Assert.Equal(
            "error: --formula y x: expected exactly one '~' between the outcome and the regressors",
            Assert.Single(formula.ErrorLines)
        );
        Directory.Delete(dir, recursive: true);
    }
}
