using System.CommandLine;
using System.CommandLine.Completions;
using TradeScope.Analyses;
using TradeScope.Cli;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Data.Layouts;

/// <summary>One registry of ICIO layouts (<see cref="IcioLayouts"/>): every layout is offered wherever a layout is
/// asked for, answers to each of its names, and table sources are parsed in one place (<see cref="IcioSource"/>).</summary>
public sealed class IcioLayoutRegistryTests
{
    /// <summary>The commands (and subcommands) that take <c>--layout</c>.</summary>
    private static List<Command> CommandsWithLayout()
    {
        var found = new List<Command>();
        void Walk(Command command)
        {
            if (command.Options.Any(o => o.Name == "--layout"))
                found.Add(command);
            foreach (var sub in command.Subcommands)
                Walk(sub);
        }
        Walk(App.BuildRoot(new CliContext(new MemoryStream(), new StringWriter())));
        return found;
    }

    /// <summary>Words of a help text (punctuation around them removed), so line wrapping does not matter.</summary>
    private static HashSet<string> Words(string text) =>
        text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', '(', ')', '.', ':', '|'))
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_layout_and_alias_is_listed_in_the_help_of_every_command_that_takes_layout()
    {
        var commands = CommandsWithLayout();
        string[] expected = ["gvc", "gvc-series", "import-substitution", "rvc-regress"];
        Assert.Equal(expected, commands.Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var command in commands)
        {
            var help = CliRunner.Run(command.Name, "--help");
            Assert.Equal(0, help.ExitCode);
            var words = Words(help.Output);
            var layout = command.Options.Single(o => o.Name == "--layout");
            var tables = command.Options.Single(o => o.Name is "--table" or "--tables");
            foreach (var entry in IcioLayouts.All)
            {
                foreach (var name in entry.Names)
                {
                    Assert.True(words.Contains(name), $"{command.Name} --help does not list layout name '{name}'");
                    Assert.Contains(name, Words(layout.Description!));
                    Assert.Contains(name, layout.GetCompletions(CompletionContext.Empty).Select(c => c.Label));
                }
                Assert.Contains(tables.Name == "--table" ? entry.TableHelp : entry.SeriesHelp, tables.Description!);
                if (entry.Bundled is { } bundled)
                    Assert.Contains(bundled.Source, tables.Description!);
            }
        }
    }

    [Fact]
    public void Every_name_and_alias_round_trips_to_its_layout_and_names_are_unique()
    {
        var names = IcioLayouts.All.SelectMany(l => l.Names).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var entry in IcioLayouts.All)
        {
            Assert.Equal(entry.Name.ToLowerInvariant(), entry.Name);
            foreach (var name in entry.Names)
            {
                Assert.Same(entry, IcioReader.ParseLayout(name));
                Assert.Same(entry, IcioReader.ParseLayout($" {name.ToUpperInvariant()} "));
            }
            Assert.Equal(entry.Name, entry.ToString());
        }
        Assert.Equal(string.Join("|", IcioReader.LayoutNames), IcioLayouts.Choices);
        var unknown = Assert.Throws<InputException>(() => IcioReader.ParseLayout("oecd2023"));
        Assert.Equal("--layout oecd2023: unknown layout; use wiod2013|oecd|exvatools|generic", OptionNames.Message(unknown));
    }

    [Fact]
    public void Bundled_sources_are_parsed_in_one_place_with_the_same_messages()
    {
        var year = IcioSource.Table("bundled:WIOD2013:2005", "--table");
        Assert.Same(IcioLayout.Wiod2013, year.BundledLayout);
        Assert.Equal(2005, year.Year);
        Assert.Null(IcioSource.Table("bundled:wiod2013", "--table").Year);
        var path = IcioSource.Table("tables/2005.csv", "--table");
        Assert.Null(path.BundledLayout);
        Assert.Equal(
            "--table bundled:wiod2014: bundled tables are bundled:wiod2013[:YEAR]",
            Assert.Throws<InputException>(() => IcioSource.Table("bundled:wiod2014", "--table")).Message
        );
        Assert.Equal(
            "--table bundled:wiod2013:x: year is not a number",
            Assert.Throws<InputException>(() => IcioSource.Table("bundled:wiod2013:x", "--table")).Message
        );
        Assert.Equal(
            "--tables bundled:wiod2013:2005: the bundled tables are bundled:wiod2013",
            Assert.Throws<InputException>(() => IcioSource.Series("bundled:wiod2013:2005", "--tables")).Message
        );
        Assert.Same(IcioLayout.Wiod2013, IcioSource.Series("bundled:wiod2013", "--tables").BundledLayout);
    }

    [Fact]
    public void A_year_of_a_series_is_found_by_its_layout()
    {
        var dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "2010.csv.gz"), "");
        File.WriteAllText(Path.Combine(dir, "wiot_2011_Z.csv"), "");
        Assert.Equal(Path.Combine(dir, "2010.csv.gz"), RvcSeries.Locate(dir, IcioLayout.Generic, 2010));
        Assert.Equal(dir, RvcSeries.Locate(dir, IcioLayout.Wiod2013, 2011));
        Assert.Equal("bundled:wiod2013:1995", RvcSeries.Locate("bundled:wiod2013", IcioLayout.Wiod2013, 1995));
        var missing = Assert.Throws<InputException>(() => RvcSeries.Locate(dir, IcioLayout.Exvatools, 2011));
        Assert.Equal($"--years 2011: no table for this year: {Path.Combine(dir, "2011.csv")} not found", OptionNames.Message(missing));
        var wiod = Assert.Throws<InputException>(() => RvcSeries.Locate(dir, IcioLayout.Wiod2013, 2010));
        Assert.Equal($"--years 2010: no table for this year: {Path.Combine(dir, "wiot_2010_Z.csv")} not found", OptionNames.Message(wiod));
        Directory.Delete(dir, recursive: true);
    }
}
