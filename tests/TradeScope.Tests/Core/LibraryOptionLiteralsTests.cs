using System.Text.RegularExpressions;
using TradeScope.Cli;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Tests.Econometrics;
using Xunit;

namespace TradeScope.Tests; // not TradeScope.Tests.Core: that would hide TradeScope.Core from other tests

/// <summary>"The library names its own parameters" for every folder: no string in the compiled library is a
/// command-line option; parameters are named by the <c>*Parameters</c> classes and mapped to options by
/// <see cref="OptionNames"/>, and messages on the command line do not change.</summary>
public sealed partial class LibraryOptionLiteralsTests
{
    /// <summary>An option as the command line writes it: two dashes then a letter (markdown rules "---" are not).</summary>
    [GeneratedRegex("--[a-zA-Z]")]
    private static partial Regex OptionLiteral();

    /// <summary>The documented exceptions: types (with their nested and compiler-generated types) allowed to name an
    /// option.</summary>
    private static readonly HashSet<string> Exceptions =
    [
        // Reports (owned by the report and localisation work, out of this change): the screening report's note tells
        // the reader which --top produced it, as the user typed it.
        "TradeScope.Reports.ScreeningReport",
    ];

    [Fact]
    public void No_library_folder_has_a_command_line_option_in_its_strings()
    {
        var assembly = typeof(InputException).Assembly;
        var namespaces = assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct().ToList();
        Assert.Contains("TradeScope.Data", namespaces);
        var literals = namespaces.SelectMany(ns => LibraryParameterNamesTests.LiteralsOf(assembly, ns)).ToList();
        // the scan sees the converted folders' literals (this detail is in Data's IcioSource)
        Assert.Contains(literals, l => l.Literal == "year is not a number");
        var options = literals
            .Where(l => OptionLiteral().IsMatch(l.Literal))
            .Where(l => !Exceptions.Any(e => l.Type == e || l.Type.StartsWith(e + "+", StringComparison.Ordinal)))
            .Select(l => $"{l.Type}: {l.Literal}")
            .ToList();
        Assert.True(options.Count == 0, string.Join("\n", options));
    }

    [Fact]
    public void A_mentioned_parameter_is_named_by_the_library_and_renamed_by_the_command_line()
    {
        var bundled = Assert.Throws<InputException>(() => IcioReader.LayoutFor("bundled:wiod2013", "generic", DataParameters.Table));
        Assert.Equal("layout", bundled.Parameter);
        Assert.Equal("layout generic: the bundled tables (bundled:wiod2013) are in the wiod2013 layout; omit layout", bundled.Message);
        Assert.Equal(
            "--layout generic: the bundled tables (bundled:wiod2013) are in the wiod2013 layout; omit --layout",
            OptionNames.Message(bundled)
        );
        var required = Assert.Throws<InputException>(() => IcioReader.LayoutFor("t.csv", null, DataParameters.Tables));
        Assert.Equal(
            "--layout: required with --tables t.csv (a file or directory): wiod2013|oecd|exvatools|generic",
            OptionNames.Message(required)
        );
        var located = new InputException($"x.csv: file not found (or omit {InputException.Mention(DataParameters.Data)})");
        Assert.Equal("x.csv: file not found (or omit data)", located.Message);
        Assert.Equal("x.csv: file not found (or omit --data)", OptionNames.Message(located));
    }
}
