using TradeScope.Reports.Formats;
using Xunit;

namespace TradeScope.Tests.Reports.Formats;

/// <summary>The output-format registry: every entry round-trips its name, aliases and extensions; the shipped entries
/// have the roles the documentation gives them (CSV/JSON for scripts, Markdown/XLSX for people, CSV with a provenance
/// sidecar, XLSX binary); the help and message fragments are generated from the entries.</summary>
public sealed class OutputFormatsTests
{
    public static TheoryData<string> Names => [.. OutputFormats.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_format_round_trips_its_name_aliases_and_extensions(string name)
    {
        var format = OutputFormats.Parse(name);
        Assert.Equal(name, format.Name);
        Assert.Same(format, OutputFormats.Parse($" {name.ToUpperInvariant()} "));
        foreach (var alias in format.Aliases)
            Assert.Same(format, OutputFormats.Parse(alias));
        Assert.NotEmpty(format.Extensions);
        foreach (var extension in format.Extensions)
        {
            Assert.StartsWith(".", extension);
            Assert.Same(format, OutputFormats.FromPath(Path.Combine("out", "report" + extension)));
            Assert.Same(format, OutputFormats.FromPath("REPORT" + extension.ToUpperInvariant()));
        }
    }

    [Fact]
    public void Unknown_names_and_extensions_are_not_formats()
    {
        Assert.False(OutputFormats.TryParse("pdf", out _));
        Assert.False(OutputFormats.TryParse(null, out _));
        Assert.Throws<ArgumentException>(() => OutputFormats.Parse("html5"));
        Assert.Null(OutputFormats.FromPath("report.txt"));
        Assert.Null(OutputFormats.FromPath("report"));
        Assert.Null(OutputFormats.FromPath(null));
    }

    [Fact]
    public void Shipped_formats_have_their_documented_names_extensions_and_roles()
    {
        Assert.Equal(["csv", "json", "md", "xlsx", "html"], OutputFormats.All.Select(f => f.Name));
        Assert.Equal([".csv", ".json", ".md", ".xlsx", ".html"], OutputFormats.All.Select(f => f.Extension));
        Assert.Same(OutputFormats.Markdown, OutputFormats.Parse("markdown"));
        Assert.Same(OutputFormats.Markdown, OutputFormats.FromPath("notes.markdown"));
        Assert.Same(OutputFormats.Html, OutputFormats.FromPath("page.htm"));
        Assert.Equal([true, true, false, false, false], OutputFormats.All.Select(f => f.MachineReadable));
        Assert.Equal([false, false, false, true, false], OutputFormats.All.Select(f => f.Binary));
        Assert.Equal([true, false, false, false, false], OutputFormats.All.Select(f => f.ProvenanceSidecar));
    }

    [Fact]
    public void Extension_lists_for_help_and_messages_come_from_the_entries()
    {
        Assert.Equal(".csv, .json, .md, .xlsx, .html", OutputFormats.Default.ExtensionList());
        Assert.Equal(".csv, .json, .md, .xlsx or .html", OutputFormats.Default.ExtensionList(last: " or "));
        var extended = OutputFormats.Default.With(TestFormat.Lines);
        Assert.Equal(".csv, .json, .md, .xlsx, .html or .lines", extended.ExtensionList(last: " or "));
        Assert.Same(TestFormat.Lines, extended.FromPath("a.lines"));
        Assert.Null(OutputFormats.FromPath("a.lines"));
    }

    [Fact]
    public void A_registry_refuses_a_name_alias_or_extension_registered_twice()
    {
        var clash = TestFormat.Lines with { Name = "lines2", Aliases = ["MARKDOWN"], Extensions = [".lines2"] };
        Assert.Throws<ArgumentException>(() => OutputFormats.Default.With(clash));
        var sameExtension = TestFormat.Lines with { Extensions = [".CSV"] };
        Assert.Throws<ArgumentException>(() => OutputFormats.Default.With(sameExtension));
    }
}
